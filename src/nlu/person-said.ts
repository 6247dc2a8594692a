import { youngestAge } from "./slots/age.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import {
  ALLOWANCE_NAMED,
  ON_SOCIAL_PENSION,
  SOCIAL_PENSION_AGE,
  saysPensioner,
} from "./slots/insured-members.ts";
import { payerGroupOf } from "./slots/payer-group.ts";

// The relatives a message may be about, each under one name whatever the wording ("bố", "ba", "cha", "my dad").
const RELATIVES: [string, RegExp][] = [
  ["grandmother", /\b(?:ba noi|ba ngoai|grandma|grandmother|granny)\b/],
  // "ông đi khám…" said of the one grandfather named before.
  ["grandfather", /\b(?:ong noi|ong ngoai|grandpa|grandfather)\b|^\s*(?:vay |the |con )?ong\b/],
  [
    "father",
    /\b(?:bo|cha|ba) (?:toi|em|minh|tui|e|chi|anh|chu|bac|a|c)\b|\bcua (?:bo|cha)\b|\bmy (?:dad|father)\b/,
  ],
  [
    "mother",
    /\b(?:me|ma) (?:toi|em|minh|tui|e|chi|anh|chu|bac|a|c)\b|\bcua (?:me|ma)\b|\bmy (?:mum|mom|mother)\b/,
  ],
  // ("bà nhà tôi", "ông nhà tôi": an elderly writer's wife or husband.)
  ["wife", /\b(?:vo|ba nha) (?:toi|em|minh|tui)\b|\bmy wife\b/],
  ["husband", /\b(?:chong|ong nha) (?:toi|em|minh|tui)\b|\bmy husband\b/],
];

const VETERAN = /\b(?:cuu chien binh|nguoi co cong|thuong binh|benh binh|veterans?|war invalids?)\b/;

/** Whether a folded message says someone is a veteran or has meritorious service (100% level, state-paid card). */
export function saysVeteran(folded: string): boolean {
  return VETERAN.test(folded);
}

const NO_PENSION =
  /\b(?:khong|ko|k|chua|chang) (?:co )?(?:luong huu|huu)\b|\b(?:no|without a|without any) pension\b/;
const NOT_YET_ON_PENSION =
  /\b(?:lam ho so|nop ho so|xin|dang ky|chua (?:duoc )?(?:nhan|lanh|co|huong))\b[^.?!]{0,30}\b(?:tro cap|huu tri xa hoi)\b|\b(?:apply|applying|applied) for\b/;
const clausesOf = (folded: string) => folded.split(/[,.;:!?]/);
// ("Bác 70 tuổi, là cựu chiến binh": the writer calling themself as the reader calls them, with an age.)
const WRITER = /\b(?:toi|tui|minh|em|i m|i am|i get|i receive|i draw|i have)\b|^\s*(?:bac|chu|co) \d{2}\b/;

/** The one relative a message is about ("bố tôi …"), under one name; undefined for none or several. */
export function relativeNamed(text: string): string | undefined {
  const folded = foldForSlots(text);
  const named = RELATIVES.filter(([, words]) => words.test(folded)).map(([name]) => name);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "Bố tôi 68 tuổi đang hưởng lương hưu": the relative and the group the message puts them in, to be remembered for
 * later questions about them ("bố tôi đi khám ở bệnh viện tỉnh…"). Undefined when not both are said.
 */
export function personSaid(text: string): { relative: string; group: string } | undefined {
  const folded = foldForSlots(text);
  // "Tôi 61 tuổi vừa nghỉ hưu, lương hưu 7 triệu… Vợ tôi 58 ở nhà…": the one whose clause says the pension.
  // (A clause read alone may look like a pension the whole message says is not one: "…, Australian, retired".)
  const pensioner = saysPensioner(folded);
  const pensionClause = clausesOf(folded).findIndex(
    (clause) => (pensioner && saysPensioner(clause)) || saysVeteran(clause),
  );
  if (pensionClause >= 0) {
    const clauses = clausesOf(folded)
      .slice(0, pensionClause + 1)
      .reverse();
    const subject = clauses
      .map((clause) => relativeNamed(clause) ?? (WRITER.test(clause) ? "self" : undefined))
      .find((who) => who !== undefined);
    if (subject) return { relative: subject, group: pensioner ? "pensioner" : "veteran" };
  }
  // "tôi 66 tuổi có lương hưu": the writer, remembered as "self".
  // "Ba tôi 76 tuổi, cũng không có lương hưu": from 75 without a pension, on the social pension the state insures.
  const elder = folded
    .split(/[.;!?]/)
    .find((sentence) => NO_PENSION.test(sentence) && (youngestAge(sentence) ?? 0) >= 75);
  const elderOf = elder ? relativeNamed(elder) : undefined;
  if (elderOf) return { relative: elderOf, group: "elderly_social" };
  const relative = relativeNamed(text) ?? (WRITER.test(folded) ? "self" : undefined);
  if (!relative) return undefined;
  const group = saysPensioner(folded) ? "pensioner" : saysVeteran(folded) ? "veteran" : payerGroupOf(folded);
  // ("làm hồ sơ trợ cấp hưu trí xã hội cần giấy tờ gì": applying for it, not on it yet.)
  if (group === "elderly_social" && NOT_YET_ON_PENSION.test(folded)) return undefined;
  return group && group !== "household" ? { relative, group } : undefined;
}

/**
 * Everyone a message puts in a group: the one `personSaid` finds, and each relative of a clause said to be under 75
 * with no pension ("my wife is 68 with no pension"), who joins as a household.
 */
export function peopleSaid(text: string): { relative: string; group: string }[] {
  const first = personSaid(text);
  const folded = foldForSlots(text);
  const atHome = clausesOf(folded)
    .filter(
      (clause) => NO_PENSION.test(clause) && (youngestAge(clause) ?? 0) > 0 && youngestAge(clause)! < 75,
    )
    .map((clause) => relativeNamed(clause))
    .filter((relative): relative is string => relative !== undefined && relative !== first?.relative)
    .map((relative) => ({ relative, group: "household" }));
  // ("Bố chị 80 tuổi đang nhận trợ cấp hưu trí xã hội": that parent's card is the social pension's, for later bills.)
  const onSocialPension = clausesOf(folded)
    .filter(
      (clause) =>
        (ON_SOCIAL_PENSION.test(clause) || ALLOWANCE_NAMED.test(clause)) &&
        (youngestAge(clause) ?? 0) >= SOCIAL_PENSION_AGE,
    )
    .map((clause) => relativeNamed(clause))
    .filter((relative): relative is string => relative !== undefined && relative !== first?.relative)
    .map((relative) => ({ relative, group: "elderly_social" }));
  return [...(first ? [first] : []), ...atHome, ...onSocialPension];
}
