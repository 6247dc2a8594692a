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
