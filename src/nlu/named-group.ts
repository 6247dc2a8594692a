import type { ScoredIntent } from "./classifier.ts";
import { asksHowMuch } from "./how-much.ts";
import { AGE_REACHED_LATER, agesOf } from "./slots/age.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { SOCIAL_PENSION_AGE } from "./slots/insured-members.ts";
import { deniedGroupsOf, PART_SUPPORTED_WORDS, payerGroupOf, withoutDenials } from "./slots/payer-group.ts";

// "nhà nước có hỗ trợ không", "does the state help", "who pays": whether someone's card is paid for.
const ASKS_SUPPORT =
  /\b(?:ho tro|dong cho|ai dong|mien phi|duoc cap|help|helps|support|supported|who pays|pay for|free)\b/;

// A short message (syllables, as Vietnamese is written) is mostly its words: one that names a payer group is about that group.
const SHORT_WORDS = 8;
// Close behind, the group's own intent is the answer; further behind, it is what the bot asks about first.
const WITHIN = 0.1;

/**
 * "hưởng trợ cấp xã hội thì sao": a short message that names a payer group, read as out of scope or too unsure to
 * answer while that group's intent is among the next likeliest, is about that group: answered when the intent is
 * next and close behind, else asked about first ("did you mean…?") instead of falling back; answered too when the
 * group's intent leads, close to another question about paying. Undefined when the rule does not apply.
 */
export function namedGroupReading(
  message: string,
  top: ScoredIntent,
  alternatives: readonly ScoredIntent[],
): { reading: ScoredIntent; sure: boolean } | undefined {
  const folded = foldForSlots(message);
  const group = payerGroupOf(folded);
  // "I'm a village health worker… how much do I pay myself?": a group the state supports in part is rare in the
  // examples, so its words decide, when who pays or how much is asked.
  if (
    group === "other_group" &&
    Object.values(PART_SUPPORTED_WORDS).some((words) => words.test(folded)) &&
    (asksHowMuch(message) || ASKS_SUPPORT.test(folded))
  )
    return { reading: { ...top, intent: "contribution.other_group" }, sure: true };
  // "còn học sinh cấp 3 ở sài gòn đóng bao nhiêu": the group named, its own reading first, and its price asked.
  // ("con đại học có được thành phố hỗ trợ không": …or whether it is supported.)
  if (group && top.intent === `contribution.${group}` && (asksHowMuch(message) || ASKS_SUPPORT.test(folded)))
    return { reading: top, sure: true };
  // In a longer message the group named decides only between two close readings ("three of us including a baby,
  // household insurance for 6 months": household, not children under 6).
  if (message.trim().split(/\s+/u).length > SHORT_WORDS) {
    const next = alternatives[0];
    if (!group || !next || top.confidence - next.confidence > WITHIN) return undefined;
    if (top.intent === `contribution.${group}` && next.intent.startsWith("contribution."))
      return { reading: top, sure: true };
    return next.intent === `contribution.${group}` ? { reading: next, sure: true } : undefined;
  }
  // "tính tiền bhyt sinh viên": the group's own intent ahead of another question about paying (the calculator)
  // leads to the same figures, so the two being close is no reason to ask.
  if (group && top.intent === `contribution.${group}` && alternatives[0]?.intent.startsWith("contribution."))
    return { reading: top, sure: true };
  // "còn học sinh cấp 3 ở sài gòn đóng bao nhiêu": the group named, its own reading first, and its price asked.
  if (group && top.intent === `contribution.${group}` && asksHowMuch(message))
    return { reading: top, sure: true };
  const named = group && alternatives.find((a) => a.intent === `contribution.${group}`);
  if (!named) return undefined;
  return { reading: named, sure: named === alternatives[0] && top.confidence - named.confidence <= WITHIN };
}

/**
 * "nhà tôi không phải hộ cận nghèo, hai ông bà đóng bao nhiêu": read as the near-poor question because of the
 * words, but that group is denied; the message is read again without the denial, and its likeliest reading about
 * paying that is not denied is what is asked (the next likeliest of the first reading when the second finds none).
 * Undefined when the message denies nothing that was read.
 */
export function deniedGroupReading(
  message: string,
  top: ScoredIntent,
  alternatives: readonly ScoredIntent[],
  rank: (text: string) => readonly ScoredIntent[],
): { reading: ScoredIntent; others: ScoredIntent[] } | undefined {
  const folded = foldForSlots(message);
  const denied = deniedGroupsOf(folded).map((group) => `contribution.${group}`);
  if (!denied.includes(top.intent)) return undefined;
  // "My mother is 76. She doesn't get the social pension yet. Does she have to pay?": not on it yet is still the
  // elder's question (apply for it; the household's price meanwhile), not a denial of the topic.
  if (top.intent === ELDERS && (agesOf(folded) ?? []).some((age) => age >= SOCIAL_PENSION_AGE))
    return undefined;
  const allowed = (a: ScoredIntent) => !denied.includes(a.intent);
  const again = rank(withoutDenials(message)).filter(allowed);
  const paying = (a: ScoredIntent) => a.intent.startsWith("contribution.");
  // Another question asked beside the denial ("không phải sinh viên thì đóng ở đâu") is that question.
  const other = again[0] && again[0].intent !== "out_of_scope" && !paying(again[0]) ? again[0] : undefined;
  if (other) return { reading: other, others: again.slice(1) };
  // ("không còn là hộ cận nghèo nữa thì cả nhà đóng bao nhiêu": a listing left, its price asked, is the household's.)
  const listingLeft = denied.some((intent) => LISTED.has(intent)) && asksHowMuch(message);
  const household = again.find((a) => a.intent === HOUSEHOLD) ?? { ...top, intent: HOUSEHOLD };
  const found = listingLeft
    ? household
    : (again.find(paying) ?? alternatives.find((a) => allowed(a) && paying(a)));
  if (!found) return undefined;
  // The first reading was sure the message is about paying for a group; denying one group moves that certainty
  // to the group that is left, it does not make the question less clear.
  const reading = { ...found, confidence: Math.max(found.confidence, top.confidence * DENIAL_CARRY) };
  return { reading, others: again.filter((a) => a.intent !== found.intent) };
}

const ELDERS = "contribution.elderly_social";
const HOUSEHOLD = "contribution.household";
const LISTED: ReadonlySet<string> = new Set(["contribution.near_poor", "contribution.poor"]);
// How much of the denied reading's certainty the group left keeps.
const DENIAL_CARRY = 0.8;

// "trợ cấp", "social pension", "bảo trợ": the elders' own group named.
const PENSION_NAMED =
  /\b(?:tro cap|bao tro|huu tri xa hoi|social pension|allowance|social assistance|nguoi cao tuoi)\b/;

/**
 * "Vợ bác bây giờ mới 62, tháng 8/2027 mới đủ 65. Giờ mua cho bà 6 tháng bao nhiêu?" read as the elders' group: a
 * price asked for someone under 75 who reaches an age later, with no social pension named, is the household's (the
 * city's age band, if any, is the household sum's note). Undefined otherwise.
 */
export function youngerThanElderReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (top.intent !== ELDERS || !asksHowMuch(message)) return undefined;
  const folded = foldForSlots(message);
  if (PENSION_NAMED.test(folded)) return undefined;
  // (Only with an age reached later said: "my parents are 66 and 64" is the elders' own answer, with the city's band.)
  const under = (agesOf(folded) ?? []).every((age) => age < SOCIAL_PENSION_AGE);
  return under && AGE_REACHED_LATER.test(folded) ? { ...top, intent: HOUSEHOLD } : undefined;
}
