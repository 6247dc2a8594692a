import type { StatedCase } from "./stated-cases.ts";

// "em mới đổi cty từ tháng 11 mà vssid vẫn hiện cty cũ, hạn tới 31/10", "new job since November but the app still shows
// my old company's card": a new employer that has not registered the worker yet…
const NEW_EMPLOYER =
  /\b(?:doi cty|doi cong ty|chuyen cty|chuyen cong ty|cty moi|cong ty moi|viec moi|new (?:job|employer|company)|changed (?:jobs?|companies|employer))\b/;
const STILL_OLD_CARD =
  /\b(?:van hien (?:cty|cong ty|the) cu|van (?:la|hien) (?:cty|cong ty) cu|chua bao tang|chua (?:dong|gia han|cap) (?:the|bhyt)|the chua (?:gia han|co)|still (?:shows?|says|has) (?:my |the )?old|not (?:registered|reported) (?:me )?yet|hasn t registered|has not registered)\b/;
const PENDING_WORDS = 60;

/** The worker keeps one card number; it runs on when the new employer registers and pays; care meanwhile. */
export const NEW_EMPLOYER_PENDING: StatedCase = {
  maxWords: PENDING_WORDS,
  needs: [NEW_EMPLOYER, STILL_OLD_CARD],
  key: "new_employer_pending",
  next: ["benefit.direct_reimbursement", "card.job_transition", "contact.hotline"],
  topic: "card.job_transition",
};
