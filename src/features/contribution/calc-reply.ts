import { encodeAction } from "../../core/actions.ts";
import { type Choice, choices, type Reply, type TextRef, t, withLines } from "../../core/reply.ts";
import type { AnswerValue } from "../../policy/answer-vars.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Turn } from "../handler.ts";

const vnd = (value: number): AnswerValue => ({ kind: "vnd", value });
const day = (value: string): AnswerValue => ({ kind: "date", value });
const pct = (value: number): AnswerValue => ({ kind: "percent", value });

/** The breakdown of a calculation as a reply: amounts, who pays what, the rules used and what to do next. */
export function contributionReply(turn: Turn, result: ContributionResult): Reply {
  const { input } = result;
  const base = used(result, "base_salary")!;
  const rate = used(result, "contribution_rate")!;
  const parts: TextRef[] = [
    t(`common:calc.title.${input.group}`, { people: result.payers, months: input.months }),
    ...bodyOf(result),
    ...notesOf(turn, result),
    t("common:calc.basis", {
      base: vnd(base.value as number),
      base_from: day(base.from),
      base_basis: base.legalBasis,
      rate: pct((rate.value as number) / 100),
      rate_basis: rate.legalBasis,
    }),
  ];
  // Months change nothing for employees (paid monthly through the employer) or groups the state pays for in full.
  const otherMonths: Choice[] =
    input.group === "employee" || result.supportPct === 100
      ? []
      : [3, 6, 12]
          .filter((m) => m !== input.months)
          .map((m) => ({
            label: t("common:calc.button.months", { months: m }),
            action: encodeAction({ type: "calc", field: "months", value: String(m) }),
          }));
  return choices(parts, [
    ...otherMonths,
    intentChoice("enroll.where"),
    intentChoice("enroll.online_payment"),
  ]);
}

function bodyOf(r: ContributionResult): TextRef[] {
  const months = r.input.months;
  if (r.employee) {
    return [
      t("common:calc.employee.body", {
        salary: vnd(r.employee.contributionSalary),
        total: vnd(r.total.month),
        employer: vnd(r.employee.employer.month),
        employee: vnd(r.employee.employee.month),
        employee_year: vnd(r.employee.employee.month * 12),
      }),
      ...(r.employee.capped
        ? [t("common:calc.employee.capped", { salary: vnd(r.employee.contributionSalary) })]
        : []),
    ];
  }
  if (r.payers === 0) return [t("common:calc.household.nobody")];
  if (r.input.group === "household") {
    const lines = r.members.map((m) =>
      t("common:calc.household.member", { order: m.order, amount: vnd(m.month), share: pct(m.sharePct) }),
    );
    return [
      withLines(t("common:calc.household.head"), lines),
      t("common:calc.total", { month: vnd(r.total.month), period: vnd(r.total.period), months }),
    ];
  }
  const support = used(r, `support.${r.input.group}`);
  if (r.supportPct === 100)
    return [t("common:calc.free", { state: vnd(r.fullMonth), basis: support?.legalBasis ?? "" })];
  return [
    t("common:calc.supported", {
      support: pct(r.supportPct ?? 0),
      person_pct: pct(100 - (r.supportPct ?? 0)),
      basis: support?.legalBasis ?? "",
      person_month: vnd(r.members[0]?.month ?? 0),
      state_month: vnd(r.fullMonth - (r.members[0]?.month ?? 0)),
    }),
    t("common:calc.total", { month: vnd(r.person.month), period: vnd(r.person.period), months }),
  ];
}

function notesOf(turn: Turn, r: ContributionResult): TextRef[] {
  const notes: TextRef[] = [];
  const provinceName = (code: string | undefined) =>
    turn.content.policy.provinces.find((p) => p.code === code)?.name[turn.locale] ?? code ?? "";
  if (r.input.insuredElsewhere > 0)
    notes.push(t("common:calc.note.insured_elsewhere", { count: r.input.insuredElsewhere }));
  const support = used(r, `support.${r.input.group}`);
  if (support && r.supportPct !== 100) {
    if (support.source === "province")
      notes.push(
        t("common:calc.note.province_level", {
          province: provinceName(support.province),
          basis: support.legalBasis,
          from: day(support.from),
          to: support.to ? day(support.to) : "—",
        }),
      );
    else if (r.input.province)
      notes.push(t("common:calc.note.no_province_level", { province: provinceName(r.input.province) }));
    else notes.push(t("common:calc.note.national_minimum"));
  }
  if (r.input.group === "near_poor") notes.push(t("common:calc.note.near_poor_free"));
  if (r.partialOverride)
    notes.push(
      t("common:calc.note.partial", {
        province: provinceName(r.input.province),
        who: r.partialOverride.appliesTo[turn.locale],
        support: pct(r.partialOverride.supportPct),
        person_month: vnd(r.partialOverride.person.month),
        basis: r.partialOverride.legalBasis,
      }),
    );
  if (r.baseChange)
    notes.push(
      t("common:calc.note.base_change", {
        from: day(r.baseChange.from),
        base: vnd(r.baseChange.base),
        basis: r.baseChange.legalBasis,
        months: r.baseChange.monthsAfter,
        difference: vnd(r.baseChange.personDifference),
      }),
    );
  if (r.input.date > turn.today) notes.push(t("common:calc.note.future_date", { date: day(r.input.date) }));
  else if (r.input.date < turn.today)
    notes.push(t("common:calc.note.past_date", { date: day(r.input.date) }));
  return notes;
}

function used(r: ContributionResult, id: string) {
  return r.parameters.find((p) => p.parameter === id);
}
