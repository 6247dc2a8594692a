import { t, text } from "../core/reply.ts";
import { withoutChipId } from "../nlu/visit-readings.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "chỉ có CMND cũ, không có căn cước gắn chip thì đi khám sao": the card in the apps, its number, or a paper card for
 * people who can use neither the apps nor a chip ID (CV 168/BHXH-QLT). Undefined for other questions.
 */
export function answerWithoutChipId(turn: Turn, intent: string): Outcome | undefined {
  if (!withoutChipId(turn.text)) return undefined;
  return { replies: [text(t("common:seen_without_chip"))], session: { lastIntent: intent, misses: 0 } };
}
