import { foldWords } from "../../core/fold.ts";
import { WAIT_ASKED } from "../card-validity-cases.ts";
import type { Outcome, Turn } from "../handler.ts";
import { renewalAfterGap } from "../renewal-gap.ts";

/**
 * "em nghỉ việc ngày 10/10/2026, giờ mua 1 năm bao nhiêu, có phải chờ 30 ngày ko": the sum, then whether the new card
 * waits, from the day the old one ended. The sum alone when no wait is asked or no end is said.
 */
export function withGapAsked(turn: Turn, sum: Outcome): Outcome {
  if (!WAIT_ASKED.test(` ${foldWords(turn.text)} `)) return sum;
  const gap = renewalAfterGap(turn, "card.validity", false);
  return gap ? { ...sum, replies: [...sum.replies, ...gap.replies] } : sum;
}
