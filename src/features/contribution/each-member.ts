import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { insuredSalaryOf } from "../../nlu/slots/salary.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { pupilCard } from "./other-cards.ts";

// "mỗi người đóng bao nhiêu", "what does each of us pay": every member's card, not the household's sum alone.
const EACH_ASKED =
  /\b(?:moi nguoi|tung nguoi|moi thanh vien|tung thanh vien|each of us|each person|each one of us|what does each|everyone pays?)\b/;

/** Whether a message asks what each member pays ("mỗi người đóng bao nhiêu", "what does each of us pay"). */
export const asksEachMember = (text: string): boolean => EACH_ASKED.test(` ${foldWords(text)} `);

/**
 * Beside a household's sum asked for "each of us": the writer's own share of an employee's card when the message gives
 * the salary it is paid on ("lương đóng BHXH 7 triệu": 1.5%, the employer 3%), and the price of the pupils' cards at
 * school when pupils are said to be at school (a child taken as a pupil by age has its own note). Empty otherwise.
 */
export function eachMemberNotes(turn: Turn, draft: CalcDraft, household: ContributionResult): TextRef[] {
  if (household.input.group !== "household" || !asksEachMember(turn.text)) return [];
  const pupils = (draft.pupils ?? 0) > 0 && !draft.schoolAges ? [pupilPrice(turn, household)] : [];
  // ("ck e làm cty lương 10tr, e bán quán": the one employed is a relative, not the writer.)
  const key = RELATIVE_EMPLOYED.test(` ${foldWords(turn.text)} `) ? "common:calc.note.deduction" : undefined;
  return [...employeeShare(turn, household.input.date, key), ...pupils];
}
const RELATIVE_EMPLOYED =
  /\b(?:chong|ck|vo|vk|bo|ba|me|con|anh|chi|husband|wife|son|daughter|father|mother|dad|mum|mom)\b(?: \w+){0,2} (?:lam (?:cty|cong ty|cong nhan|o cty|o cong ty|nha nuoc)|di lam|works? (?:for|at|in))\b/;

// "tháng chồng bị trừ bao nhiêu", "how much is taken from his salary": the employee's own share asked.
const DEDUCTION_ASKED =
  /\b(?:bi tru|tru (?:vao )?luong|(?:cty|cong ty|co quan) tru|deducted|taken (?:off|out of|from) (?:his|her|my) (?:pay|salary|wage))\b/;

/**
 * "chồng làm cty lương 15tr…, tháng chồng bị trừ bao nhiêu, còn e với mẹ chồng mua bhyt hết bn": the employee's share
 * of the salary said, beside the household's sum or its question. Empty when no deduction is asked.
 */
export function deductionAsked(turn: Turn): TextRef[] {
  if (!DEDUCTION_ASKED.test(` ${foldWords(turn.text)} `)) return [];
  return employeeShare(turn, turn.today, "common:calc.note.deduction");
}

function employeeShare(turn: Turn, date: string, key = "common:calc.note.each_employee"): TextRef[] {
  const folded = foldForSlots(turn.text);
  // "tôi lương 8 triệu, vợ làm công nhân lương 6 triệu": each employee's share, said of each of them.
  const each = folded
    .split(/[,;]|\. | va | voi | and /)
    .filter((clause) => SALARY_SAID.test(clause))
    .map((clause) => insuredSalaryOf(clause))
    .filter((salary): salary is number => salary !== undefined);
  if (each.length > 1) return each.map((salary) => employeeShareLine(turn, salary, date, DEDUCTION));
  const salary = insuredSalaryOf(folded);
  return salary === undefined ? [] : [employeeShareLine(turn, salary, date, key)];
}
const SALARY_SAID = /\b(?:luong|salary|wage|earns?|earning)\b/;
const DEDUCTION = "common:calc.note.deduction";

/** An employee's share of `salary` (1.5%, the employer's 3%) on `date`, as the `key` line says it. */
export function employeeShareLine(turn: Turn, salary: number, date: string, key: string): TextRef {
  const employee = calculateContribution(turn.content.policy, {
    group: "employee",
    date,
    months: 12,
    salary,
  }).employee!;
  return t(key, {
    salary: vnd(employee.contributionSalary),
    own: vnd(employee.employee.month),
    ownYear: vnd(employee.employee.period),
    employer: vnd(employee.employer.month),
  });
}

function pupilPrice(turn: Turn, household: ContributionResult): TextRef {
  const pupil = pupilCard(turn, household.input.date, household.input.province);
  if (pupil.person.period === 0) return t("common:calc.note.pupil_price_free");
  return t("common:calc.note.pupil_price", { months: 12, pupil: vnd(pupil.person.period) });
}
