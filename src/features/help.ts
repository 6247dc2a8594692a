import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/** What the bot can do, with the main topics as buttons (the help intent's `next`). */
export function showHelp(turn: Turn): Outcome {
  return { replies: [answerIntent(turn, "smalltalk.help")], session: { misses: 0 } };
}
