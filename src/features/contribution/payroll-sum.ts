import { foldWords } from "../../core/fold.ts";
import { t, text, withLines } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { amountOf } from "../../nlu/slots/salary.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { employeeBasis } from "./calc-employee-reply.ts";

// "cty có 5 nhân viên lương 7tr5, 9tr, 10tr…", "our 3 staff earn 8, 10 and 12 million": an employer's staff, each with
// a salary.
const STAFF = /\b(?:nhan vien|nguoi lao dong|cong nhan|lao dong|employees?|staff|workers?)\b/;
const EMPLOYER_ASKS =
  /\b(?:cty|cong ty|doanh nghiep|chu|co so|xuong|employer|company|business|we|i)\b[^.?!]{0,40}\b(?:dong|phai dong|tra|nop|pay|contribute|cost)\b|\b(?:tong|total|in total|altogether)\b/;
const SALARY_LIST_JOIN = /\s*(?:,|;|\bva\b|\band\b|&|\+)\s*/;
// The least a salary is: amounts below it are no monthly wage ("3 tháng", "5 người").
const LEAST_SALARY = 1_000_000;
const PAYROLL_WORDS = 60;
const MOST_SALARIES = 30;

// The salaries a message lists, in order (two or more), or undefined.
function salariesListed(folded: string): number[] | undefined {
  const amounts = folded
    .split(SALARY_LIST_JOIN)
    .map((part) => amountOf(part))
    .filter((amount): amount is number => amount !== undefined && amount >= LEAST_SALARY);
  return amounts.length >= 2 && amounts.length <= MOST_SALARIES ? amounts : undefined;
}

/**
 * "Công ty có 5 nhân viên lương 7tr5, 9tr, 10tr, 12tr, 20tr, 1 tháng công ty đóng BHYT tổng bao nhiêu": each
 * employee's 4.5% split 3% / 1.5% on their salary (capped), and the totals. Undefined for other messages.
 */
export function answerPayroll(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > PAYROLL_WORDS || !asksHowMuch(turn.text)) return undefined;
  const words = ` ${foldWords(turn.text)} `;
  if (!STAFF.test(words) || !EMPLOYER_ASKS.test(words)) return undefined;
  const salaries = salariesListed(foldForSlots(turn.text));
  if (!salaries) return undefined;
  const sums = salaries.map((salary) =>
    calculateContribution(turn.content.policy, { group: "employee", date: turn.today, months: 12, salary }),
  );
  const lines = sums.map((r) =>
    t("common:payroll.line", {
      salary: vnd(r.input.salary!),
      employer: vnd(r.employee!.employer.month),
      employee: vnd(r.employee!.employee.month),
    }),
  );
  const total = (pick: (r: (typeof sums)[number]) => number) =>
    vnd(sums.reduce((sum, r) => sum + pick(r), 0));
  return {
    replies: [
      text(
        withLines(t("common:payroll.head", { count: sums.length }), lines),
        t("common:payroll.total", {
          employer: total((r) => r.employee!.employer.month),
          employee: total((r) => r.employee!.employee.month),
          all: total((r) => r.total.month),
        }),
        employeeBasis(sums[0]!),
      ),
    ],
    session: { lastIntent: "contribution.employee", misses: 0 },
  };
}
