import { foldWords } from "../core/fold.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { payerGroupOf } from "./slots/payer-group.ts";

// "có phải tự đi gia hạn không", "is it renewed automatically?": who renews the card, or how.
const RENEWAL = /\b(?:gia han|gia hang|tu dong gia han|renew\w*|auto(?:matically)? renew\w*)\b/;

/** Whether a message asks how a near-poor household's card is renewed ("thẻ cận nghèo có phải tự đi gia hạn không"). */
export function asksNearPoorRenewal(text: string): boolean {
  return RENEWAL.test(` ${foldWords(text)} `) && payerGroupOf(foldForSlots(text)) === "near_poor";
}
