import { parseArgs } from "node:util";
import { civilDate } from "../../core/clock.ts";
import { newSession } from "../../core/session.ts";
import { contributionReply } from "../../features/contribution/calc-reply.ts";
import { createI18n } from "../../i18n/create-i18n.ts";
import { renderReplies } from "../../i18n/render.ts";
import {
  ContributionInputError,
  calculateContribution,
} from "../../policy/contribution/calculate-contribution.ts";
import {
  CONTRIBUTION_GROUPS,
  type ContributionGroup,
  type ContributionResult,
  type PaymentMonths,
} from "../../policy/contribution/contribution-types.ts";
import { PolicyGapError } from "../../policy/policy-data.ts";
import { settingsOrExit, UsageError } from "../bootstrap.ts";
import { parseLocale } from "./options.ts";

const USAGE = `Usage: bhyt calc --group G [--members N] [--insured-elsewhere N] [--months 3|6|12] [--salary VND]
                 [--date YYYY-MM-DD] [--province CODE] [--lang vi|en] [--json]
  G: ${CONTRIBUTION_GROUPS.join(", ")}`;

/** How every figure is rounded (also in --json). */
const ROUNDING =
  "Each person's monthly amount is rounded once to whole đồng, half up; totals are sums and multiples of those. " +
  "Employees: the 4.5% total and the employee's 1.5% are rounded half up, the employer pays the rest.";

/** `calc --group G …`: one contribution calculation, as text in the bot's words or as JSON with every source. */
export async function calcCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      group: { type: "string" },
      members: { type: "string" },
      "insured-elsewhere": { type: "string" },
      months: { type: "string", default: "12" },
      salary: { type: "string" },
      date: { type: "string" },
      province: { type: "string" },
      lang: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const group = CONTRIBUTION_GROUPS.find((g) => g === values.group);
  if (!group) throw new UsageError(values.group ? `Unknown group "${values.group}".\n${USAGE}` : USAGE);
  const { config, content } = await settingsOrExit();
  const today = civilDate(new Date());
  const result = calculate(content.policy, {
    group,
    date: values.date ?? today,
    months: wholeNumber("months", values.months) as PaymentMonths,
    members: wholeNumber("members", values.members),
    insuredElsewhere: wholeNumber("insured-elsewhere", values["insured-elsewhere"]),
    salary: wholeNumber("salary", values.salary),
    province: values.province ?? config.PROVINCE,
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(toJson(result))}\n`);
    return;
  }
  const locale = parseLocale(values.lang) ?? config.DEFAULT_LOCALE;
  const translator = await createI18n(content);
  const turn = {
    message: { ref: { channel: "console" as const, userId: "calc" }, text: "", receivedAt: new Date() },
    text: "",
    locale,
    session: newSession(new Date()),
    content,
    today,
  };
  const [reply] = renderReplies([contributionReply(turn, result)], translator(locale), locale);
  process.stdout.write(`${reply!.text}\n`);
}

type CalcOptions = { group: ContributionGroup; date: string; months: PaymentMonths } & Record<
  "members" | "insuredElsewhere" | "salary",
  number | undefined
> & { province: string | undefined };

function calculate(
  policy: Parameters<typeof calculateContribution>[0],
  options: CalcOptions,
): ContributionResult {
  try {
    return calculateContribution(policy, {
      group: options.group,
      date: options.date,
      months: options.months,
      ...(options.members !== undefined ? { members: options.members } : {}),
      ...(options.insuredElsewhere !== undefined ? { insuredElsewhere: options.insuredElsewhere } : {}),
      ...(options.salary !== undefined ? { salary: options.salary } : {}),
      ...(options.province ? { province: options.province } : {}),
    });
  } catch (error) {
    if (error instanceof ContributionInputError || error instanceof PolicyGapError)
      throw new UsageError(`${error.message}\n${USAGE}`);
    throw error;
  }
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const cleaned = value.replace(/[.,_\s]/g, "");
  if (!/^\d{1,12}$/.test(cleaned)) throw new UsageError(`--${name} must be a whole number (got "${value}").`);
  return Number(cleaned);
}

/** The result with the headline figures first, then every parameter with its value, dates and legal basis. */
function toJson(result: ContributionResult) {
  const parameter = (id: string) => result.parameters.find((p) => p.parameter === id);
  const base = parameter("base_salary")!;
  const rate = parameter("contribution_rate")!;
  return {
    group: result.input.group,
    date: result.input.date,
    months: result.input.months,
    members: result.input.members,
    insuredElsewhere: result.input.insuredElsewhere,
    province: result.input.province ?? null,
    payers: result.payers,
    base: { vnd: base.value, from: base.from, legalBasis: base.legalBasis },
    ratePct: (rate.value as number) / 100,
    supportPct: result.supportPct ?? null,
    fullMonth: result.fullMonth,
    total: result.total,
    state: result.state,
    person: result.person,
    memberAmounts: result.members,
    ...(result.employee ? { employee: result.employee } : {}),
    ...(result.partialOverride ? { partialOverride: result.partialOverride } : {}),
    ...(result.ruleChanges
      ? {
          ruleChanges: result.ruleChanges,
          personDifference: result.personDifference,
          recalculation: "unconfirmed",
        }
      : {}),
    parameters: result.parameters,
    rounding: ROUNDING,
  };
}
