import type { PolicyData } from "../policy-data.ts";

/** A base-salary version that starts inside the months paid for. */
export interface BaseChangeInPeriod {
  from: string;
  value: number;
  legalBasis: string;
  /** Whole months of the period on or after the change. */
  monthsAfter: number;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The first base-salary change that starts after the payment date and within the `months` it covers. */
export function baseChangeInPeriod(
  policy: PolicyData,
  date: string,
  months: number,
): BaseChangeInPeriod | undefined {
  const versions = policy.parameters.base_salary?.versions ?? [];
  const start = monthIndex(date);
  const change = versions.find((v) => v.from > date && monthIndex(v.from) < start + months);
  if (!change || Array.isArray(change.value)) return undefined;
  // A change on the 1st counts its whole month; one later in a month counts from the next month.
  const first = monthIndex(change.from) + (change.from.endsWith("-01") ? 0 : 1);
  const monthsAfter = start + months - first;
  if (monthsAfter <= 0) return undefined;
  return { from: change.from, value: change.value, legalBasis: change.legal_basis, monthsAfter };
}
