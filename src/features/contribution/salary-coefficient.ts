import { t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { continueCalc } from "./calc-flow.ts";

// "lương hệ số 2,34", "hệ số lương 3.0": a civil servant's salary said as a multiple of the base salary.
const COEFFICIENT = /\bhe so(?: luong)?(?: (?:la|cua (?:toi|em|minh)))? (\d{1,2}(?:[.,]\d{1,2})?)\b/;
const WORDS = 40;
// Coefficients on the state's salary scales run from about 1 to 10.
const LOWEST = 1;
const HIGHEST = 10;

/**
 * "Tôi làm công chức xã, lương hệ số 2,34, đóng BHYT bao nhiêu": the salary is the coefficient × the base salary in
 * force, and an employee's split applies to it (allowances paid on are added by the employer). Undefined otherwise.
 */
export function answerSalaryCoefficient(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > WORDS || !asksHowMuch(turn.text)) return undefined;
  const said = COEFFICIENT.exec(foldForSlots(turn.text));
  const coefficient = said ? Number(said[1]!.replace(",", ".")) : Number.NaN;
  if (!(coefficient >= LOWEST && coefficient <= HIGHEST)) return undefined;
  const base = parameterAt(turn.content.policy, "base_salary", { date: turn.today }).value;
  const salary = Math.round(coefficient * base);
  const note = t("common:salary_coefficient", { coefficient, base: vnd(base), salary: vnd(salary) });
  return continueCalc(turn, { group: "employee", salary, months: 12 }, [text(note)]);
}
