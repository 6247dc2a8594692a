import { choices, t, text } from "../../core/reply.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { asksPaymentPeriod, asksPeriodAllowed } from "../../nlu/payment-period.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { answerIntent, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

const STUDENT = "contribution.student";

/**
 * "đóng từng tháng được không hay phải đóng cả năm": a household card is paid 3, 6 or 12 months at a time, never
 * month by month; one person's price for each. Undefined unless the message asks how often one pays.
 */
export function answerPaymentPeriod(turn: Turn): Outcome | undefined {
  if (!asksPaymentPeriod(turn.text)) return undefined;
  // A family told and its total asked too ("vợ chồng và 3 con… tổng bao nhiêu 1 năm, đóng 6 tháng một lần được
  // không"): the sum answers it, with the payment periods beside it.
  if ((householdSizeOf(foldForSlots(turn.text)) ?? 0) >= 2 && asksHowMuch(turn.text)) return undefined;
  // (After the students' answer, the periods are the school's: the student's own share for each.)
  const student = turn.session.lastIntent === STUDENT;
  const priceFor = (months: 3 | 6 | 12) =>
    calculateContribution(turn.content.policy, {
      group: student ? "student" : "household",
      date: turn.today,
      months,
      members: 1,
    });
  const vars = {
    three: vnd(priceFor(3).person.period),
    six: vnd(priceFor(6).person.period),
    twelve: vnd(priceFor(12).person.period),
  };
  return {
    replies: [
      choices(
        [t(student ? "common:payment_period_student" : "common:payment_period", vars)],
        [intentChoice("enroll.where"), intentChoice("enroll.online_payment")],
      ),
    ],
    session: { lastIntent: student ? STUDENT : "contribution.household", misses: 0 },
  };
}

/** "cần giấy tờ gì, đóng 3 tháng được không": the answer asked, and yes to the period (3, 6 or 12 months). */
export function answerPeriodAllowed(turn: Turn, intent: string): Outcome | undefined {
  if (!asksPeriodAllowed(turn.text)) return undefined;
  return {
    replies: [answerIntent(turn, intent), text(t("common:periods_allowed"))],
    session: { lastIntent: intent, misses: 0 },
  };
}
