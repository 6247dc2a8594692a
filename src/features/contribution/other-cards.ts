import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

/** One pupil's card bought at school for a year from `date`, at the level of `province` when it sets its own. */
export function pupilCard(turn: Turn, date: string, province?: string): ContributionResult {
  return schoolCard(turn, "school_pupil", date, province);
}

/** One card bought at school (a pupil's, or a university or college student's) for `months` from `date`. */
export function schoolCard(
  turn: Turn,
  part: "school_pupil" | "other",
  date: string,
  province?: string,
  months: 3 | 6 | 12 = 12,
): ContributionResult {
  return calculateContribution(turn.content.policy, {
    group: "student",
    date,
    months,
    members: 1,
    part,
    ...(province ? { province } : {}),
  });
}

/** What the people paying in `result` would pay as `group` instead, for the same months from the same day. */
export function sameSumAs(turn: Turn, result: ContributionResult, group: "household" | "agri_household") {
  const { date, months } = result.input;
  return calculateContribution(turn.content.policy, { group, date, months, members: result.payers });
}
