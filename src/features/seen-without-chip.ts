import { t, text } from "../core/reply.ts";
import { asksAboutPhotocopies, withoutChipId } from "../nlu/visit-readings.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "chỉ có CMND cũ, không có căn cước gắn chip thì đi khám sao": the card in the apps, its number, or a paper card for
 * people who can use neither the apps nor a chip ID (CV 168/BHXH-QLT). Undefined for other questions.
 */
export function answerWithoutChipId(turn: Turn, intent: string): Outcome | undefined {
  // "lễ tân bắt photo căn cước và thẻ": facilities may not ask for copies, and must admit on the card number.
  const copies = asksAboutPhotocopies(turn.text)
    ? [t("common:no_photocopies", { hotline: turn.content.links.contacts.hotline })]
    : [];
  if (!withoutChipId(turn.text))
    return copies.length > 0
      ? { replies: [text(...copies)], session: { lastIntent: intent, misses: 0 } }
      : undefined;
  return {
    replies: [text(...copies, t("common:seen_without_chip"))],
    session: { lastIntent: intent, misses: 0 },
  };
}
