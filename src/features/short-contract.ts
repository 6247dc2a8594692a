import { NO_PRICE_ASKED, type StatedCase } from "./stated-cases.ts";

// "Em làm hợp đồng thời vụ 2 tháng thì công ty có phải đóng BHYT không?", "I have a 3-month labour contract. Does my
// employer have to pay health insurance for me?": a contract of some months…
const CONTRACT_OF_MONTHS =
  /\bhop dong(?: lao dong)?(?: thoi vu| ngan han| co thoi han)?(?: \w+){0,2}? (?:[1-9]|1[0-2]|mot|hai|ba) thang\b|\b(?:[1-9]|1[0-2]|one|two|three|six)[- ]month (?:labou?r |fixed[- ]term |seasonal |short[- ]term )?contract\b/;
// …and whether the employer must pay.
const EMPLOYER_MUST =
  /\b(?:cong ty|cty|chu|co quan|noi lam|employer|company|boss)\b(?: \w+){0,3}? (?:co )?(?:phai|bat buoc|must|have to|has to|need to|required to)(?: \w+){0,2}? (?:dong|mua|pay|insure)\b/;

/** A labour contract of one month or more: the employer must pay health insurance (3%, the worker 1.5%). */
export const SHORT_CONTRACT: StatedCase = {
  maxWords: 40,
  // (The deduction asked beside it is the employee's sum: "hợp đồng 3 tháng lương 8 triệu, bị trừ bao nhiêu".)
  needs: [CONTRACT_OF_MONTHS, EMPLOYER_MUST, NO_PRICE_ASKED],
  key: "short_contract_covered",
  next: ["contribution.employee", "contribution.household"],
  topic: "contribution.employee",
};
