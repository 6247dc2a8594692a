import { foldWords } from "../../core/fold.ts";
import { choices, t, text } from "../../core/reply.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { answerVarsFor, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

const BUSINESS_OWNER =
  /\b(?:chu ho kinh doanh|ho kinh doanh|kinh doanh ca the|business household|household business)\b/;

/** True when the writer runs a business household ("tôi là chủ hộ kinh doanh"). */
export function saysBusinessOwner(message: string): boolean {
  return BUSINESS_OWNER.test(` ${foldWords(message)} `);
}

/**
 * "chủ hộ kinh doanh, thu nhập 8tr, đóng bao nhiêu, có ai đóng cùng không": the owner pays the whole rate on the
 * income declared, with no employer's share. Undefined when no income is said (the rule is said with the answer).
 */
export function answerBusinessOwner(turn: Turn): Outcome | undefined {
  const salary = turn.understanding?.slots.salary;
  if (!salary) return undefined;
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
