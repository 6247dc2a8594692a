import { type Reply, t, text } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

/**
 * After a farming household's sum, "and as a normal household instead?": the household's sum is given, and this says
 * what the farming household's support came to for the same people, and which is cheaper.
 */
export function withAgriComparison(turn: Turn, before: CalcDraft, sum: Outcome): Outcome {
  if (before.group !== "agri_household" || !before.members) return sum;
  const input = {
    date: before.date ?? turn.today,
    months: before.months ?? 12,
    members: before.members,
    ...(before.insuredElsewhere ? { insuredElsewhere: before.insuredElsewhere } : {}),
  };
  const policy = turn.content.policy;
  const agri = calculateContribution(policy, { ...input, group: "agri_household" }).person.period;
  const household = calculateContribution(policy, { ...input, group: "household" }).total.period;
  const cheaper = household < agri ? "household" : household > agri ? "agri" : "same";
  const note: Reply = text(
    t(`common:calc.note.agri_instead_${cheaper}`, {
      agri: vnd(agri),
      household: vnd(household),
      months: input.months,
    }),
  );
  return { ...sum, replies: [...sum.replies, note] };
}
