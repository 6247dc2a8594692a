import type { StatedCase } from "./stated-cases.ts";

// "em đã nộp hồ sơ trợ cấp thất nghiệp, tháng 1 mới bắt đầu hưởng. vậy tháng 12 này em có cần mua không": the months
// between a work card's end and the unemployment benefit's start…
const BENEFIT_LATER =
  /\b(?:tro cap that nghiep|tctn|bao hiem that nghiep|unemployment (?:benefit|allowance|pay))\b(?: \w+){0,8}? (?:moi (?:bat dau )?(?:huong|nhan|co)|chua (?:duoc )?(?:huong|nhan|duyet)|dang cho|cho duyet|starts?|begins?|from next month|not yet|has not started|hasn t started|pending)\b/;
// …and whether to buy a card for them.
const BUY_MEANWHILE =
  /\b(?:co (?:can|phai) (?:mua|dong)|can (?:mua|dong) (?:khong|ko|k)|mua (?:\w+ ){0,3}(?:khong|ko|k)|(?:should|do|must) i (?:buy|get|pay)|need to (?:buy|get|pay)|what about (?:the )?(?:gap|months? before)|in the meantime|meanwhile)\b/;
const PENDING_WORDS = 60;

/** Between a work card's end and the unemployment benefit: who pays from when, and buying for the gap. */
export const UNEMPLOYMENT_PENDING: StatedCase = {
  maxWords: PENDING_WORDS,
  needs: [BENEFIT_LATER, BUY_MEANWHILE],
  key: "unemployment_pending",
  next: ["contribution.household", "card.job_transition", "enroll.where"],
  topic: "card.job_transition",
  uses: ["full_month"],
};
