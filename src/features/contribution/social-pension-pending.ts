import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { saidBefore } from "../../core/session.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { ALLOWANCE_NAMED, ON_SOCIAL_PENSION, SOCIAL_PENSION_AGE } from "../../nlu/slots/insured-members.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { APPLYING_LATER } from "../../nlu/slots/social-pension-mentions.ts";
import { writerListed } from "../../nlu/slots/writer-named.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import { type CalcDraft, draftFromSlots, HOUSEHOLD_GROUPS } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { deductionAsked } from "./each-member.ts";

// "mẹ tôi chưa làm trợ cấp", "bà chưa được nhận trợ cấp hưu trí xã hội", "grandma hasn't applied for it yet", "Dad
// gets no pension or social pension".
const NOT_YET = new RegExp(
  `\\b(?:chua|khong|ko|k) (?:lam|nhan|lanh|linh|co|duoc|duoc nhan|duoc huong|huong|xin|lam ho so|dang ky)(?: \\w+){0,2}? (?:tro cap|luong huu xa hoi|huu tri xa hoi)\\b|\\b(?:hasn t|has not|haven t|have not|doesn t|does not|didn t|did not|isn t|is not|not yet|s not|not)(?: \\w+){0,3}? (?:applied|get|got|received|receive|getting|receiving|on|have|has)(?: \\w+){0,2}? (?:social pension|allowance|pension)\\b|\\b(?:gets?|receives?|has|have|draws?) no(?: \\w+){0,3}? (?:social pension|allowance)\\b|${APPLYING_LATER.source}`,
);
const FEW_WORDS = 40;
const OTHERS_TOO =
  /\b(?:both|together|two of them|all of them|ca hai|ca 2|hai (?:ong ba|nguoi|vo chong)|2 nguoi|my (?:mother|mum|mom|wife|husband)|me (?:toi|em)|vo (?:toi|em))\b/;
const ELDERS_TOPICS = new Set(["contribution.elderly_social", "contribution.other_group"]);
const ONE_ASKED = /\b(?:is (?:his|her)|for (?:him|her)|does (?:he|she) (?:have to|need to|pay))\b/;
// "mẹ chồng mình vừa được xã duyệt trợ cấp hưu trí xã hội tháng trước rồi", "dad's social pension was approved", "khi
// mẹ chú có trợ cấp rồi" (once it is).
const GRANTED =
  /\b(?:vua|da|moi) (?:duoc )?(?:xa )?(?:duyet|nhan|co|huong|cap)(?: \w+){0,2}? (?:tro cap|huu tri xa hoi)\b|\bkhi (?:\w+ ){1,3}(?:co|duoc|nhan|huong|lanh) (?:duoc )?(?:tro cap|huu tri xa hoi)(?: roi)?\b|\b(?:social pension|allowance) (?:was |has been |got |is )?(?:approved|granted)\b|\b(?:now|already) (?:gets|receives|on) (?:the )?social pension\b/;

/**
 * After a sum that counted an elder in until the social pension is granted, "mẹ chồng mình vừa được duyệt trợ cấp":
 * the state pays that card now, so the household's sum without them. Undefined otherwise.
 */
export function answerPensionGranted(turn: Turn, before: CalcDraft): Outcome | undefined {
  // (…counted in because not yet granted, or named with an age of 75 or more among those paying.)
  const covered = before.coveredAges?.split(",") ?? [];
  const elderPaying = (before.ages?.split(",") ?? []).some(
    (age) => Number(age) >= SOCIAL_PENSION_AGE && !covered.includes(age),
  );
  if (!(before.pensionPending || elderPaying) || turn.text.trim().split(/\s+/).length > FEW_WORDS)
    return undefined;
  if (!GRANTED.test(` ${foldWords(turn.text)} `)) return undefined;
  const { pensionPending: _counted, ...rest } = before;
  const draft: CalcDraft = { ...rest, insuredElsewhere: (before.insuredElsewhere ?? 0) + 1 };
  return continueCalc(turn, draft, [text(t("common:calc.note.social_pension_granted"))]);
}

/**
 * After a household's sum that left out a member of 75 or more as on the social pension, "mẹ tôi chưa làm trợ cấp":
 * until it is granted she pays in the household, so she is counted in; the answer says to apply at the commune.
 */
export function answerElderNotYetOnPension(turn: Turn, before: CalcDraft): Outcome | undefined {
  const granted = answerPensionGranted(turn, before);
  if (granted) return granted;
  if (!HOUSEHOLD_GROUPS.has(before.group ?? "")) return undefined;
  if (turn.text.trim().split(/\s+/).length > FEW_WORDS || !NOT_YET.test(` ${foldWords(turn.text)} `))
    return undefined;
  // (Counted in already as not yet on it: "who is the 1 person? … he does not get the social pension yet"; not when
  // others are asked beside: "my mother is 70… how much for both of them?".)
  if (
    (before.insuredElsewhere ?? 0) === 0 &&
    (!before.pensionPending || OTHERS_TOO.test(` ${foldWords(turn.text)} `))
  )
    return undefined;
  const covered = before.coveredAges?.split(",") ?? [];
  const elder = (before.ages?.split(",") ?? [])
    .map(Number)
    .find((age) => age >= SOCIAL_PENSION_AGE && !covered.includes(String(age)));
  if (elder === undefined) return undefined;
  const note = text(t("common:calc.note.social_pension_pending", { age: elder }));
  // ("dad is not on the social pension, I said that. is he free or not?": counted in already; the rule said again.)
  // (…as when the story before said so: "ông nội 77 tuổi … chưa nhận trợ cấp gì", the sum counted him in.)
  const story = saidBefore(turn.session)[0];
  if (before.pensionPending || (story !== undefined && NOT_YET.test(` ${foldWords(story)} `))) {
    // ("anh trai em lương 9 triệu thì bị trừ bao nhiêu, còn ông nội…": the deduction asked beside it too.)
    const again = text(
      t("common:calc.note.social_pension_pending_again", { age: elder }),
      ...deductionAsked(turn),
    );
    return { replies: [again], session: { flow: turn.session.flow, misses: 0 } };
  }
  // ("…how much if we buy for both of them now for 3 months?": the months said now.)
  const months = PAYMENT_MONTHS.find((m) => m === monthsOf(foldForSlots(turn.text)));
  const draft: CalcDraft = {
    ...before,
    pensionPending: 1,
    insuredElsewhere: (before.insuredElsewhere ?? 1) - 1,
    ...(months ? { months } : {}),
  };
  return continueCalc(turn, draft, [note]);
}

/**
 * "Grandma is 79, no pension, and she hasn't applied for any allowance yet: is her insurance free?": free once the
 * social pension is granted; until then a card of her own, as a household of one, with how to apply said first.
 */
export function answerNotYetOnPension(turn: Turn, intentId: string): Outcome | undefined {
  if (!ELDERS_TOPICS.has(intentId) || !NOT_YET.test(` ${foldWords(turn.text)} `)) return undefined;
  const folded = foldForSlots(turn.text);
  const ages = agesOf(folded) ?? [];
  // ("bố 80 tuổi đang nhận trợ cấp hưu trí xã hội, mẹ 76 tuổi chưa làm hồ sơ": only the mother waits for it.)
  const onIt = onSocialPensionAges(folded);
  const elders = ages.filter((age) => age >= SOCIAL_PENSION_AGE && !onIt.includes(age));
  if (elders.length === 0) return undefined;
  const note = text(t("common:calc.note.social_pension_pending", { age: elders[0]! }));
  // ("my parents… my father is 80… is his insurance free?": the one asked about.)
  if (ages.length === 1 && ((householdSizeOf(folded) ?? 1) === 1 || ONE_ASKED.test(folded)))
    return continueCalc(
      turn,
      { group: "household", members: 1, months: 12, ages: String(ages[0]), pensionPending: 1 },
      [note],
    );
  // "mẹ 68 không lương hưu, bố 76 chưa nhận trợ cấp gì": the elders not yet on it pay with the others for now.
  // (…each named with an age when no count is said: "mẹ tôi 70…, bố tôi 78… hai cụ".)
  const { draft } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today));
  // (The writer telling of "mẹ chị", "con trai chị" and what "chị" does is one of them, with no age said.)
  const members = draft.members ?? ages.length + (writerListed(folded, folded) ? 1 : 0);
  if (members > SMALL_HOUSEHOLD) return undefined;
  // (Only the elders leave the count of people insured otherwise: a student with a school card stays in it.)
  const youngerCovered = (draft.coveredAges?.split(",") ?? []).filter(
    (age) => Number(age) < SOCIAL_PENSION_AGE,
  );
  const onItCount = onIt.filter((age) => age >= SOCIAL_PENSION_AGE).length;
  const insuredElsewhere = Math.max(
    (draft.insuredElsewhere ?? 0) - elders.length,
    youngerCovered.length + onItCount,
  );
  const months = draft.months ?? 12;
  return continueCalc(
    turn,
    { ...draft, group: "household", members, months, insuredElsewhere, pensionPending: 1 },
    [note],
  );
}
const SMALL_HOUSEHOLD = 4;

// The ages of clauses that say their person draws the social pension already.
function onSocialPensionAges(folded: string): number[] {
  return folded
    .split(/[,.;]/)
    .filter((clause) => ON_SOCIAL_PENSION.test(clause) || ALLOWANCE_NAMED.test(clause))
    .filter((clause) => !NOT_YET.test(` ${clause} `))
    .flatMap((clause) => agesOf(clause) ?? []);
}
