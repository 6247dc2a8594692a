import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult, PaymentMonths } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

// "12 tháng bao nhiêu, còn 6 tháng thì bao nhiêu", "for 12 months, and for 6 months": each period asked.
const PERIOD = /\b(3|6|12) (?:thang|th|months?)\b(?! (?:truoc|nay|qua|roi|nua|ago|later|before|old|tuoi))/g;
const PERIODS: ReadonlySet<number> = new Set([3, 6, 12]);
// "1 năm bao nhiêu, 6 tháng thì bao nhiêu", "for a year, and for 3 months": a year is 12 months.
const A_YEAR = /\b(?:1 nam|mot nam|ca nam|(?:a|one|per|for a|a full) year)\b/;

/**
 * Under a sum, the same sum for the other periods the message asks in the same breath ("còn 6 tháng thì bao nhiêu";
 * "3 tháng, 6 tháng, 12 tháng mỗi cái bao nhiêu": each of them). Empty when the message names only the period worked
 * out.
 */
export function otherPeriodNotes(turn: Turn, result: ContributionResult): TextRef[] {
  if (result.input.group === "employee") return [];
  const folded = ` ${foldWords(turn.text)} `;
  const asked = [
    ...[...folded.matchAll(PERIOD)].map((m) => Number(m[1]) as PaymentMonths),
    ...(A_YEAR.test(folded) ? [12 as const] : []),
  ];
  const others = [...new Set(asked)].filter(
    (months) => PERIODS.has(months) && months !== result.input.months,
  );
  return others.map((months) => {
    const again = calculateContribution(turn.content.policy, { ...result.input, months });
    return t("common:calc.note.other_period", { months, total: vnd(again.person.period) });
  });
}
