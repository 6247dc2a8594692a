import { encodeAction } from "../core/actions.ts";
import { choices, t } from "../core/reply.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * Greets and shows what the bot can do (the greeting intent's follow-up buttons); someone the bot is already
 * talking with is greeted back briefly, not introduced to the bot again.
 */
export function greet(turn: Turn): Outcome {
  if (turn.session.lastIntent !== undefined && turn.session.lastIntent !== "smalltalk.greeting") {
    const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
    return { replies: [choices([t("common:ack.again")], [menu])], session: { misses: 0 } };
  }
  return { replies: [answerIntent(turn, "smalltalk.greeting")], session: { misses: 0 } };
}
