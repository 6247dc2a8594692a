import { choices, t } from "../core/reply.ts";
import { asksOldPaperCard } from "../nlu/topic-readings.ts";
import { intentChoice } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "thẻ bhyt giấy cũ có còn dùng được không hay phải đổi sang thẻ điện tử": a paper card in date stays valid, equal
 * to the e-card since 1/7/2025, and needs no exchange. Undefined for other questions.
 */
export function answerOldPaperCard(turn: Turn, intent: string): Outcome | undefined {
  if (!asksOldPaperCard(turn.text)) return undefined;
  return {
    replies: [
      choices([t("common:old_paper_card")], [intentChoice("vssid.show_card"), intentChoice("card.lookup")]),
    ],
    session: { lastIntent: intent, misses: 0 },
  };
}
