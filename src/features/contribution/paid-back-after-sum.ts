import { foldWords } from "../../core/fold.ts";
import { answerIntent } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

// "nếu mua rồi mà tháng sau xã duyệt trợ cấp thì tiền đã đóng có được trả lại không" after a sum: the money paid
// for the card asked back (alone, its words about allowances read as outside health insurance).
const PAID_BACK =
  /\b(?:tien (?:da )?(?:dong|mua)|da (?:dong|mua)|dong roi|mua roi|paid|already bought)\b[^.?!]{0,40}\b(?:tra lai|hoan lai|hoan tien|lay lai|refund\w*|money back|get (?:it|the money) back)\b/;
const REFUND = "contribution.refund";
const PAID_BACK_WORDS = 35;

/** After an answer about paying, the money paid asked back: the refund topic's answer. Undefined otherwise. */
export function answerPaidBackAfterSum(turn: Turn): Outcome | undefined {
  if (!turn.session.lastIntent?.startsWith("contribution.")) return undefined;
  if (turn.text.trim().split(/\s+/).length > PAID_BACK_WORDS) return undefined;
  if (!PAID_BACK.test(` ${foldWords(turn.text)} `)) return undefined;
  return { replies: [answerIntent(turn, REFUND)], session: { lastIntent: REFUND, misses: 0 } };
}
