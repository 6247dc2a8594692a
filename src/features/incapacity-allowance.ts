import type { StatedCase } from "./stated-cases.ts";

// "bà e 76t lãnh trợ cấp mất sức lao động hằng tháng", "gets a monthly loss-of-working-capacity allowance": someone on
// the monthly allowance for lost working capacity, whose card social insurance pays.
const INCAPACITY =
  /\b(?:tro cap mat suc(?: lao dong)?|mat suc lao dong hang thang|loss[- ]of[- ]working[- ]capacity (?:allowance|benefit)|incapacity (?:allowance|benefit))\b/;
const PAYER_ASKED =
  /\b(?:phai (?:mua|dong)|co (?:phai|can) (?:mua|dong)|ai dong|ai tra|nha nuoc|mien|may phan tram|bao nhieu phan tram|(?:have|need) to (?:buy|pay)|who pays|what percent\w*|how much)\b/;
const INCAPACITY_WORDS = 45;

/** On the monthly allowance for lost working capacity: social insurance pays the card, at 95% (Law 51 Art. 12, 22). */
export const INCAPACITY_ALLOWANCE: StatedCase = {
  maxWords: INCAPACITY_WORDS,
  needs: [INCAPACITY, PAYER_ASKED],
  key: "incapacity_allowance",
  next: ["benefit.levels", "card.lookup", "contact.hotline"],
  topic: "contribution.elderly_social",
};
