import { foldWords } from "../core/fold.ts";
import type { Outcome, Turn } from "./handler.ts";
import { showMore } from "./show-more.ts";

// Questions whose answer is in an answer's details, not in its first block: the details come first.
const DETAILS_FIRST: Readonly<Record<string, RegExp>> = {
  // "thẻ bị gián đoạn 2 tháng thì có mất 5 năm liên tục không": the gap rule.
  "benefit.five_year_continuous":
    /\b(?:gian doan|dut quang|dut|ngat quang|bo cach|khong lien tuc|tre han|qua han|gap|lapsed?|break|interrupted|missed)\b/,
  // "sắp nghỉ thai sản thì ai đóng bhyt cho em": BHXH pays during maternity leave and long sick leave.
  "card.job_transition": /\b(?:thai san|nghi de|nghi sinh|om dai ngay|maternity|sick leave|parental leave)\b/,
  // "nghe nói gia hạn bhyt trên vneid được": VNeID's renewal item sends a request; it does not take the payment.
  "enroll.online_payment": /\bvneid\b/,
};

/** An answer's details first when the question is about what only the details say. */
export function answerDetailsFirst(turn: Turn, intent: string): Outcome | undefined {
  const asks = DETAILS_FIRST[intent];
  return asks?.test(` ${foldWords(turn.text)} `) ? showMore(turn, intent) : undefined;
}
