import { youngestAge } from "../../nlu/slots/age.ts";
import { foldForSlots, type Slots } from "../../nlu/slots/extract-slots.ts";
import { ON_SOCIAL_PENSION, SOCIAL_PENSION_AGE } from "../../nlu/slots/insured-members.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";

// "chưa nhận trợ cấp hưu trí xã hội", "not yet on the social pension": the state does not pay for it yet.
const NOT_ON_SOCIAL_PENSION =
  /\b(?:chua|khong|ko|chang) (?:duoc )?(?:nhan|huong|co|lanh|linh|an) (?:tro cap )?(?:huu tri xa hoi|tro cap xa hoi)\b|\bnot (?:yet )?(?:on|receiving|getting|get|drawing) (?:the |a )?social pension\b/;

/**
 * The group an "elderly on the social pension" question really is, when it is not that group: a household with
 * people over 75 among others pays for the others as a household ("ông bà trên 75 tuổi và 2 vợ chồng tôi"); a
 * near-poor person of 70 to under 75 not yet on the social pension pays as near-poor. Undefined otherwise.
 */
export function elderlyQuestionGroup(
  message: string,
  slots: Slots,
  ages: readonly number[],
): string | undefined {
  const mixed = mixedHouseholdGroup(slots);
  if (mixed) return mixed;
  const folded = foldForSlots(message);
  const youngerThanPension = ages.length > 0 && ages.every((age) => age >= 70 && age < SOCIAL_PENSION_AGE);
  if (
    youngerThanPension &&
    payerGroupOf(folded) === "near_poor" &&
    (NOT_ON_SOCIAL_PENSION.test(folded) || ASKS_SOCIAL_PENSION.test(folded))
  )
    return "contribution.near_poor";
  // "hộ cận nghèo, ông nhà tui 71 tuổi, tui 69": a near-poor couple not yet on the social pension pays the
  // near-poor share (the one of 70 to under 75 is told the state pays once the allowance is granted).
  const nearPoorCouple =
    ages.length > 1 &&
    ages.some((age) => age >= 70) &&
    ages.every((age) => age < SOCIAL_PENSION_AGE) &&
    payerGroupOf(folded) === "near_poor" &&
    !ON_SOCIAL_PENSION.test(folded);
  if (nearPoorCouple) return "contribution.near_poor";
  return undefined;
}

/** True when the message says the person already receives the social pension or a survivor's allowance. */
export function saysOnSocialPension(message: string): boolean {
  const folded = foldForSlots(message);
  // "có được hưởng trợ cấp hưu trí xã hội không" asks whether, it does not say so.
  return (
    ON_SOCIAL_PENSION.test(folded) && !NOT_ON_SOCIAL_PENSION.test(folded) && !ASKS_SOCIAL_PENSION.test(folded)
  );
}

/**
 * A household of several members where some are insured in other groups and the others pay ("bà nội có lương hưu, bé
 * 4 tuổi, 2 vợ chồng làm ruộng"): the others pay as a household, whichever member's group the question was read as.
 */
export function mixedHouseholdGroup(slots: Slots): string | undefined {
  const elsewhere = slots.insuredElsewhere ?? 0;
  if (elsewhere < 1 || (slots.householdSize ?? 0) <= elsewhere) return undefined;
  // "hộ cận nghèo 4 người: bố đang nhận trợ cấp hưu trí xã hội…": the others pay as the household's group.
  return HOUSEHOLD_OWN_GROUPS.has(slots.payerGroup ?? "")
    ? `contribution.${slots.payerGroup}`
    : "contribution.household";
}

/** Groups a whole household is in ("hộ cận nghèo"), which a household's question may name. */
export const HOUSEHOLD_OWN_GROUPS: ReadonlySet<string> = new Set(["near_poor", "poor", "agri_household"]);

// "con tôi 2 tuổi", "bé nhà em 3 tuổi", "my 2-year-old", "my toddler": a young child the message asks about.
const CHILD_WORD = /\b(?:con|be|chau|em be|dua nho|child|kid|baby|toddler|son|daughter|\d[- ]year[- ]old)\b/;

/** True when a one-person question is about a child under 6 ("con tôi 2 tuổi có được nhà nước đóng không"). */
export function asksAboutYoungChild(message: string, slots: Slots): boolean {
  const folded = foldForSlots(message);
  const age = youngestAge(folded) ?? Number(/\b(\d)[- ]year[- ]old\b/.exec(folded)?.[1] ?? 99);
  return age < 6 && CHILD_WORD.test(folded) && (slots.householdSize ?? 1) <= 1;
}

// Said to be poor or near-poor, or on the social pension: the state may pay below 75 too.
const STATE_PAID_GROUPS = new Set(["poor", "near_poor", "elderly_social"]);

// "can they get the social pension?", "có được hưởng trợ cấp hưu trí xã hội không": asked about, not said.
const ASKS_SOCIAL_PENSION =
  /\b(?:can|could|do|does|will|would|are|is) (?:they|he|she|i|we|my \w+|both|grandpa|grandma|granddad|grandad|dad|mum|mom|father|mother) (?:(?:also|still|then) )?(?:get|receive|apply for|be on|qualify for|claim|be eligible for|eligible for) (?:the |a )?(?:\d{3} ?k |\d{3}[.,]?000 (?:vnd |dong )?)?social pension\b|\bco duoc (?:nhan |huong |lanh )?(?:tro cap )?huu tri xa hoi\b/;

/** Ages all under 75 with no state-paid group said (a social pension only asked about does not count). */
export function belowSocialPensionAge(message: string, ages: readonly number[]): boolean {
  if (ages.length === 0 || ages.some((age) => age >= SOCIAL_PENSION_AGE)) return false;
  return !STATE_PAID_GROUPS.has(payerGroupOf(foldForSlots(message).replace(ASKS_SOCIAL_PENSION, " ")) ?? "");
}

/** Whether the message asks if someone can get the social pension. */
export const asksSocialPension = (message: string): boolean =>
  ASKS_SOCIAL_PENSION.test(foldForSlots(message));
