import { t, text } from "../core/reply.ts";
import type { Outcome } from "../features/handler.ts";

// A fault in the bot's own reading or answering code, as opposed to an outage (Redis, a channel), which must reach
// the channel so the update is sent again.
const OWN_FAULTS = [RangeError, TypeError, ReferenceError, SyntaxError];

/**
 * The handler's outcome, or, when the bot's own code fails on a message (a bug, never an outage), an apology with the
 * way to a person instead of silence; the fault is reported to `onFault` (logged and counted by the server).
 */
export async function answerSafely(
  answer: () => Promise<Outcome>,
  hotline: string,
  onFault?: (error: unknown) => void,
): Promise<Outcome> {
  try {
    return await answer();
  } catch (error) {
    if (!OWN_FAULTS.some((kind) => error instanceof kind)) throw error;
    onFault?.(error);
    return { replies: [text(t("common:fault.apology", { hotline }))], session: { misses: 0 } };
  }
}
