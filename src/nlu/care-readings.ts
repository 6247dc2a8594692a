import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

const REIMBURSED = "benefit.direct_reimbursement";
const REFERRAL = "benefit.referral";
// "đã trả hết 1 triệu 2 rồi, có đòi lại được phần bhyt không", "I paid the whole bill, can I get the insurance's share
// back": the share the card should have paid, claimed after paying it all (not a premium paid twice).
const CLAIMS_BACK =
  /\b(?:doi lai|xin lai|lay lai|hoan lai|nhan lai|get (?:it|the money|my money|the share) back|claim (?:it )?back|reclaim)\b/;
const BILL_PAID =
  /\b(?:tra het|da tra|tu tra|vien phi|tien kham|chi phi kham|paid (?:the )?(?:whole|full|entire)|paid (?:it )?(?:all|in full|cash)|bill)\b/;
// "Can I go to Cho Ray hospital with my BHYT card?", "lên bệnh viện Chợ Rẫy khám bằng thẻ bhyt được không".
const GOES_TO_HOSPITAL =
  /\b(?:go to|see a doctor at|be treated at|di kham|len|xuong|ra|kham o|kham tai)\b(?: \w+){0,5}? (?:hospital|benh vien|bv)\b/;
const WITH_CARD = /\b(?:card|the|bhyt|insurance)\b/;
// (A private or international hospital is whether the card is taken there at all: another question.)
const PRIVATE = /\b(?:tu nhan|benh vien tu|bv tu|phong kham tu|private|international|quoc te)\b/;
const CAN = /\b(?:can i|could i|can we|may i|co duoc|duoc khong|dc ko|duoc ko|dc khong|co dung duoc)\b/;

/**
 * Care readings the words of a story pull elsewhere: a bill paid in full whose card's share is claimed back is the
 * direct reimbursement; whether one may go to a named hospital with the card is the referral rules', when that reading
 * is among the likeliest. Undefined otherwise.
 */
export function careReading(
  message: string,
  top: ScoredIntent,
  others: readonly ScoredIntent[],
): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  const likeliest = [top, ...others.slice(0, 2)].map((r) => r.intent);
  if (CLAIMS_BACK.test(folded) && BILL_PAID.test(folded) && !top.intent.startsWith("enroll."))
    return { ...top, intent: REIMBURSED };
  if (
    likeliest.includes(REFERRAL) &&
    CAN.test(folded) &&
    GOES_TO_HOSPITAL.test(folded) &&
    !PRIVATE.test(folded) &&
    WITH_CARD.test(folded)
  )
    return { ...top, intent: REFERRAL };
  return undefined;
}
