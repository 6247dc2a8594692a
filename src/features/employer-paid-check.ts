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

// "vssid có xem được quá trình đóng bhyt không", "can I see my payment history in VssID": the months paid, in the app.
const IN_VSSID = /\b(?:vssid|app|ung dung)\b/;
const HISTORY_ASKED =
  /\b(?:qua trinh (?:dong|tham gia)|lich su (?:dong|tham gia)|(?:da )?dong (?:duoc )?(?:nhung |bao nhieu )?thang nao|payment history|contribution history|participation (?:history|record)|history of (?:my )?(?:payments?|contributions?)|(?:which|what) months (?:i|we) (?:have )?paid)\b/;

/** The months paid, as the VssID app lists them (the participation record), and where to ask when one is missing. */
export const PAYMENT_HISTORY: StatedCase = {
  maxWords: PAID_CHECK_WORDS,
  needs: [IN_VSSID, HISTORY_ASKED],
  key: "payment_history",
  next: ["vssid.install_register", "card.lookup", "contact.hotline"],
  topic: "vssid.show_card",
};
