import { t, text } from "../core/reply.ts";
import { asksFreeFeesRoadmap } from "../nlu/visit-readings.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "từ năm 2030 đi viện được miễn viện phí hết phải không": NQ 261/2025 sets a roadmap from 2030 with no figures yet;
 * until rules follow, the card's level applies. Undefined for other questions about levels.
 */
export function answerFreeFeesRoadmap(turn: Turn): Outcome | undefined {
  if (!asksFreeFeesRoadmap(turn.text)) return undefined;
  return {
    replies: [text(t("common:free_fees_roadmap"))],
    session: { lastIntent: "benefit.levels", misses: 0 },
  };
}
