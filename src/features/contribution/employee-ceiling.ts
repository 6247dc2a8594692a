import { foldWords } from "../../core/fold.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { amountOf } from "../../nlu/slots/salary.ts";
import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, type CalcDraft, draftFromSession } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";
import { answerSeveralEmployers } from "./several-employers.ts";

// "mức đóng tối đa", "đóng nhiều nhất", "the most an employee pays": the sum at the salary ceiling.
const MOST = /\b(?:toi da|cao nhat|nhieu nhat|tran|maximum|max|the most|highest|cap)\b/;
// Any salary above the ceiling (20 times the base) is counted at the ceiling by the calculator.
const ABOVE_ANY_CEILING = 10_000_000_000;
const PAYS = /\b(?:pay|pays|paid|contribution|dong)\b/;

/**
 * "mức đóng bhyt tối đa của người lao động là bao nhiêu": the employee's sum at the salary ceiling; two labour contracts
 * are answered first, since "cao nhất" there names the contract paid on, not a maximum asked.
 */
export function answerEmployeeCeiling(turn: Turn, intentId: string): Outcome | undefined {
  if (intentId !== "contribution.employee") return undefined;
  const several = answerSeveralEmployers(turn);
  if (several || turn.understanding?.slots.salary !== undefined) return several;
  const folded = ` ${foldWords(turn.text)} `;
  // ("what's the most an employee can pay" asks an amount without "how much".)
  if (!MOST.test(folded) || !(asksHowMuch(turn.text) || PAYS.test(folded))) return undefined;
  return continueCalc(turn, { group: "employee", salary: ABOVE_ANY_CEILING, months: 12 });
}

const EMPLOYEE = /\b(?:employees?|workers?|staff|nguoi lao dong|nld|cong nhan|nhan vien|di lam cong ty)\b/;

/** "What's the most an employee can pay for health insurance?", however sure the topic was read: the ceiling's sum. */
export function answerEmployeeCeilingAsked(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // (A salary said is that salary's sum, which the employees' answer works out.)
  if (!EMPLOYEE.test(folded) || /\d/.test(folded)) return undefined;
  return answerEmployeeCeiling(turn, "contribution.employee");
}

// "is there a cap?", "có mức trần không", "tối đa bao nhiêu" in a few words after an employee's sum.
const CAP_WORDS = 8;
const CAP_ASKED = /\b(?:tran|muc tran|toi da|maximum|max|(?<!\btro )cap|ceiling|limit|upper limit)\b/;

const AT_ANOTHER_TIME =
  /\b(?:before|after|then|until|since|last|was|were|truoc|sau|nam ngoai|luc do|hoi do|thang|cu)\b/;

/** After an employee's sum, "is there a cap?": the sum at the salary ceiling, which says the cap. */
export function answerCeilingAfterSum(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (before.group !== "employee" || turn.text.trim().split(/\s+/).length > CAP_WORDS) return undefined;
  // ("and what was the cap before July?" is the cap then: salary-cap-then.ts.)
  if (!CAP_ASKED.test(folded) || /\d/.test(folded) || AT_ANOTHER_TIME.test(folded)) return undefined;
  return continueCalc(turn, { ...before, salary: ABOVE_ANY_CEILING });
}

// "lương 60 triệu thì sao" after the employees' answer: an employee's sum at that salary.
const SALARY_WORDS = 10;
const SALARY = /\b(?:luong|salary|earn|earns|thu nhap)\b/;

/** After the employees' topic or an employee's sum, a salary said in a few words: the employee's sum at that salary. */
export function answerSalaryAfterEmployee(turn: Turn): Outcome | undefined {
  // (…the employee's sum still stored, though a side answer on buying as a household came between.)
  const flow = turn.session.flow;
  const stored = flow?.id === CALC_FLOW ? draftFromSession(flow.data).group : undefined;
  if (turn.session.lastIntent !== "contribution.employee" && stored !== "employee") return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > SALARY_WORDS || !SALARY.test(folded)) return undefined;
  const salary = amountOf(foldForSlots(turn.text));
  return salary ? continueCalc(turn, { group: "employee", salary, months: 12 }) : undefined;
}
