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

// "1 tháng thì sao", "what about one month?": the price of a single month, which cannot be paid alone.
const ONE_MONTH_ASKED =
  /^\s*(?:(?:con|vay|the|and|what about|how about)\s+)?(?:1|mot|one|a single) (?:thang|month)\b(?: \w+){0,2}?\s*(?:thi sao|thi bn|thi bao nhieu|bao nhieu|bn|how much|then)?\s*$/;

/**
 * "đóng hàng tháng được không", "and if we pay every month?" after a sum: no, one payment covers 3, 6 or 12 months;
 * the 3-month payment is shown. Undefined for any other message.
 */
export function answerPaysMonthly(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // An employee's share is taken from each month's salary; a state-paid card has nothing to pay.
  const paysForPeriods = HOUSEHOLD_GROUPS.has(before.group ?? "") || before.group === "student";
  if (!paysForPeriods || turn.text.trim().split(/\s+/).length > MAX_WORDS) return undefined;
  const mayPay = PAYING.test(folded) && MONTHLY.test(folded) && MAY_WE.test(folded);
  if (!mayPay && !ONE_MONTH_ASKED.test(folded)) return undefined;
  const sum = continueCalc(turn, { ...before, months: 3 });
  return { ...sum, replies: [text(t("common:calc.note.pays_monthly")), ...sum.replies] };
}
