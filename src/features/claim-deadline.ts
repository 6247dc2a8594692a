import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "có thời hạn nộp không", "để lâu có mất quyền đòi không", "is there a deadline for claiming": how long one may wait.
const DEADLINE_ASKED =
  /\b(?:thoi han|han chot|han nop|trong vong bao lau|bao lau (?:thi|van|con)|de lau|mat quyen|qua han|deadline|time limit|how long after|how late|too late|still submit|expire)\b/;

/** Whether a message asks how long one may wait (a deadline, losing the right). */
export const asksDeadline = (message: string): boolean => DEADLINE_ASKED.test(` ${foldWords(message)} `);

/**
 * "Is there a deadline for claiming?": the reference holds no confirmed time limit for asking social insurance to pay
 * back, so the answer says so and says to file soon, with whom to check. Undefined for other questions.
 */
export function answerClaimDeadline(turn: Turn, intent: string): Outcome | undefined {
  if (!asksDeadline(turn.text)) return undefined;
  return {
    replies: [text(t("common:claim_deadline", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: intent, misses: 0 },
  };
}
