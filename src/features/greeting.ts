import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/** Greets and shows what the bot can do (the greeting intent's follow-up buttons). */
export function greet(turn: Turn): Outcome {
  return { replies: [answerIntent(turn, "smalltalk.greeting")], session: { misses: 0 } };
}
