import type { StatedCase } from "./stated-cases.ts";

// "làm sao e biết cty có đóng bhyt cho e thật ko", "how can I check my employer really pays my insurance": whether
// the employer pays, checked by the worker.
const HOW_TO_KNOW =
  /\b(?:lam sao|sao|lam the nao|the nao|cach nao|bang cach nao|o dau)\b[^.?!]{0,20}\b(?:biet|kiem tra|xem|check|tra cuu)\b|\bhow (?:can|do|could) (?:i|we) (?:know|check|see|find out|verify)\b|\b(?:kiem tra|check|verify|tra cuu)\b/;
const EMPLOYER_PAYS =
  /\b(?:cong ty|cty|co quan|chu|employer|company|boss)\b[^.?!]{0,15}\b(?:co |da |that |really )?(?:dong|dong bhyt|dong bao hiem|pay|pays|paid|paying)\b/;
const PAID_CHECK_WORDS = 30;

/** How a worker checks that the employer really pays: the card and the payment record in VssID, or BHXH. */
export const EMPLOYER_PAID_CHECK: StatedCase = {
  maxWords: PAID_CHECK_WORDS,
  needs: [HOW_TO_KNOW, EMPLOYER_PAYS],
  key: "employer_paid_check",
  next: ["card.lookup", "vssid.install_register", "contact.hotline"],
  topic: "contribution.employee",
};
