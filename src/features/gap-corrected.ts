import type { Outcome, Turn } from "./handler.ts";
import { NEGATED_DATE } from "./reminders/read-expiries.ts";
import { renewalAfterGap } from "./renewal-gap.ts";
import { saysCorrection } from "./typed-lexicon.ts";

/**
 * "ủa nhầm, thẻ e hết hạn 30/9 chứ ko phải 31/8" after the gap of a card that ended was worked out: the same answer
 * for the corrected end (never a reminder for a card that ended already). Undefined otherwise.
 */
export function answerGapCorrected(turn: Turn): Outcome | undefined {
  const before = turn.session.cardEnd;
  if (!before || before >= turn.today || !saysCorrection(turn.text)) return undefined;
  // ("…chứ ko phải 31/8": the date taken back is no day of paying.)
  return renewalAfterGap({ ...turn, text: turn.text.replace(NEGATED_DATE, " ") }, "card.validity");
}
