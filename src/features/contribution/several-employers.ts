import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { worksForSeveralEmployers } from "../../nlu/several-employers.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { amountOf } from "../../nlu/slots/salary.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { CALC_FLOW, type CalcDraft } from "./calc-draft.ts";
import { employeeShareLine } from "./each-member.ts";

// "cty B trừ rồi thì đòi lại sao", "how do I get the second deduction back": money taken twice, asked back.
const REFUND_ASKED =
  /\b(?:doi lai|hoan lai|lay lai|tra lai|tru trung|dong trung|refund\w*|get (?:it|the money|that) back|paid twice|deducted twice)\b/;
const EMPLOYER = /\b(?:cty|cong ty|cong ty b|employer|company)\b/;
const REFUND_WORDS = 25;
const EMPLOYEE = "contribution.employee";
const DEDUCTION = "common:calc.note.deduction";

/**
 * "làm 2 công ty thì đóng bhyt mấy lần": health insurance is paid once, on the contract with the highest salary
 * (Law on Health Insurance, Art. 13 cl. 2; Decision 595/QĐ-BHXH, Art. 42 cl. 1); with the salaries said, the share of
 * the highest, and how the other deduction comes back when asked. Undefined otherwise.
 */
export function answerSeveralEmployers(turn: Turn): Outcome | undefined {
  if (!worksForSeveralEmployers(turn.text)) return undefined;
  const highest = highestSalary(turn.text);
  const share = highest ? [employeeShareLine(turn, highest, turn.today, DEDUCTION)] : [];
  const refund = REFUND_ASKED.test(` ${foldWords(turn.text)} `) ? [t("common:several_employers_refund")] : [];
  // (The highest salary is kept as an employee's sum, so "vậy e bị trừ bao nhiêu" next is that share.)
  const flow = highest
    ? { flow: { id: CALC_FLOW, data: { group: "employee", salary: highest, months: 12 } } }
    : {};
  return {
    replies: [text(t("common:several_employers"), ...share, ...refund)],
    session: { lastIntent: EMPLOYEE, misses: 0, ...flow },
  };
}

/**
 * After an employee's sum, "vậy e bị trừ bao nhiêu, cty B trừ rồi thì đòi lại sao": the share of the salary kept (when
 * asked) and how the money taken twice comes back.
 */
export function answerDoubleDeductionRefund(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const short = turn.text.trim().split(/\s+/).length <= REFUND_WORDS;
  if (before.group !== "employee" || !short || !REFUND_ASKED.test(folded) || !EMPLOYER.test(folded))
    return undefined;
  const share =
    before.salary && asksHowMuch(turn.text)
      ? [employeeShareLine(turn, before.salary, turn.today, DEDUCTION)]
      : [];
  return {
    replies: [text(...share, t("common:several_employers_refund"))],
    session: { ...turn.session, lastIntent: EMPLOYEE, misses: 0 },
  };
}

// "cty A lương 8tr, cty B lương 6tr": the highest of the salaries said, one per clause.
function highestSalary(message: string): number | undefined {
  const amounts = foldForSlots(message)
    .split(/[,;.]| va | voi | and | while | but /)
    .map((clause) => amountOf(clause))
    .filter((amount): amount is number => amount !== undefined);
  return amounts.length > 0 ? Math.max(...amounts) : undefined;
}
