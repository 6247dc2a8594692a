import type { PolicyData } from "../policy-data.ts";
import type { PlannedChange, UsedParameter } from "./contribution-types.ts";

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Dates after `date`, inside the `months` paid for, on which a rule the calculation used changes: a new national
 * version starts, or a provincial override starts or ends.
 */
export function ruleChangeDates(
  policy: PolicyData,
  used: readonly UsedParameter[],
  date: string,
  months: number,
  province?: string,
): string[] {
  const end = monthIndex(date) + months;
  const inside = (day: string) => day > date && monthIndex(day) < end;
  const dates = new Set<string>();
  for (const { parameter } of used) {
    for (const version of policy.parameters[parameter]?.versions ?? [])
      if (inside(version.from)) dates.add(version.from);
    for (const o of policy.overrides) {
      if (o.parameter !== parameter || o.province !== province) continue;
      if (inside(o.from)) dates.add(o.from);
      if (o.to && inside(dayAfter(o.to))) dates.add(dayAfter(o.to));
    }
  }
  return [...dates].sort();
}

/** Whole months of a period starting `date` that fall on or after `change` (a change after the 1st counts from the next month). */
export function monthsFrom(change: string, date: string, months: number): number {
  const first = monthIndex(change) + (change.endsWith("-01") ? 0 : 1);
  return Math.max(0, monthIndex(date) + months - first);
}

/** Announced changes (not yet law) to a rule the calculation used, from a date before the period paid for ends. */
export function plannedChangesIn(
  policy: PolicyData,
  used: readonly UsedParameter[],
  date: string,
  months: number,
): PlannedChange[] {
  const end = monthIndex(date) + months;
  return [...new Set(used.map((u) => u.parameter))].flatMap((parameter) =>
    (policy.parameters[parameter]?.planned ?? []).filter((p) => monthIndex(p.from) < end),
  );
}
