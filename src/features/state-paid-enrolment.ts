import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

// Groups whose card the state pays for: the commune lists them, nobody enrols them as a household.
const STATE_PAID = new Set(["contribution.elderly_social", "contribution.poor", "contribution.other_group"]);
// A newborn's card comes with the birth registration, also with nothing to pay.
const YOUNG_CHILD = "contribution.child_under6";
// "…theo hộ gia đình", "đóng tiền", "household": the writer asks about the household's own enrolment after all.
const HOUSEHOLD_ENROLMENT = /\b(?:ho gia dinh|hgd|dong tien|nop tien|household|pay for)\b/;

/**
 * "thủ tục làm thẻ cho cháu thì làm ở đâu" right after the answer that the state pays for the person's group: the
 * commune lists them for BHXH (policy.md §8, Law 51 Art. 17), and a newborn's card comes with the birth
 * registration: neither is the household's first enrolment.
 * Undefined otherwise.
 */
export function answerStatePaidEnrolment(turn: Turn, intent: string): Outcome | undefined {
  const child = turn.session.lastIntent === YOUNG_CHILD;
  if (!child && !STATE_PAID.has(turn.session.lastIntent ?? "")) return undefined;
  if (HOUSEHOLD_ENROLMENT.test(` ${foldWords(turn.text)} `)) return undefined;
  const key = child ? "common:child_enrolment" : "common:state_paid_enrolment";
  return {
    replies: [text(t(key, { hotline: turn.content.links.contacts.hotline }))],
    session: { lastIntent: intent, misses: 0 },
  };
}
