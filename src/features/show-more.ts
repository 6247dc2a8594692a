import { t, text } from "../core/reply.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/** "More": the details of an answer, when it has any. */
export function showMore(turn: Turn, intent: string): Outcome {
  if (!turn.content.answers[turn.locale].get(intent)?.more) {
    return { replies: [text(t("common:more.none", { hotline: turn.content.links.contacts.hotline }))] };
  }
  return { replies: [answerIntent(turn, intent, "more")], session: { lastIntent: intent } };
}
