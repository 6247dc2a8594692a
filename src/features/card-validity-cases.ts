import { t, text } from "../core/reply.ts";
import { asksIssueTime, expiresInTreatment } from "../nlu/case-readings.ts";
import { answerYoungChildValidity } from "./contribution/child-card.ts";
import { answerStudentCardDates } from "./contribution/student-card.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * A question about when a card works that is about one case the general rules bury: a young child's, a pupil's or a
 * student's card, a card that expires during treatment, or how long a new card takes to arrive. Undefined for the general question.
 */
export function answerCardCase(turn: Turn, intent: string): Outcome | undefined {
  const child = answerYoungChildValidity(turn) ?? answerStudentCardDates(turn, intent);
  if (child) return child;
  const key = expiresInTreatment(turn.text)
    ? "common:card_in_treatment"
    : asksIssueTime(turn.text)
      ? "common:card_issue_time"
      : undefined;
  if (!key) return undefined;
  return {
    replies: [text(t(key))],
    session: { lastIntent: intent, misses: 0 },
  };
}
