import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";
import { type CalcDraft, HOUSEHOLD_GROUPS } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";

const MAX_WORDS = 16;
const PAYING = /\b(?:dong|nop|tra|pay|paying|paid)\b/;
const MONTHLY =
  /\b(?:hang thang|moi thang|tung thang|theo thang|(?:chi |mot |1 )thang(?: mot| 1)?(?! (?:\d|thang))|every month|monthly|each month|month by month|(?:only |just )?(?:one|1|a single) month)\b/;
// "được không", "can we", "if we", "or only": whether it may be paid so, not what one month costs.
const MAY_WE =
  /\b(?:duoc khong|duoc ko|duoc k|dc khong|dc ko|dc k|co duoc|co the|(?:can|could) (?:we|i)|if (?:we|i)|is it possible|possible|allowed|or only)\b/;

/**
 * "đóng hàng tháng được không", "and if we pay every month?" after a sum: no, one payment covers 3, 6 or 12 months;
 * the 3-month payment is shown. Undefined for any other message.
 */
export function answerPaysMonthly(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // An employee's share is taken from each month's salary; a state-paid card has nothing to pay.
  const paysForPeriods = HOUSEHOLD_GROUPS.has(before.group ?? "") || before.group === "student";
  if (!paysForPeriods || turn.text.trim().split(/\s+/).length > MAX_WORDS) return undefined;
  if (!PAYING.test(folded) || !MONTHLY.test(folded) || !MAY_WE.test(folded)) return undefined;
  const sum = continueCalc(turn, { ...before, months: 3 });
  return { ...sum, replies: [text(t("common:calc.note.pays_monthly")), ...sum.replies] };
}
