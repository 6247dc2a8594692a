import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/** The default handler: answer the recognised intent from the content. */
export function answer(turn: Turn, intent: string): Outcome {
  return { replies: [answerIntent(turn, intent)], session: { lastIntent: intent, misses: 0 } };
}
