import type { AnswerValue } from "../core/reply.ts";
import { calculateContribution } from "./contribution/calculate-contribution.ts";
import type { ContributionGroup } from "./contribution/contribution-types.ts";
import { percentOf } from "./money.ts";
import { type At, inForceOn, parameterAt } from "./parameter-at.ts";
import type { PolicyData } from "./policy-data.ts";

/** What a variable is computed from: the policy, a date, a province and the reader's language. */
export interface VarContext extends At {
  policy: PolicyData;
  locale: "vi" | "en";
  hotline: string;
}

interface VariableDefinition {
  /** Parameters the value depends on (for staleness checks). */
  parameters: string[];
  compute(ctx: VarContext): AnswerValue;
}

/** An amount of money to show. */
export const vnd = (value: number): AnswerValue => ({ kind: "vnd", value });
/** A percentage to show. */
export const pct = (value: number): AnswerValue => ({ kind: "percent", value });
/** A legal citation to show (translated for English readers). */
export const law = (value: string): AnswerValue => ({ kind: "law", value });
/** A civil date (YYYY-MM-DD) to show. */
export const day = (value: string): AnswerValue => ({ kind: "date", value });
const base = (ctx: VarContext) => parameterAt(ctx.policy, "base_salary", ctx).value;
const rate = (ctx: VarContext) => parameterAt(ctx.policy, "contribution_rate", ctx).value;
// Amounts come from the calculator, so an answer and a calculation can never disagree. One answer uses up to
// twenty variables built on a handful of calculations, and every reader of a day sees the same ones: they are
// remembered per policy data (bounded; the cache starts over when full).
const CACHE_LIMIT = 2000;
const calculations = new WeakMap<PolicyData, Map<string, ReturnType<typeof calculateContribution>>>();
function calculate(ctx: VarContext, group: ContributionGroup, members = 1) {
  const cache = calculations.get(ctx.policy) ?? new Map();
  calculations.set(ctx.policy, cache);
  const key = `${ctx.date}|${ctx.province ?? ""}|${group}|${members}`;
  const known = cache.get(key);
  if (known) return known;
  const result = calculateContribution(ctx.policy, {
    group,
    date: ctx.date,
    months: 12,
    members,
    ...(ctx.province ? { province: ctx.province } : {}),
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
const fullMonth = (ctx: VarContext) => calculate(ctx, "household").fullMonth;
const householdMember = (ctx: VarContext, member: number) =>
  calculate(ctx, "household", member).members.at(-1)!;
const support = (ctx: VarContext, group: ContributionGroup) => calculate(ctx, group).supportPct ?? 0;
const personMonth = (ctx: VarContext, group: ContributionGroup) => calculate(ctx, group).person.month;
const CORE = ["base_salary", "contribution_rate"];
// The base salary in force the day before the current one started: the line "until 30/6/2026 it was …".
const previousBase = (ctx: VarContext) => {
  const from = parameterAt(ctx.policy, "base_salary", ctx).from;
  const until = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { ...parameterAt(ctx.policy, "base_salary", { ...ctx, date: until }), until };
};

function supportedGroup(prefix: string, group: ContributionGroup): Record<string, VariableDefinition> {
  const parameters = [...CORE, `support.${group}`];
  return {
    [`${prefix}_support_pct`]: { parameters, compute: (c) => pct(support(c, group)) },
    [`${prefix}_person_pct`]: { parameters, compute: (c) => pct(100 - support(c, group)) },
    [`${prefix}_person_month`]: { parameters, compute: (c) => vnd(personMonth(c, group)) },
    [`${prefix}_person_year`]: { parameters, compute: (c) => vnd(personMonth(c, group) * 12) },
    [`${prefix}_state_month`]: { parameters, compute: (c) => vnd(calculate(c, group).state.month) },
  };
}

function householdMembers(): Record<string, VariableDefinition> {
  const parameters = [...CORE, "household_ladder"];
  const entries: Record<string, VariableDefinition> = {};
  for (let member = 1; member <= 5; member++) {
    entries[`household_month_${member}`] = {
      parameters,
      compute: (c) => vnd(householdMember(c, member).month),
    };
    entries[`household_year_${member}`] = {
      parameters,
      compute: (c) => vnd(householdMember(c, member).period),
    };
    if (member > 1)
      entries[`household_pct_${member}`] = {
        parameters,
        compute: (c) => pct(householdMember(c, member).sharePct),
      };
  }
  entries.household_total_month_5 = {
    parameters,
    compute: (c) => vnd(calculate(c, "household", 5).total.month),
  };
  entries.household_total_year_5 = {
    parameters,
    compute: (c) => vnd(calculate(c, "household", 5).total.period),
  };
  return entries;
}

// Only levels in force on the day: an expired plan (Đồng Tháp's 2024 district plan) is not an example of today's rule.
function provinceExamples(ctx: VarContext, parameter: string): AnswerValue {
  const lines = ctx.policy.overrides
    .filter((o) => o.parameter === parameter && inForceOn(o, ctx.date))
    .map((o) => {
      const province = ctx.policy.provinces.find((p) => p.code === o.province);
      const where = `${province?.name[ctx.locale] ?? o.province}${o.area ? ` (${o.area})` : ""}`;
      return `${where} ${o.value}% (${o.legal_basis})`;
    });
  return { kind: "text", value: lines.join("; ") || NONE_IN_FORCE[ctx.locale] };
}
const NONE_IN_FORCE = { vi: "chưa có tỉnh nào", en: "none yet" } as const;

/** Every variable an answer may use, by name. Answers reference these; they never type an amount. */
export const ANSWER_VARIABLES: Readonly<Record<string, VariableDefinition>> = {
  base_salary: { parameters: ["base_salary"], compute: (c) => vnd(base(c)) },
  base_salary_from: {
    parameters: ["base_salary"],
    compute: (c) => day(parameterAt(c.policy, "base_salary", c).from),
  },
  base_salary_basis: {
    parameters: ["base_salary"],
    compute: (c) => law(parameterAt(c.policy, "base_salary", c).legalBasis),
  },
  base_salary_previous: { parameters: ["base_salary"], compute: (c) => vnd(previousBase(c).value) },
  base_salary_previous_until: { parameters: ["base_salary"], compute: (c) => day(previousBase(c).until) },
  base_salary_previous_basis: {
    parameters: ["base_salary"],
    compute: (c) => law(previousBase(c).legalBasis),
  },
  contribution_rate_pct: { parameters: ["contribution_rate"], compute: (c) => pct(rate(c) / 100) },
  contribution_rate_ceiling_pct: {
    parameters: ["contribution_rate_ceiling"],
    compute: (c) => pct(parameterAt(c.policy, "contribution_rate_ceiling", c).value / 100),
  },
  full_month: { parameters: CORE, compute: (c) => vnd(fullMonth(c)) },
  full_year: { parameters: CORE, compute: (c) => vnd(fullMonth(c) * 12) },
  ...householdMembers(),
  ...supportedGroup("near_poor", "near_poor"),
  near_poor_province_examples: {
    parameters: ["support.near_poor"],
    compute: (c) => provinceExamples(c, "support.near_poor"),
  },
  ...supportedGroup("student", "student"),
  ...supportedGroup("agri", "agri_household"),
  employer_pct: {
    parameters: ["employer_rate"],
    compute: (c) => pct(parameterAt(c.policy, "employer_rate", c).value / 100),
  },
  employee_pct: {
    parameters: ["employee_rate"],
    compute: (c) => pct(parameterAt(c.policy, "employee_rate", c).value / 100),
  },
  salary_cap: {
    parameters: ["base_salary", "salary_cap_multiple"],
    compute: (c) => vnd(base(c) * parameterAt(c.policy, "salary_cap_multiple", c).value),
  },
  small_visit_threshold: {
    parameters: ["base_salary", "small_visit_threshold_pct"],
    compute: (c) => vnd(percentOf(base(c), parameterAt(c.policy, "small_visit_threshold_pct", c).value)),
  },
  copay_cap: {
    parameters: ["base_salary", "copay_cap_multiple"],
    compute: (c) => vnd(base(c) * parameterAt(c.policy, "copay_cap_multiple", c).value),
  },
  social_pension: {
    parameters: ["social_pension_month"],
    compute: (c) => vnd(parameterAt(c.policy, "social_pension_month", c).value),
  },
  hotline: { parameters: [], compute: (c) => ({ kind: "text", value: c.hotline }) },
};

/** Figures every answer may use without listing them in its `uses` (they need no policy data). */
export const ALWAYS_AVAILABLE: readonly string[] = ["hotline"];

/** Computes the named variables for one answer. */
export function computeAnswerVars(names: readonly string[], ctx: VarContext): Record<string, AnswerValue> {
  const values: Record<string, AnswerValue> = {};
  for (const name of names) {
    const definition = ANSWER_VARIABLES[name];
    if (definition) values[name] = definition.compute(ctx);
  }
  return values;
}
