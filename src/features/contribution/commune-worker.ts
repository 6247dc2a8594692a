import { choices, t } from "../../core/reply.ts";
import { namesCommuneWorker } from "../../nlu/commune-worker.ts";
import { law, pct, vnd } from "../../policy/answer-vars.ts";
import { basisPointsOf } from "../../policy/money.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

const BASIS_POINTS_PER_PERCENT = 100;

/**
 * "chồng tôi là người hoạt động không chuyên trách cấp xã, đóng BHYT bao nhiêu": 4.5% of the base salary, two thirds
 * from the commune and one third from the worker. Undefined unless the message names such a worker.
 */
export function answerCommuneWorker(turn: Turn): Outcome | undefined {
  if (!namesCommuneWorker(turn.text)) return undefined;
  const at = { date: turn.today };
  const base = parameterAt(turn.content.policy, "base_salary", at);
  const rate = parameterAt(turn.content.policy, "contribution_rate", at);
  const employer = parameterAt(turn.content.policy, "employer_rate", at);
  const employee = parameterAt(turn.content.policy, "employee_rate", at);
  const of = (basisPoints: number) => vnd(basisPointsOf(base.value, basisPoints));
  const vars = {
    base: vnd(base.value),
    rate: pct(rate.value / BASIS_POINTS_PER_PERCENT),
    total: of(rate.value),
    employer_pct: pct(employer.value / BASIS_POINTS_PER_PERCENT),
    employer: of(employer.value),
    employee_pct: pct(employee.value / BASIS_POINTS_PER_PERCENT),
    employee: of(employee.value),
    level: pct(parameterAt(turn.content.policy, "benefit_level.employee", at).value),
    basis: law(rate.legalBasis),
    base_basis: law(base.legalBasis),
  };
  return {
    replies: [choices([t("common:commune_worker", vars)], [intentChoice("benefit.levels")])],
    session: { lastIntent: "contribution.employee", misses: 0 },
  };
}
