import { foldWords } from "../../core/fold.ts";
import { choices, t, text } from "../../core/reply.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { answerVarsFor, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

const BUSINESS_OWNER =
  /\b(?:chu ho kinh doanh|ho kinh doanh|kinh doanh ca the|business household|household business)\b/;

const STAFF_ASKED =
  /\b(?:cho (?:nhan vien|nguoi lam|lao dong)|tru luong (?:nhan vien|nguoi lam)|(?:co|thue) (?:\d|mot|hai) (?:nhan vien|nguoi lam|lao dong)|for (?:her|him|them|my (?:employee|worker|staff))|(?:an?|one|two|\d) employees?|from (?:her|his|their) (?:salary|pay|wage))\b/;

/**
 * "chủ hộ kinh doanh, thu nhập 8tr, đóng bao nhiêu, có ai đóng cùng không", read as an employee's question: the owner
 * pays the whole rate on the income declared, with no employer's share; with no income said, the rule before the
 * employee's answer (`general`). Undefined when the writer runs no business household.
 */
export function answerBusinessOwner(
  turn: Turn,
  intentId: string,
  general: () => Outcome,
): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (intentId !== "contribution.employee" || !BUSINESS_OWNER.test(folded)) return undefined;
  // ("chủ hộ kinh doanh, có 1 nhân viên lương 6 triệu, tôi đóng cho nhân viên bao nhiêu": the employer's question,
  // which the employee's sum answers with both shares.)
  if (STAFF_ASKED.test(folded)) return undefined;
  const salary = turn.understanding?.slots.salary;
  if (!salary) {
    const answer = general();
    const note = t("common:calc.note.business_owner", answerVarsFor(turn, ["contribution_rate_pct"]));
    return { ...answer, replies: [text(note), ...answer.replies] };
  }
  const r = calculateContribution(turn.content.policy, {
    group: "employee",
    date: turn.today,
    months: 12,
    salary,
  });
  const vars = {
    ...answerVarsFor(turn, ["contribution_rate_pct"]),
    salary: vnd(r.employee?.contributionSalary ?? salary),
    own: vnd(r.total.month),
    own_year: vnd(r.total.month * 12),
    basis: law(parameterAt(turn.content.policy, "contribution_rate", { date: turn.today }).legalBasis),
  };
  return {
    replies: [
      choices(
        [t("common:calc.note.business_owner_sum", vars)],
        [intentChoice("enroll.online_payment"), intentChoice("benefit.levels")],
      ),
    ],
    session: { lastIntent: "contribution.employee", misses: 0 },
  };
}
