import { t, text } from "../core/reply.ts";
import { onlyCardNumber } from "../nlu/case-readings.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "mất cả ví, điện thoại, chỉ còn nhớ số thẻ, đi khám được không": the number alone is enough to be seen (QĐ 2555:
 * the facility must admit the patient), said instead of the general lost-card steps. Undefined otherwise.
 */
export function answerCardNumberOnly(turn: Turn): Outcome | undefined {
  if (!onlyCardNumber(turn.text)) return undefined;
  return {
    replies: [text(t("common:card_number_only"))],
    session: { lastIntent: "card.lost_reissue", misses: 0 },
  };
}
