import { percentOf, shareOf } from "../money.ts";
import {
  type At,
  ageBandOverridesAt,
  agesInBand,
  areaOverridesAt,
  listParameterAt,
  parameterAt,
  partialOverridesAt,
  resolvedOverride,
} from "../parameter-at.ts";
import type { PolicyData, ResolvedValue } from "../policy-data.ts";
import {
  CONTRIBUTION_GROUPS,
  type ContributionInput,
  type ContributionResult,
  LARGEST_HOUSEHOLD,
  type MemberAmount,
  PAYMENT_MONTHS,
  type RuleChange,
  type Split,
  type UsedParameter,
} from "./contribution-types.ts";
import { monthsFrom, plannedChangesIn, ruleChangeDates } from "./rule-changes.ts";

/** Input the calculator cannot use; `field` names what to fix. */
export class ContributionInputError extends Error {
  constructor(
    readonly field: "group" | "date" | "months" | "members" | "insuredElsewhere" | "salary" | "province",
    message: string,
  ) {
    super(message);
    this.name = "ContributionInputError";
  }
}

const BASIS_POINTS = 10_000;

/**
 * The contribution for a group on a date, in whole đồng. Rounding: each person's monthly amount is rounded half
 * up once (percent × full amount); totals are sums and multiples of those, so they never drift. For employees the
 * total and the employee's 1.5% are rounded half up and the employer pays the rest, so the parts add up.
 */
export function calculateContribution(policy: PolicyData, input: ContributionInput): ContributionResult {
  const checked = checkInput(policy, input);
  const result = computeFor(policy, checked);
  // What is paid now uses the rules of the payment date; rules that change inside the period are reported,
  // with the difference they would make if the amount were recalculated (which is not confirmed).
  const dates = ruleChangeDates(policy, result.parameters, checked.date, checked.months, checked.province);
  const changes: RuleChange[] = [];
  let difference = 0;
  // Each change is told against the rules just before it, and only when a value or its source changes: a base
  // that stays 2,340,000 is not listed again when the province's support changes.
  let previous = result;
  dates.forEach((from, i) => {
    const later = computeFor(policy, { ...checked, date: from });
    const monthsAfter = monthsFrom(from, checked.date, checked.months);
    const until = dates[i + 1] ? monthsFrom(dates[i + 1]!, checked.date, checked.months) : 0;
    difference += (later.person.month - result.person.month) * (monthsAfter - until);
    const changed = later.parameters.filter((p) => {
      const before = previous.parameters.find((q) => q.parameter === p.parameter);
      return !before || String(before.value) !== String(p.value) || before.source !== p.source;
    });
    previous = later;
    if (monthsAfter > 0 && changed.length > 0) changes.push({ from, monthsAfter, changed });
  });
  if (changes.length > 0 && difference !== 0) {
    result.ruleChanges = changes;
    result.personDifference = difference;
  }
  const planned = plannedChangesIn(policy, result.parameters, checked.date, checked.months);
  if (planned.length > 0) result.planned = planned;
  return result;
}

type CheckedInput = ContributionResult["input"];

/** The part of the near-poor group the state pays in full for (policy parameter `support.near_poor_listed`). */
export const NEAR_POOR_LISTED = "listed";

/** The policy parameter holding the state's support for a group (and part of it). */
export function supportParameterOf(input: Pick<CheckedInput, "group" | "part">): string {
  // Near-poor people in the listed cases (a poor commune; ethnic minorities in mountain areas) have their own level.
  return input.group === "near_poor" && input.part === NEAR_POOR_LISTED
    ? "support.near_poor_listed"
    : `support.${input.group}`;
}

function computeFor(policy: PolicyData, input: CheckedInput): ContributionResult {
  const at: At = {
    date: input.date,
    ...(input.province ? { province: input.province } : {}),
    ...(input.part ? { part: input.part } : {}),
  };
  const parameters: UsedParameter[] = [];
  const use = <T extends number | number[]>(parameter: string, resolved: ResolvedValue<T>): T => {
    parameters.push({ parameter, ...resolved });
    return resolved.value;
  };
  const base = use("base_salary", parameterAt(policy, "base_salary", at));
  const rate = use("contribution_rate", parameterAt(policy, "contribution_rate", at));
  const fullMonth = shareOf(base, rate, BASIS_POINTS);
  const split = (month: number): Split => ({ month, period: month * input.months });
  const common = { input, fullMonth, parameters };

  if (input.group === "employee") {
    const cap = base * use("salary_cap_multiple", parameterAt(policy, "salary_cap_multiple", at));
    const salary = input.salary ?? 0;
    const contributionSalary = Math.min(salary, cap);
    const total = shareOf(contributionSalary, rate, BASIS_POINTS);
    const employeeRate = use("employee_rate", parameterAt(policy, "employee_rate", at));
    use("employer_rate", parameterAt(policy, "employer_rate", at));
    const employeePart = shareOf(contributionSalary, employeeRate, BASIS_POINTS);
    return {
      ...common,
      payers: 1,
      members: [{ order: 1, sharePct: 100, month: total, period: total * input.months }],
      total: split(total),
      state: split(0),
      person: split(employeePart),
      employee: {
        contributionSalary,
        capped: salary > cap,
        employer: split(total - employeePart),
        employee: split(employeePart),
      },
    };
  }

  const notInsured = input.members - input.insuredElsewhere;
  if (input.group === "household") {
    const ladder = use("household_ladder", listParameterAt(policy, "household_ladder", input.date));
    // Members a province supports by age pay its level outside the ladder (nothing, when it pays in full).
    const band = ageBandOverridesAt(policy, "support.household", at)[0];
    const inBand = Math.min(notInsured, agesInBand(band, input.ages ?? []));
    const bandMonth = band ? fullMonth - percentOf(fullMonth, band.value) : 0;
    if (band && inBand > 0) use("support.household", resolvedOverride(band));
    const onLadder = notInsured - inBand;
    const members: MemberAmount[] = Array.from({ length: onLadder }, (_, i) => {
      const sharePct = ladder[Math.min(i, ladder.length - 1)]!;
      const month = percentOf(fullMonth, sharePct);
      return { order: i + 1, sharePct, month, period: month * input.months };
    });
    if (bandMonth > 0)
      for (let i = 0; i < inBand; i++)
        members.push({
          order: onLadder + i + 1,
          sharePct: 100 - band!.value,
          month: bandMonth,
          period: bandMonth * input.months,
        });
    const month = members.reduce((sum, m) => sum + m.month, 0);
    const state = (fullMonth - bandMonth) * inBand;
    return {
      ...common,
      payers: members.length,
      members,
      total: split(month + state),
      state: split(state),
      person: split(month),
      ...(band && inBand > 0
        ? {
            ageBand: {
              count: inBand,
              supportPct: band.value,
              appliesTo: band.applies_to!,
              legalBasis: band.legal_basis,
              province: band.province,
            },
          }
        : {}),
    };
  }
  const payers = notInsured;

  const supportId = supportParameterOf(input);
  const supportPct = use(supportId, parameterAt(policy, supportId, at));
  const personMonth = fullMonth - percentOf(fullMonth, supportPct);
  const members: MemberAmount[] = Array.from({ length: payers }, (_, i) => ({
    order: i + 1,
    sharePct: 100 - supportPct,
    month: personMonth,
    period: personMonth * input.months,
  }));
  const partial = partialOverridesAt(policy, supportId, at)[0] ?? areaOverridesAt(policy, supportId, at)[0];
  return {
    ...common,
    payers,
    members,
    supportPct,
    total: split(fullMonth * payers),
    state: split((fullMonth - personMonth) * payers),
    person: split(personMonth * payers),
    ...(partial?.appliesTo
      ? {
          partialOverride: {
            supportPct: partial.value,
            person: split((fullMonth - percentOf(fullMonth, partial.value)) * payers),
            appliesTo: partial.appliesTo,
            legalBasis: partial.legalBasis,
          },
        }
      : {}),
  };
}

function checkInput(policy: PolicyData, input: ContributionInput): CheckedInput {
  if (!CONTRIBUTION_GROUPS.includes(input.group))
    throw new ContributionInputError(
      "group",
      `"${input.group}" is not a group: use ${CONTRIBUTION_GROUPS.join(", ")}.`,
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(`${input.date}T00:00:00Z`)))
    throw new ContributionInputError("date", `"${input.date}" is not a date (use YYYY-MM-DD).`);
  if (new Date(`${input.date}T00:00:00Z`).toISOString().slice(0, 10) !== input.date)
    throw new ContributionInputError("date", `${input.date} does not exist.`);
  if (!PAYMENT_MONTHS.includes(input.months))
    throw new ContributionInputError("months", `Payments cover 3, 6 or 12 months, not ${input.months}.`);
  const members = input.members ?? 1;
  if (!Number.isInteger(members) || members < 1 || members > LARGEST_HOUSEHOLD)
    throw new ContributionInputError(
      "members",
      `Members must be a whole number from 1 to ${LARGEST_HOUSEHOLD}.`,
    );
  const insuredElsewhere = input.insuredElsewhere ?? 0;
  if (!Number.isInteger(insuredElsewhere) || insuredElsewhere < 0 || insuredElsewhere > members)
    throw new ContributionInputError(
      "insuredElsewhere",
      `Members insured elsewhere must be a whole number from 0 to ${members}.`,
    );
  if (input.group === "employee" && (!Number.isSafeInteger(input.salary) || (input.salary ?? 0) <= 0))
    throw new ContributionInputError("salary", "An employee's calculation needs the monthly salary in VND.");
  if (input.province && !policy.provinces.some((p) => p.code === input.province))
    throw new ContributionInputError("province", `"${input.province}" is not a province code.`);
  return { ...input, members, insuredElsewhere };
}
