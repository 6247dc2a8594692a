import type { ScoredIntent } from "./classifier.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { deniedGroupsOf, payerGroupOf } from "./slots/payer-group.ts";

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
  if (message.trim().split(/\s+/u).length > SHORT_WORDS) return undefined;
  const group = payerGroupOf(foldForSlots(message));
  // "tính tiền bhyt sinh viên": the group's own intent ahead of another question about paying (the calculator)
  // leads to the same figures, so the two being close is no reason to ask.
  if (group && top.intent === `contribution.${group}` && alternatives[0]?.intent.startsWith("contribution."))
    return { reading: top, sure: true };
  const named = group && alternatives.find((a) => a.intent === `contribution.${group}`);
  if (!named) return undefined;
  return { reading: named, sure: named === alternatives[0] && top.confidence - named.confidence <= WITHIN };
}

/**
 * "nhà tôi không phải hộ cận nghèo, hai ông bà đóng bao nhiêu": read as the near-poor question because of the
 * words, but that group is denied; the likeliest other reading that is not denied is what is asked. Undefined
 * when the message denies nothing that was read.
 */
export function deniedGroupReading(
  message: string,
  top: ScoredIntent,
  alternatives: readonly ScoredIntent[],
): ScoredIntent | undefined {
  const denied = deniedGroupsOf(foldForSlots(message)).map((group) => `contribution.${group}`);
  if (!denied.includes(top.intent)) return undefined;
  return alternatives.find((a) => !denied.includes(a.intent) && a.intent.startsWith("contribution."));
}
