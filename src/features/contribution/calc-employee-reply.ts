import { type TextRef, t } from "../../core/reply.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { insuredBelowContract } from "../../nlu/slots/salary.ts";
import { day, law, pct, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { PolicyData } from "../../policy/policy-data.ts";

type EmployeeShares = NonNullable<ContributionResult["employee"]>;

/**
 * An employee's sum: the salary used, the employer's and the employee's shares, and the cap when it applies; with
 * `months` asked ("6 tháng bao nhiêu"), the shares over those months too.
 */
export function employeeBody(r: ContributionResult, shares: EmployeeShares, folded: string): TextRef[] {
  const months = monthsOf(folded);
  const rateOf = (id: string) => pct((used(r, id)?.value as number) / 100);
  return [
    t("common:calc.employee.body", {
      salary: vnd(shares.contributionSalary),
      rate: rateOf("contribution_rate"),
      total: vnd(r.total.month),
      employer: vnd(shares.employer.month),
      employer_pct: rateOf("employer_rate"),
      employee: vnd(shares.employee.month),
      employee_pct: rateOf("employee_rate"),
      employee_year: vnd(shares.employee.month * 12),
      employer_year: vnd(shares.employer.month * 12),
      total_year: vnd(r.total.month * 12),
      // A year's sum holds only when no rule changes within it: otherwise the months after it are said apart.
      ...(r.ruleChanges?.length ? { context: "month_only" } : {}),
    }),
    ...(months && months > 0 && months < 12 && !r.ruleChanges?.length
      ? [
          t("common:calc.employee.over_months", {
            months,
            total: vnd(r.total.month * months),
            employer: vnd(shares.employer.month * months),
            employee: vnd(shares.employee.month * months),
          }),
        ]
      : []),
    ...(shares.capped
      ? [
          t("common:calc.employee.capped", {
            salary: vnd(shares.contributionSalary),
            multiple: used(r, "salary_cap_multiple")?.value as number,
          }),
        ]
      : []),
    // (An employer insuring less than the contract's salary owes on the contract's.)
    ...(insuredBelowContract(folded) ? [t("common:calc.employee.below_contract")] : []),
  ];
}

/**
 * Employees pay each month by that month's rules, so nothing is paid ahead: with a change in the year, the monthly
 * sums from the change are said. Undefined when no rule changes.
 */
export function employeeChangeNote(policy: PolicyData, r: ContributionResult): TextRef | undefined {
  const from = r.ruleChanges?.[0]?.from;
  if (!from) return undefined;
  const after = calculateContribution(policy, { ...r.input, date: from }).employee;
  if (!after) return undefined;
  return t("common:calc.note.employee_rule_change", {
    from: day(from),
    employee: vnd(after.employee.month),
    employer: vnd(after.employer.month),
    salary: vnd(after.contributionSalary),
  });
}

/** The legal basis line of an employee's sum: the rate, its split, the cap and the base salary. */
export function employeeBasis(r: ContributionResult): TextRef {
  const p = (id: string) => used(r, id)!;
  const base = p("base_salary").value as number;
  const multiple = p("salary_cap_multiple").value as number;
  return t("common:calc.basis_employee", {
    rate: pct((p("contribution_rate").value as number) / 100),
    rate_basis: law(p("contribution_rate").legalBasis),
    employer: pct((p("employer_rate").value as number) / 100),
    employee: pct((p("employee_rate").value as number) / 100),
    split_basis: law(p("employee_rate").legalBasis),
    cap: vnd(base * multiple),
    multiple,
    base: vnd(base),
    base_basis: law(p("base_salary").legalBasis),
  });
}

/** The parameter a calculation used, by id. */
export function used(r: ContributionResult, id: string) {
  return r.parameters.find((p) => p.parameter === id);
}
