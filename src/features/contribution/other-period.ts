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
 * Under a sum, the same sum for another period the message asks in the same breath ("còn 6 tháng thì bao nhiêu").
 * Undefined when the message names only the period worked out.
 */
export function otherPeriodNote(turn: Turn, result: ContributionResult): TextRef | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const asked = [
    ...[...folded.matchAll(PERIOD)].map((m) => Number(m[1]) as PaymentMonths),
    ...(A_YEAR.test(folded) ? [12 as const] : []),
  ];
  const other = asked.find((months) => PERIODS.has(months) && months !== result.input.months);
  if (other === undefined || result.input.group === "employee") return undefined;
  const again = calculateContribution(turn.content.policy, { ...result.input, months: other });
  return t("common:calc.note.other_period", { months: other, total: vnd(again.person.period) });
}
