import type { ResolvedValue } from "../policy-data.ts";

/** The calculator's groups (CONTRACT: `calc --group`). */
export const CONTRIBUTION_GROUPS = [
  "household",
  "near_poor",
  "poor",
  "student",
  "child_under6",
  "agri_household",
  "employee",
  "elderly_social",
  "other_group",
] as const;
/** One of the calculator's groups. */
export type ContributionGroup = (typeof CONTRIBUTION_GROUPS)[number];

/** The most people one calculation takes (a check on typing mistakes, not a legal limit). */
export const LARGEST_HOUSEHOLD = 50;

/** Months one payment may cover (households and supported groups pay for 3, 6 or 12 months at a time). */
export const PAYMENT_MONTHS = [3, 6, 12] as const;
/** A payment period in months. */
export type PaymentMonths = (typeof PAYMENT_MONTHS)[number];

/** What to calculate. */
export interface ContributionInput {
  group: ContributionGroup;
  /** Civil date (YYYY-MM-DD) of the payment; the rules in force on it apply. */
  date: string;
  months: PaymentMonths;
  /** People in the household or paying together (default 1); not used for employees. */
  members?: number;
  /** Household members already insured in another group (through school, work, a pension…): not on the ladder. */
  insuredElsewhere?: number;
  /** Ages in years of members the message names, for provincial levels by age ("65 to under 75"). */
  ages?: number[];
  /** Monthly salary on which social insurance is paid, VND (employees only). */
  salary?: number;
  province?: string;
  /** The part of the group the person is in when a province supports a part on its own ("school_pupil"), or "other". */
  part?: string;
}

/** A parameter the result used, with its value, dates and legal basis. */
export type UsedParameter = ResolvedValue<number | number[]> & { parameter: string };

/** One person's monthly amount. */
export interface MemberAmount {
  /** 1 for the first payer of a household, 2 for the second… (1 for everyone outside the household group). */
  order: number;
  /** Share of the full amount this person's contribution is, in percent (the household ladder). */
  sharePct: number;
  month: number;
  period: number;
}

/** Money split between who pays it, per month and for the period. */
export interface Split {
  month: number;
  period: number;
}

/** The calculator's answer: every figure in whole đồng, with the rules it used. */
export interface ContributionResult {
  input: ContributionInput & { members: number; insuredElsewhere: number };
  /** People who pay in this calculation (household members minus those insured elsewhere). */
  payers: number;
  /** 4.5% of the base for one person, per month. */
  fullMonth: number;
  members: MemberAmount[];
  total: Split;
  state: Split;
  person: Split;
  /** Employees only: the salary the rate applies to (capped), and the employer's and employee's parts. */
  employee?: { contributionSalary: number; capped: boolean; employer: Split; employee: Split };
  /** Support percent the state pays, and whether it is the national minimum or a province's level. */
  supportPct?: number;
  /** A province sets a different level for part of this group (e.g. pupils but not university students). */
  partialOverride?: {
    supportPct: number;
    person: Split;
    appliesTo: { vi: string; en: string };
    legalBasis: string;
  };
  /** Household members a province supports by age: how many, its level, whom it covers and the resolution. */
  ageBand?: {
    count: number;
    supportPct: number;
    appliesTo: { vi: string; en: string };
    legalBasis: string;
    province: string;
  };
  /** Announced changes to the rules used (no new value yet) from a date inside or before the period. */
  planned?: PlannedChange[];
  /** Rules that change inside the months paid for: from when, for how many months, and the new rules. */
  ruleChanges?: RuleChange[];
  /** What the person would pay more (or less, if negative) over the period if it were recalculated. */
  personDifference?: number;
  parameters: UsedParameter[];
}

/** A change to a rule announced by a policy document, with no value yet. */
export interface PlannedChange {
  from: string;
  what: { vi: string; en: string };
  basis: string;
}

/** A rule the calculation used that changes inside the period paid for. */
export interface RuleChange {
  from: string;
  /** Months of the period on or after the change. */
  monthsAfter: number;
  /** The parameters as they are from that date. */
  changed: UsedParameter[];
}
