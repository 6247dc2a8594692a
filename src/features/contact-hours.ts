import { t, text } from "../core/reply.ts";
import { asksHours } from "../nlu/case-readings.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "giờ hành chính là mấy giờ, thứ 7 có làm không" about the hotline or the offices: the hours are not in our
 * sources, so the answer says so and how to check, instead of guessing. Undefined for other hotline questions.
 */
export function answerContactHours(turn: Turn): Outcome | undefined {
  if (!asksHours(turn.text)) return undefined;
  return {
    replies: [text(t("common:contact_hours", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "contact.hotline", misses: 0 },
  };
}
