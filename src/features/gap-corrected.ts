import { foldWords } from "../core/fold.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { WAIT_ASKED } from "./card-validity-cases.ts";
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

// "my household card ended on 30 June and I didn't renew. If I buy it today, do I have to wait?": a card's end said
// and whether the new one waits asked, however the topic reads.
const GAP_WORDS = 45;

/** The wait after a card that ended on a day the message gives, asked outright. Undefined otherwise. */
export function answerGapAsked(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > GAP_WORDS) return undefined;
  if (!WAIT_ASKED.test(` ${foldWords(turn.text)} `) || asksHowMuch(turn.text)) return undefined;
  return renewalAfterGap(turn, "card.validity");
}
