import { type TextRef, t } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

// The law lets a farming household join as a household instead (Law 51 Art. 13 §5): from five people the ladder
// costs less, at four the same, below four more.
/** The farming household's sum beside the household ladder's for the same people, and which is cheaper. */
export function householdChoice(turn: Turn, r: ContributionResult): TextRef {
  const ladder = calculateContribution(turn.content.policy, { ...r.input, group: "household" });
  const [agri, household] = [r.person.period, ladder.total.period];
  const cheaper = household < agri ? "household" : household > agri ? "agri" : "same";
  return t(`common:calc.note.agri_or_household_${cheaper}`, {
    household: vnd(household),
    agri: vnd(agri),
    months: r.input.months,
  });
}
