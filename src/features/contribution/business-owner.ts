import { foldWords } from "../../core/fold.ts";
import { choices, t, text } from "../../core/reply.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { answerVarsFor, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

const BUSINESS_OWNER =
  /\b(?:chu ho kinh doanh|ho kinh doanh|kinh doanh ca the|business household|household business)\b/;

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
  if (intentId !== "contribution.employee" || !BUSINESS_OWNER.test(` ${foldWords(turn.text)} `))
    return undefined;
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
