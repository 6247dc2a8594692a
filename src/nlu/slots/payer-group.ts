import { foldDiacritics } from "../../core/fold.ts";
import { recentlyRead } from "../../core/recently-read.ts";
import type { ContributionGroup } from "../../policy/contribution/contribution-types.ts";
import { clausesOf, isAboutSomeoneInsured } from "../already-insured.ts";
import { youngestAge } from "./age.ts";
import { NO_ONE_WORDS } from "./insured-members.ts";

/** The calculator's groups (CONTRACT: `calc --group`). */
export type PayerGroup = ContributionGroup;

// Groups the state supports in part (Law 51 Art. 12 cl. 4): victims of trafficking, and village health workers,
// non-specialised village workers, grassroots security members and artisans ("nhân viên" here is no employee).
/** The part-supported groups a folded message can name, each with its words. */
export const PART_SUPPORTED_WORDS = {
  trafficking_victim:
    /\b(?:nan nhan (?:cua |bi )?(?:nan )?(?:mua ban|buon ban) nguoi|bi (?:mua ban|buon ban|lua ban)|(?:human )?trafficking (?:victim|survivor)s?|victims? of (?:human )?trafficking|(?:was|were|been) trafficked)\b/,
  grassroots_worker:
    /\b(?:y te thon(?: ban)?|y te ban|nhan vien y te (?:thon|ban|ap|khom|to dan pho)|co do thon(?: ban)?|ba do thon|village (?:health (?:worker|staff)|midwi(?:fe|ves))|community health worker|khong chuyen trach (?:o )?(?:thon|ban|ap|khom|to dan pho)|non[- ]?speciali[sz]ed (?:village|hamlet)|an ninh (?:trat tu )?(?:o )?co so|bao ve an ninh|grassroots security|nghe nhan (?:nhan dan|uu tu)|(?:people s|meritorious) artisan)s?\b/,
} as const;

// Checked in this order: the more specific group wins ("hộ cận nghèo" before "hộ nghèo" before "hộ gia đình").
const CUES: [PayerGroup, RegExp][] = [
  ["near_poor", /\b(?:can ngheo|hcn|near[- ]poor)\b/],
  [
    "poor",
    /\b(?:ho ngheo|nguoi ngheo|gia dinh ngheo|(?<!near[- ])poor household|(?<!near[- ])poor family|(?<=\bthoat )ngheo|(?<=\bout of )poverty|(?<!near[- ])poor list|(?<!near[- ])(?:certified|registered|listed|classified) (?:as )?poor)\b/,
  ],
  ["child_under6", /\b(?:duoi (?:6|sau) tuoi|tre so sinh|moi sinh|so sinh|under (?:6|six)|newborn)\b/],
  // "đóng 6 tháng ở trường": what a pupil or student pays through the school.
  [
    "student",
    /\b(?:hoc sinh|sinh vien|hssv|hs sv|hs|sv|student|pupil)s?\b|\b(?:con|dua|thang|chau|em|dang hoc|di hoc) (?:dai hoc|cao dang)\b|\b(?:dong|mua|nop) (?:bhyt |tien |\w+ thang )?(?:o|tai|qua) truong\b|\b(?:pay|buy|get)(?: it| insurance| the card| a card| health insurance)? (?:at|through) (?:the )?(?:school|university|college)\b|\b(?:started|starts|starting|entered|attends?|attending|goes to|going to|studies at|studying at) (?:a |the )?(?:university|college)\b|\b(?:i m|i am|im) in (?:grade|year) \d{1,2}\b|\b(?:i m|im|i am|he s|she s|is) \d{1,2} (?:and )?in grade \d{1,2}\b|\b(?:i m|i am) (?:at|in) (?:university|college|uni)\b|\bi study at (?:a |the )?(?:university|college|school)\b|\bschool (?:health )?insurance\b|\bbhyt (?:hoc sinh|o truong)\b|^\s*(?:e|em|toi|minh|tui|mk) (?:dang |nam nay )?hoc lop \d{1,2}\b/,
  ],
  [
    "agri_household",
    /\b(?:nong lam ngu|diem nghiep|muc song trung binh|average living standards?|living standard (?:is |was )?average)\b/,
  ],
  [
    "elderly_social",
    /\b(?:tro cap xa hoi|tro cap (?:bao tro|tro giup) xa hoi|bao tro xa hoi|tro cap huu tri xa hoi|social (?:pension|allowance|assistance)|(?:the|bhyt|dien|doi tuong) (?:bhyt )?(?:nguoi cao tuoi|nguoi gia))\b/,
  ],
  // Veterans and people with meritorious service: the state pays their card (Law 51 Art. 12 cl. 3).
  [
    "other_group",
    /\b(?:cuu chien binh|nguoi co cong|thuong binh|benh binh|(?:war )?veterans?|war invalids?)\b/,
  ],
  ["other_group", PART_SUPPORTED_WORDS.trafficking_victim],
  ["other_group", PART_SUPPORTED_WORDS.grassroots_worker],
  [
    "employee",
    /\b(?:nguoi lao dong|cong nhan|nhan vien|hop dong lao dong|lam cong ty|employee|worker|employer)s?\b/,
  ],
  ["household", /\b(?:ho gia dinh|hgd|ho gd|(?<!\bphai )tu dong|(?<!\bphai )tu mua|household|family)\b/],
];

// "không phải hộ nghèo hay cận nghèo", "ko thuộc hộ cận nghèo", "thoát cận nghèo", "hết cận nghèo", "we are not near-poor": the group
// is denied.
const DENIED_BEFORE = new RegExp(
  `\\b(?:khong phai|ko phai|k phai|chang phai|khong thuoc|ko thuoc|khong la|khong co|khong con|ko con|k con|khong duoc xet|ko duoc xet|chua duoc xet|khong duoc cong nhan|(?:khong|ko|k|chua) (?:con )?(?:duoc )?xac nhan|${NO_ONE_WORDS}|thoat|da thoat|ra khoi|het la|not|no longer|stop being|stops being|stopped being|come off|get off|aren t|isn t|weren t|wasn t|doesn t|don t|didn t|never|without|had no|has no|have no|having no|got no|lose|loses|losing|lost|mat|bi loai khoi|bi cat)\\b(?:\\s+\\w+){0,4}\\s*$|\\b(?:khong|ko|k|hong|chang)\\s*$|\\bhet(?: la| ho| dien)?\\s*$`,
);

/**
 * The payer group the message names, from folded text; clauses about people already insured are skipped, and so
 * is a group the message denies ("nhà tôi không phải hộ cận nghèo").
 */
export const payerGroupOf = recentlyRead(payerGroupOfAnew);
function payerGroupOfAnew(folded: string): PayerGroup | undefined {
  const clauses = clausesOf(withoutRetracted(folded)).filter((clause) => !isAboutSomeoneInsured(clause));
  return CUES.find(([group, cue]) =>
    clauses.some(
      (clause) =>
        mentions(clause, cue, false) &&
        !(group === "employee" && RELATIVE_AT_WORK.test(clause)) &&
        !(group === "elderly_social" && NOT_YET_SOCIAL.test(clause)),
    ),
  )?.[0];
}

// "until dad gets the social pension", "bố chưa nhận trợ cấp hưu trí xã hội": not on it yet, so not that group.
const NOT_YET_SOCIAL =
  /\b(?:until|not yet|doesn t|does not|hasn t|has not|isn t|is not|chua|khong|ko|k)\b(?: \w+){0,4}? (?:social pension|tro cap huu tri xa hoi|huu tri xa hoi|tro cap xa hoi)\b/;

// "anh trai 26 làm công ty lương 9 triệu", "chồng em làm cty": a relative's job, whose card their employer pays;
// the writer's own group is elsewhere in the story ("em" or "anh" alone may be the writer, so not these).
const RELATIVE_AT_WORK =
  /\b(?:(?:anh|chi|em) (?:trai|gai|hai|ca|ba)|con (?:trai|gai|lon|ca)|bo|me|ba|ma|vo|chong|cha)(?: (?:toi|em|minh|tui|e))?(?: \d{2}(?: tuoi)?)?(?: (?:la|dang|thi))? (?:lam|di lam)(?: (?:o|tai|cho))? (?:cong ty|cty|nha may|xi nghiep|doanh nghiep)\b/;

/** The groups a folded message names only to deny them ("không phải hộ cận nghèo"): never what it asks about. */
export const deniedGroupsOf = recentlyRead(deniedGroupsOfAnew);
function deniedGroupsOfAnew(folded: string): PayerGroup[] {
  const clauses = clausesOf(withoutRetracted(folded));
  const denied = CUES.filter(
    ([, cue]) =>
      clauses.some((clause) => mentions(clause, cue, true)) &&
      !clauses.some((clause) => mentions(clause, cue, false)),
  ).map(([group]) => group);
  // "còn tôi 72 tuổi thì sao": only grown-ups are named, so the question is not about young children ("còn"
  // folds to "con", a child). A child of 7 is still a question for the children's answer, which covers that age.
  // "nếu em nghỉ học thì mua bhyt thế nào": a pupil who leaves school is no longer one.
  if (LEFT_SCHOOL.test(folded) && !denied.includes("student")) denied.push("student");
  const youngest = youngestAge(folded);
  const childCue = CUES.find(([group]) => group === "child_under6")![1];
  if (youngest !== undefined && youngest >= ADULT && !childCue.test(folded)) denied.push("child_under6");
  return denied;
}

/**
 * The message with each denied group taken out, denial and all ("nhà không thuộc hộ cận nghèo thì…" → "nhà thì…"),
 * as typed otherwise: "còn" keeps its marks, so it is not read as "con" (child).
 */
export function withoutDenials(text: string): string {
  const typed = text.normalize("NFC");
  // Folded letter by letter, so a place in the folded text is the same place in what was typed.
  const folded = typed
    .split("")
    .map((char) => {
      const plain = foldDiacritics(char);
      return plain.length === 1 ? plain : " ";
    })
    .join("");
  const spans = retractedSpans(folded);
  for (const [, cue] of CUES)
    for (const match of folded.matchAll(EVERYWHERE.get(cue)!)) {
      const denial = DENIED_BEFORE.exec(folded.slice(0, match.index));
      if (denial) spans.push([denial.index, match.index + match[0].length]);
    }
  let kept = typed;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0]))
    kept = `${kept.slice(0, start)} ${kept.slice(end)}`;
  return kept.replace(/\s+/g, " ").trim();
}

const ADULT = 18;
const LEFT_SCHOOL =
  /\b(?:(?:e|em|toi|minh|tui|i) (?:\w+ )?(?:nghi hoc|bo hoc|thoi hoc)|(?:leave|left|quit|drop out of|dropped out of) school)\b/;

// Each cue once more with the global flag, for finding every place a clause names it (read for every message).
const EVERYWHERE = new Map(CUES.map(([, cue]) => [cue, new RegExp(cue.source, "g")]));

// A denial sits within a few words before the group (DENIED_BEFORE): only that much is read, from a word's start.
const DENIAL_REACH = 100;

// Whether a clause names a group, as denied (`denied`) or as said.
function mentions(clause: string, cue: RegExp, denied: boolean): boolean {
  for (const match of clause.matchAll(EVERYWHERE.get(cue)!)) {
    const reach = match.index - DENIAL_REACH;
    const from = reach <= 0 ? 0 : clause.indexOf(" ", reach) + 1;
    if (DENIED_BEFORE.test(clause.slice(from, match.index)) === denied) return true;
  }
  return false;
}

// "vợ là cận nghèo à không, vợ không phải cận nghèo", "near-poor? no wait, we're not": a group said, then taken back.
const TAKEN_BACK = /\b(?:a khong|a ko|a nham|nham|no wait|wait no|oh wait|sorry|actually|i mean|oops)\b/g;
// How far a take-back reaches: back to the group it withdraws, and on to the denial that replaces it.
const TAKE_BACK_REACH = 40;
const DENIAL_AFTER_REACH = 80;

// Where a group is named and then taken back, from the group to the take-back words.
function retractedSpans(folded: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const marker of folded.matchAll(TAKEN_BACK)) {
    const end = marker.index + marker[0].length;
    const before = folded.slice(Math.max(0, marker.index - TAKE_BACK_REACH), marker.index);
    const after = folded.slice(end, end + DENIAL_AFTER_REACH);
    for (const [, cue] of CUES) {
      const said = [...before.matchAll(EVERYWHERE.get(cue)!)].at(-1);
      if (said && !mentions(before, cue, true) && mentions(after, cue, true))
        spans.push([marker.index - before.length + said.index, end]);
    }
  }
  return spans;
}

// The folded message with each taken-back group blanked, letter for letter, so places in it stay the same.
function withoutRetracted(folded: string): string {
  let kept = folded;
  for (const [start, end] of retractedSpans(folded))
    kept = `${kept.slice(0, start)}${" ".repeat(end - start)}${kept.slice(end)}`;
  return kept;
}
