import { t, text } from "../core/reply.ts";
import { expiresInTreatment } from "../nlu/case-readings.ts";
import { answerYoungChildValidity } from "./contribution/child-card.ts";
import { answerStudentCardDates } from "./contribution/student-card.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * A question about when a card works that is about one case the general rules bury: a young child's, a pupil's or a
 * student's card, or a card that expires during treatment. Undefined for the general question.
 */
export function answerCardCase(turn: Turn, intent: string): Outcome | undefined {
  const child = answerYoungChildValidity(turn) ?? answerStudentCardDates(turn, intent);
  if (child) return child;
  if (!expiresInTreatment(turn.text)) return undefined;
  return {
    replies: [text(t("common:card_in_treatment"))],
    session: { lastIntent: intent, misses: 0 },
  };
}
