import { closesConversation } from "../features/acknowledge.ts";
import { CALC_FLOW, draftFromSession } from "../features/contribution/calc-draft.ts";
import { answerCalcFollowUp } from "../features/contribution/calc-follow-up.ts";
import { answerNearPoorRelatives } from "../features/contribution/near-poor-relatives.ts";
import { onNearPoorStudent } from "../features/contribution/near-poor-student.ts";
import { answerCountedInTotal, answerPricedTotal } from "../features/contribution/priced-sums.ts";
import { answerStudentHasCard } from "../features/contribution/student-has-card.ts";
import type { Outcome, Turn } from "../features/handler.ts";
import { answerNewCardSpan } from "../features/new-card-dates.ts";
import { asksMaternityPay } from "../features/stated-cases.ts";
import { asksHowMuch } from "../features/typed-lexicon.ts";
import { answerFigureConfirmed, answerTypedSum } from "../features/typed-sum.ts";
import { asksToShareCard } from "../nlu/family-card.ts";
import { billGiven } from "../nlu/visit-bill.ts";
import { totalOfLastSum } from "./suspended-flow.ts";

/**
 * After a result: "còn 6 tháng?" or "thế 3 người thì sao" redoes the sum with what changed, "vậy tổng cả nhà" adds
 * up the sums of the conversation. (A pupil's card already held is said first; a near-poor student's follow-up is
 * theirs; maternity pay is no sum's follow-up; amounts the user adds or reads back are checked, not summed again; a new
 * card's days asked are given; "thôi cảm ơn" ends it.) Undefined when the message is none of these.
 */
export function answerAfterSum(turn: Turn): Outcome | undefined {
  // ("mẹ tôi nằm viện hết 4 triệu thì mẹ trả bao nhiêu, thẻ cận nghèo?": a bill's share, no sum's follow-up.)
  if (asksMaternityPay(turn.text) || closesConversation(turn.text) || billGiven(turn.text)) return undefined;
  // ("chồng với bé có dùng được thẻ công ty của mình không": whether one card covers others, no sum.)
  // (After an employee's own sum, the family's answer comes with the price of their own card: the sum's follow-up.)
  const employees =
    turn.session.flow?.id === CALC_FLOW && draftFromSession(turn.session.flow.data).group === "employee";
  if (!employees && asksToShareCard(turn.text) && !asksHowMuch(turn.text)) return undefined;
  return (
    answerTypedSum(turn) ??
    answerFigureConfirmed(turn) ??
    (turn.session.flow?.awaiting ? undefined : answerNewCardSpan(turn)) ??
    answerPricedTotal(turn) ??
    answerCountedInTotal(turn) ??
    answerStudentHasCard(turn) ??
    answerNearPoorRelatives(turn) ??
    (onNearPoorStudent(turn) ? undefined : answerCalcFollowUp(turn)) ??
    totalOfLastSum(turn, answerCalcFollowUp)
  );
}
