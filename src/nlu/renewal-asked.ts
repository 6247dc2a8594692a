import { foldWords } from "../core/fold.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { payerGroupOf } from "./slots/payer-group.ts";

// "có phải tự đi gia hạn không", "is it renewed automatically?": who renews the card, or how.
const RENEWAL = /\b(?:gia han|gia hang|tu dong gia han|renew\w*|auto(?:matically)? renew\w*)\b/;

/** Whether a message asks how a near-poor household's card is renewed ("thẻ cận nghèo có phải tự đi gia hạn không"). */
export function asksNearPoorRenewal(text: string): boolean {
  return RENEWAL.test(` ${foldWords(text)} `) && payerGroupOf(foldForSlots(text)) === "near_poor";
}

// "gia hạn sớm được ko", "gia hạn trước dc ko", "đóng trước khi hết hạn được không", "can I renew early": paying before the card ends.
const EARLY =
  /\b(?:gia han|dong(?: tien)?) truoc(?= (?:dc|duoc|co duoc|ko|khong|k)\b)|\b(?:gia han|dong|dong tiep|dong tien|renew|pay)\b(?: \w+){0,3} (?:som|truoc (?:khi (?:the )?het han|ngay het han|han|ngay (?:do|nay|\d))|early|before (?:it|the card|my card) (?:expires|ends|runs out))\b/;

/** Whether a message asks if a card can be renewed before it ends ("thẻ hết hạn 31/12, gia hạn sớm được ko"). */
export function asksEarlyRenewal(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return (
    HOW_EARLY.test(folded) ||
    (EARLY.test(folded) && (ASKS.test(folded) || text.includes("?"))) ||
    (WHEN_TO_PAY.test(folded) && NO_GAP.test(folded))
  );
}
// "đóng trước bao lâu được", "how early can I renew": how long before the end a card may be paid.
const HOW_EARLY =
  /\b(?:gia han|dong|nop|dong tien) (?:duoc )?truoc (?:duoc )?(?:bao lau|may ngay|bao nhieu ngay|may thang)\b|\bhow (?:early|far ahead|long before|many days before)\b(?: \w+){0,4} (?:pay|renew)\b/;
// (A story's "đã đóng trước khi hết hạn mà…" tells, it does not ask.)
const ASKS =
  /\b(?:duoc khong|duoc ko|dc ko|dc k|duoc k|dc khong|co duoc|co the|can i|can we|could i|should|is it ok|khi nao|luc nao|when|khong|ko)\b\s*$|\b(?:duoc khong|dc ko|duoc ko|can i|can we|could i|should i)\b/;
// "when should I pay so that there is no gap", "đóng lúc nào để không bị gián đoạn": paying before the end, timed.
const WHEN_TO_PAY =
  /\b(?:when (?:should|do|must|can) (?:i|we) (?:need to |have to )?(?:pay|renew)|(?:dong|gia han) (?:luc nao|khi nao|bao gio|truoc may ngay)|khi nao (?:phai |nen )?(?:dong|gia han))\b/;
const NO_GAP =
  /\b(?:no gap|without a gap|not lapse|doesn t lapse|does not lapse|no break|without a break|khong (?:bi )?(?:gian doan|dut quang|ngat quang))\b/;
