import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

const OUT_OF_SCOPE = "out_of_scope";
// "…phải mua bhyt cho ai", "có được cấp thẻ không", "who has to buy health insurance": who gets or buys a card.
const CARD_ASKED =
  /\b(?:(?:mua|dong|cap|cho|lam) (?:the|bhyt|bao hiem y te)|(?:buy|pay for|get|give)s? (?:\w+ )?(?:a )?(?:health insurance|insurance card|card))\b/;
// How close the health insurance reading must come to the outside one, and how likely it must be on its own.
const NEAR_SHARE = 0.7;
const FLOOR = 0.3;

/**
 * A message read as outside health insurance that asks who gets or buys a card ("không lương hưu thì có được cấp
 * thẻ không"): the pension or allowance in its story pulled it out; the close reading about paying is the one.
 */
export function bhytNamedReading(
  message: string,
  top: ScoredIntent,
  others: readonly ScoredIntent[],
): ScoredIntent | undefined {
  const next = others[0];
  if (top.intent !== OUT_OF_SCOPE || !next?.intent.startsWith("contribution.")) return undefined;
  if (next.confidence < FLOOR || next.confidence < top.confidence * NEAR_SHARE) return undefined;
  return CARD_ASKED.test(` ${foldWords(message)} `) ? next : undefined;
}

// "trả tiền ở bưu điện được không", "nộp ở bưu điện xã", "pay at the post office": paying for the card where the
// bot sends people to pay (receiving a pension at the post office is not it).
const PAYS_AT_POST_OFFICE =
  /\b(?:tra tien|dong tien|nop tien|dong|nop|mua|gia han|pay|paying|renew|buy)\b(?: \w+){0,4}? (?:o |tai |qua |at (?:the |a )?)?(?:buu dien|post office)\b/;
const WHERE = "enroll.where";

/** A payment at the post office read as outside health insurance: where to pay for the card is the question. */
export function postOfficeReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  return top.intent === OUT_OF_SCOPE && PAYS_AT_POST_OFFICE.test(` ${foldWords(message)} `)
    ? { ...top, intent: WHERE }
    : undefined;
}

// "Can I buy it online?", "mua bhyt trên mạng được không": buying or renewing the card online.
const ONLINE =
  /\b(?:buy|pay|register|sign up|renew|join|mua|dong|dang ky|gia han|tham gia)\b(?: \w+){0,4}? (?:online|on the internet|on my phone|tren mang|truc tuyen|qua mang|online duoc|(?:qua|tren|bang) (?:vneid|vssid|app|ung dung|dien thoai|dt|ngan hang))\b/;
const ONLINE_TOPIC = "enroll.online_payment";
const CAN =
  /\b(?:can i|can we|could i|could we|is it possible|co the|duoc khong|dc khong|duoc ko|dc ko|duoc k|dc k)\b/;
const WHERE_ASKED = /\b(?:o dau|cho nao|where)\b/;

/** Paying for the card online, when the likeliest readings are about joining or paying: that topic, sure. */
export function onlineReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  // (…or when the card starts, which a first card bought is also about: "never had it, can I buy it online?".)
  const joining =
    top.intent.startsWith("enroll.") ||
    top.intent.startsWith("contribution.overview") ||
    top.intent === "card.validity";
  const folded = ` ${foldWords(message)} `;
  // (Asked whether it can be done, and not where: "đóng ở đâu, có online được không" is the places' question.)
  const asked = ONLINE.test(folded) && CAN.test(folded) && !WHERE_ASKED.test(folded);
  return joining && asked ? { ...top, intent: ONLINE_TOPIC } : undefined;
}
