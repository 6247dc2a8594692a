import type { ScoredIntent } from "./classifier.ts";
import { foldForSlots } from "./slots/extract-slots.ts";

/** "vừa đóng sáng nay", "đóng hôm nay 5/12", "paid this morning": the day the money was paid. */
export const PAID_ON =
  /\b(?:(?:dong|nop|mua|tra tien)\w*(?: \w+){0,4} (?:hom nay|sang nay|chieu nay|toi qua|hom qua|ngay \d)|(?:hom nay|sang nay|chieu nay|hom qua) (?:\w+ ){0,2}(?:dong|nop|mua)|vua (?:dong|nop|mua)|moi (?:dong|nop|mua)|paid(?: \w+){0,6} (?:today|this morning|yesterday|on \d)|(?:pay|paying|buy|buying)(?: \w+){0,4} (?:today|this morning|now)|just paid)\b/;
// "thẻ dùng được từ ngày nào", "bao giờ có hiệu lực", "when can I use it": the day the card starts.
const ASKS_START =
  /\b(?:bao gio|khi nao|ngay nao|tu ngay|luc nao|when|which day|what date|from which day|from what day)\b(?: \w+){0,6} (?:dung|co hieu luc|co gia tri|di kham|kham|use|valid|work|start)|\b(?:dung|kham|use)\w*(?: \w+){0,3} (?:duoc )?(?:tu )?(?:bao gio|khi nao|ngay nao|luc nao)\b/;

/** Whether folded text says when a card was (or is) paid and asks from when it works. */
export function asksStartAfterPayment(folded: string): boolean {
  return PAID_ON.test(folded) && ASKS_START.test(folded);
}

const VALIDITY = "card.validity";

/** The card's validity, sure, for "paid today, from when can I use it" however the words around it lean. */
export function cardStartReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (!asksStartAfterPayment(foldForSlots(message))) return undefined;
  return { ...top, intent: VALIDITY };
}
