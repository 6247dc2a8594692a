import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

// "đóng từng tháng được không", "1 lần 12 tháng hay chia ra", "có phải đóng cả năm không", "can I pay month by month": how often one pays, not how
// much. A month's price ("mỗi tháng đóng bao nhiêu") asks no whether.
const BY_THE_MONTH =
  /\b(?:dong|tra|nop)\s+(?:bhyt\s+|tien\s+|le\s+)?(?:tung thang|hang thang|theo thang|moi thang mot lan|thang mot lan|(?:3|6|12|ba|sau) thang (?:1|mot) lan)\b|\b(?:pay|paid|paying|pay for it)\b[^.?]{0,40}\b(?:month by month|monthly|every month|each month|a month at a time|one month at a time)\b|\b(?:buy|pay|get)\b[^.?]{0,50}\b(?:for |just |only )*(?:1|one|a single) month\b(?!s)|\b(?:mua|dong)\b[^.?]{0,30}\b(?:1|mot) thang (?:thoi|duoc|dc)\b|\b(?:mua|dong) (?:bhyt |the |bao hiem (?:y te )?)?(?:chi |rieng )?(?:1|mot) thang (?:bhyt |thoi |(?:cua )?thang \d+ )?(?:duoc|dc|co duoc)\b|\bchia (?:ra )?(?:lam )?(?:may|nhieu|\d|hai|ba) (?:dot|lan|ky)\b|\b(?:1|mot) lan (?:12|ca) (?:thang|nam) hay chia (?:ra|nho)\b|\btra gop\b|\b(?:pay|paid|paying) in (?:installments|instalments|parts)\b/;
const WHETHER =
  /\b(?:duoc khong|dc khong|duoc ko|duoc k|dc ko|dc k|co duoc|co the|hay (?:bat buoc|phai|la|chia)|bat buoc|phai dong (?:ca|het|1|mot) nam|can (?:i|we|you|one)|could (?:i|we)|is it possible|allowed|is it ok|or (?:must|do|does|only|is it|a whole|the whole|for a whole))\b/;

/** True when a message asks whether a card can be paid month by month (it cannot: 3, 6 or 12 months at a time). */
export function asksPaymentPeriod(message: string): boolean {
  const folded = ` ${foldWords(message)} `;
  return BY_THE_MONTH.test(folded) && WHETHER.test(folded);
}

// "đóng 3 tháng được không", "can I pay for 6 months?": whether one of the periods is allowed.
const PERIOD_ALLOWED =
  /\b(?:dong|mua|nop) (?:3|6|12|ba|sau|muoi hai) thang (?:duoc|dc) (?:khong|ko|k|hong)\b|\b(?:pay|buy) (?:for )?(?:just |only )?(?:3|6|12|three|six|twelve) months\b|\b(?:dong|nop|mua) (?:tung|theo|moi|hang) (?:quy|6 thang|nua nam)\b|\b(?:pay|paying) (?:quarterly|every (?:3|three|6|six) months|by the quarter|each quarter|half[- ]yearly)\b/;

/** True when a message asks whether a card may be paid for 3, 6 or 12 months. */
export function asksPeriodAllowed(message: string): boolean {
  return PERIOD_ALLOWED.test(` ${foldWords(message)} `);
}

// "đóng tối thiểu mấy tháng", "ít nhất bao nhiêu tháng", "what is the minimum number of months": the shortest payment.
const SHORTEST =
  /\b(?:toi thieu|it nhat|ngan nhat)\b(?:\s\w+){0,3}?\s(?:may|bao nhieu|mat) thang\b|\b(?:may|bao nhieu) thang (?:toi thieu|it nhat)\b|\bminimum (?:number of )?months?\b|\b(?:fewest|shortest|least) (?:number of )?months?\b/;

// "mua 1 tháng bao nhiêu", "I want to buy one month, how much?": a single month, which is never sold alone.
const ONE_MONTH_BOUGHT =
  /\b(?:mua|buy|get)\b(?: (?:bhyt|the|bao hiem(?: y te)?|health insurance|insurance|cover))?(?: (?:for|cho))? (?:just |only |chi )?(?:1|mot|one|a single) (?:thang|month)\b(?!s| (?:\d|thang))/;

/** True when a message asks the fewest months one payment may cover (3), or to buy a single month. */
export function asksShortestPeriod(message: string): boolean {
  const folded = ` ${foldWords(message)} `;
  return SHORTEST.test(folded) || ONE_MONTH_BOUGHT.test(folded);
}

const HOUSEHOLD = "contribution.household";
const SURE = 0.9;

/** The household's topic, sure, for a question on how often one pays; undefined otherwise. */
export function paymentPeriodReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (top.intent === "contribution.student") return undefined;
  if (
    !asksPaymentPeriod(message) &&
    !(ONE_MONTH_BOUGHT.test(` ${foldWords(message)} `) && top.intent === "out_of_scope")
  )
    return undefined;
  return { ...top, intent: HOUSEHOLD, confidence: Math.max(top.confidence, SURE) };
}
