import { foldWords } from "../core/fold.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { payerGroupOf } from "./slots/payer-group.ts";

// "có phải tự đi gia hạn không", "is it renewed automatically?": who renews the card, or how.
const RENEWAL = /\b(?:gia han|gia hang|tu dong gia han|renew\w*|auto(?:matically)? renew\w*)\b/;

/** Whether a message asks how a near-poor household's card is renewed ("thẻ cận nghèo có phải tự đi gia hạn không"). */
export function asksNearPoorRenewal(text: string): boolean {
  return RENEWAL.test(` ${foldWords(text)} `) && payerGroupOf(foldForSlots(text)) === "near_poor";
}

// "gia hạn sớm được ko", "đóng trước khi hết hạn được không", "can I renew early": paying before the card ends.
const EARLY =
  /\b(?:gia han|dong|dong tiep|dong tien|renew|pay)\b(?: \w+){0,3} (?:som|truoc (?:khi (?:the )?het han|ngay het han|han)|early|before (?:it|the card|my card) (?:expires|ends|runs out))\b/;

/** Whether a message asks if a card can be renewed before it ends ("thẻ hết hạn 31/12, gia hạn sớm được ko"). */
export function asksEarlyRenewal(text: string): boolean {
  return EARLY.test(` ${foldWords(text)} `);
}
