import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

// "should I bring the receipt to the post office", "mang biên lai ra bưu điện hả", "what number again": what to do
// when a card paid for is not in the app yet.
const RECEIPT_OR_NUMBER =
  /\b(?:receipt|bien lai|hoa don|phieu thu|what number|which number|phone number|so (?:dien thoai|nao|may)|goi so|call (?:who|whom|which|what))\b/;
const SHORT = 20;

/** Whether a short message asks what to do next about a card paid for that has not appeared. */
export const asksAfterCardMissing = (message: string): boolean =>
  message.trim().split(/\s+/).length <= SHORT && RECEIPT_OR_NUMBER.test(` ${foldWords(message)} `);

/** After the issue-time answer, "mang biên lai ra bưu điện hả, gọi số nào": the receipt, where, and the hotline. */
export function answerCardMissingFollowUp(turn: Turn, intent: string): Outcome | undefined {
  if (turn.session.lastIntent !== intent || !asksAfterCardMissing(turn.text)) return undefined;
  return { replies: [text(t("common:card_missing_next"))], session: { lastIntent: intent, misses: 0 } };
}
