import { encodeAction } from "../../core/actions.ts";
import { type Choice, choices, type Reply, type TextRef, t, text, withLines } from "../../core/reply.ts";
import { asksShortestPeriod } from "../../nlu/payment-period.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { comparesHouseholdWithAlone } from "../../nlu/what-is-asked.ts";
import { day, law, pct, vnd } from "../../policy/answer-vars.ts";
import { supportParameterOf } from "../../policy/contribution/calculate-contribution.ts";
import {
  type ContributionResult,
  PAYMENT_MONTHS,
  type UsedParameter,
} from "../../policy/contribution/contribution-types.ts";
import { ageBandOverridesAt, parameterAt, partialOverridesAt } from "../../policy/parameter-at.ts";
import type { ResolvedValue } from "../../policy/policy-data.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { employeeBasis, employeeBody, employeeChangeNote, used } from "./calc-employee-reply.ts";
import { householdChoice } from "./household-choice.ts";
import { leftOutNotes } from "./pension-not-granted.ts";

/** The breakdown of a calculation as a reply: amounts, who pays what, the rules used and what to do next. */
export function contributionReply(turn: Turn, result: ContributionResult, extraNotes: TextRef[] = []): Reply {
  const { input } = result;
  const base = used(result, "base_salary")!;
  const rate = used(result, "contribution_rate")!;
  const parts: TextRef[] = [
    // Nobody left to pay: the title counts the people asked about, and says they pay nothing, not for how long.
    t(
      result.payers === 0 && input.group === "household"
        ? "common:calc.title_nobody"
        : `common:calc.title.${input.group}`,
      {
        people: result.payers || input.members,
        count: result.payers || input.members,
        months: input.months,
      },
    ),
    ...bodyOf(result, turn),
    ...extraNotes,
    // A level the user states says already that the figure is the national minimum: not said twice.
    ...notesOf(turn, result).filter(
      (note) => !(extraNotes.some((n) => n.key === STATED) && UNKNOWN_LEVEL.has(note.key)),
    ),
    t("common:safety.payment"),
    result.employee
      ? employeeBasis(result)
      : t("common:calc.basis", {
          base: vnd(base.value as number),
          base_from: day(base.from),
          base_basis: law(base.legalBasis),
          rate: pct((rate.value as number) / 100),
          rate_basis: law(rate.legalBasis),
        }),
  ];
  // Months change nothing for employees (paid monthly through the employer) or groups the state pays for in full.
  const otherMonths: Choice[] =
    input.group === "employee" || result.supportPct === 100 || result.payers === 0
      ? []
      : PAYMENT_MONTHS.filter((m) => m !== input.months).map((m) => ({
          label: t("common:calc.button.months", { months: m }),
          action: encodeAction({ type: "calc", field: "months", value: String(m) }),
        }));
  // Nothing to pay: where to pay is no help; how to find the card is.
  const next =
    result.supportPct === 100 || result.payers === 0
      ? [intentChoice("card.lookup"), intentChoice("contact.hotline")]
      : [intentChoice("enroll.where"), intentChoice("enroll.online_payment")];
  return choices(parts, [...otherMonths, ...next]);
}

const STATED = "common:calc.note.stated_support";
const UNKNOWN_LEVEL = new Set(["common:calc.note.no_province_level", "common:calc.note.national_minimum"]);

// Where a card the state pays for comes from: the school for pupils, the birth registration for young children,
// the commune's list for everyone else.
const FREE_CARD_FROM: Partial<Record<string, string>> = {
  student: "common:calc.free_where_school",
  child_under6: "common:calc.free_where_child",
};

function bodyOf(r: ContributionResult, turn: Turn): TextRef[] {
  const months = r.input.months;
  if (r.employee) return employeeBody(r, r.employee, foldForSlots(turn.text));
  if (r.payers === 0)
    return [
      t(
        r.ageBand && r.input.insuredElsewhere === 0
          ? "common:calc.household.province_pays_all"
          : "common:calc.household.nobody",
      ),
    ];
  if (r.input.group === "household") {
    const lines = r.members.map((m) =>
      t("common:calc.household.member", { order: m.order, amount: vnd(m.month), share: pct(m.sharePct) }),
    );
    return [
      withLines(t("common:calc.household.head"), lines),
      t("common:calc.total", { month: vnd(r.person.month), period: vnd(r.person.period), months }),
    ];
  }
  const support = used(r, supportParameterOf(r.input));
  if (r.supportPct === 100)
    return [
      t("common:calc.free", { state: vnd(r.fullMonth), basis: law(support?.legalBasis ?? "") }),
      t(FREE_CARD_FROM[r.input.group] ?? "common:calc.free_where"),
    ];
  return [
    t("common:calc.supported", {
      support: pct(r.supportPct ?? 0),
      person_pct: pct(100 - (r.supportPct ?? 0)),
      basis: law(support?.legalBasis ?? ""),
      person_month: vnd(r.members[0]?.month ?? 0),
      state_month: vnd(r.fullMonth - (r.members[0]?.month ?? 0)),
      // "mỗi người 1 năm đóng bao nhiêu, cả nhà bao nhiêu": each person's period, then the total below.
      ...(r.members.length > 1
        ? { context: "several", person_period: vnd(r.members[0]!.period), months }
        : {}),
    }),
    t("common:calc.total", { month: vnd(r.person.month), period: vnd(r.person.period), months }),
  ];
}

function notesOf(turn: Turn, r: ContributionResult): TextRef[] {
  const notes: TextRef[] = [];
  const provinceName = (code: string | undefined) =>
    turn.content.policy.provinces.find((p) => p.code === code)?.name[turn.locale] ?? code ?? "";
  notes.push(...leftOutNotes(turn, r));
  if (r.input.group !== "employee" && r.payers > 0 && asksShortestPeriod(turn.text))
    notes.push(t("common:calc.note.shortest_period"));
  // "mua theo hộ hay mua lẻ": what the same people would pay each alone, and what the household saves.
  if (r.input.group === "household" && r.payers >= 2 && comparesHouseholdWithAlone(turn.text)) {
    const alone = r.fullMonth * r.input.months * r.payers;
    notes.push(
      t("common:calc.note.alone_compare", {
        payers: r.payers,
        one: vnd(r.fullMonth * r.input.months),
        alone: vnd(alone),
        saved: vnd(alone - r.total.period),
      }),
    );
  }
  // The card's price is not the pension: the social pension itself is a monthly sum of its own.
  if (r.input.group === "elderly_social") {
    const pension = parameterAt(turn.content.policy, "social_pension_month", { date: r.input.date });
    notes.push(
      t("common:calc.note.social_pension", { amount: vnd(pension.value), basis: law(pension.legalBasis) }),
    );
  }
  const band =
    r.input.group === "household" && !r.ageBand && r.input.province ? ageBandOf(turn, r) : undefined;
  if (band)
    notes.push(
      t("common:calc.note.age_band_ask", {
        province: provinceName(band.province),
        who: band.applies_to![turn.locale],
        support: pct(band.value),
        basis: law(band.legal_basis),
      }),
    );
  if (r.ageBand)
    notes.push(
      t("common:calc.note.age_band", {
        count: r.ageBand.count,
        province: provinceName(r.ageBand.province),
        who: r.ageBand.appliesTo[turn.locale],
        support: pct(r.ageBand.supportPct),
        basis: law(r.ageBand.legalBasis),
      }),
    );
  const support = used(r, supportParameterOf(r.input));
  const partLevel = coversPart(turn, r);
  if (support && r.supportPct !== undefined && r.supportPct !== 100) {
    if (support.source === "province")
      notes.push(
        t("common:calc.note.province_level", {
          province: provinceName(support.province),
          basis: law(support.legalBasis),
          from: day(support.from),
          to: support.to ? day(support.to) : "—",
        }),
      );
    else if (r.input.province && r.input.part === "other" && partLevel)
      notes.push(
        t("common:calc.note.part_not_covered", {
          province: provinceName(r.input.province),
          who: partLevel.appliesTo?.[turn.locale] ?? "—",
        }),
      );
    else if (r.input.province && !r.partialOverride) {
      const ended = expiredLevel(turn, r);
      notes.push(
        ended
          ? t("common:calc.note.expired_province_level", {
              province: provinceName(r.input.province),
              basis: law(ended.legal_basis),
              to: day(ended.to!),
            })
          : t("common:calc.note.no_province_level", { province: provinceName(r.input.province) }),
      );
    } else notes.push(t("common:calc.note.national_minimum"));
  }
  // Who of the near-poor the state pays for in full is the rule of ND 188 (from 1/7/2025): not said of older sums.
  const underNd188 = (used(r, "support.near_poor")?.legalBasis ?? "").includes("188/2025");
  if (r.input.group === "near_poor" && underNd188) notes.push(t("common:calc.note.near_poor_free"));
  if (r.input.group === "agri_household" && r.payers > 0) notes.push(householdChoice(turn, r));
  if (r.partialOverride)
    notes.push(
      t("common:calc.note.partial", {
        province: provinceName(r.input.province),
        who: r.partialOverride.appliesTo[turn.locale],
        support: pct(r.partialOverride.supportPct),
        person_month: vnd(r.partialOverride.person.month),
        basis: law(r.partialOverride.legalBasis),
      }),
    );
  const employeeChange = r.employee ? employeeChangeNote(turn.content.policy, r) : undefined;
  if (employeeChange) notes.push(employeeChange);
  else if (r.ruleChanges && r.personDifference !== undefined) {
    const changes = r.ruleChanges.flatMap((change) =>
      change.changed.map((p) => describeChange(change.from, p, provinceName(p.province))),
    );
    const direction = r.personDifference > 0 ? "more" : "less";
    notes.push(
      withLines(
        t(`common:calc.note.rule_change_${direction}`, {
          months: r.ruleChanges[0]!.monthsAfter,
          difference: vnd(Math.abs(r.personDifference)),
        }),
        changes,
      ),
    );
  }
  for (const change of r.planned ?? [])
    notes.push(
      t("common:calc.note.planned", {
        basis: law(change.basis),
        what: change.what[turn.locale],
        // Announced for a year ("từ năm 2027"), not a day: the day the data needs is not the document's.
        year: change.from.slice(0, 4),
      }),
    );
  if (r.input.date > turn.today) notes.push(t("common:calc.note.future_date", { date: day(r.input.date) }));
  else if (r.input.date < turn.today)
    notes.push(t("common:calc.note.past_date", { date: day(r.input.date) }));
  return notes;
}

// The province's last known level for the group when it ended before the date: said as ended, not as unknown.
function expiredLevel(turn: Turn, r: ContributionResult) {
  return turn.content.policy.overrides
    .filter(
      (o) =>
        o.province === r.input.province &&
        o.parameter === `support.${r.input.group}` &&
        o.to !== undefined &&
        o.to < r.input.date,
    )
    .sort((a, b) => (a.to! < b.to! ? 1 : -1))[0];
}

// The province's level for a part of the group (TP.HCM's pupils), or undefined.
function coversPart(turn: Turn, r: ContributionResult): ResolvedValue | undefined {
  const at = { date: r.input.date, ...(r.input.province ? { province: r.input.province } : {}) };
  return partialOverridesAt(turn.content.policy, `support.${r.input.group}`, at)[0];
}

/** One line about a rule that changes inside the period: the new base, support level or other rule, and its source. */
function describeChange(from: string, p: UsedParameter, province: string): TextRef {
  const vars = { from: day(from), basis: law(p.legalBasis), province };
  if (p.parameter === "base_salary")
    return t("common:calc.change.base_salary", { ...vars, value: vnd(p.value as number) });
  if (p.parameter.startsWith("support."))
    return p.source === "province"
      ? t("common:calc.change.province_support", { ...vars, value: pct(p.value as number) })
      : t("common:calc.change.support", { ...vars, value: pct(p.value as number) });
  return t("common:calc.change.other", vars);
}

// A province that supports household members by age, while the message gave no age in the band.
function ageBandOf(turn: Turn, r: ContributionResult) {
  const at = { date: r.input.date, province: r.input.province! };
  return ageBandOverridesAt(turn.content.policy, "support.household", at)[0];
}

// The notes of a sum that say what the province adds (or that it adds nothing known).
const PROVINCE_NOTES = new Set([
  "common:calc.note.province_level",
  "common:calc.note.expired_province_level",
  "common:calc.note.no_province_level",
  "common:calc.note.part_not_covered",
  "common:calc.note.partial",
  "common:calc.note.national_minimum",
]);

/** A sum's reply cut to what the province adds, for a question about only that; undefined when it says nothing. */
export function provinceNotesOnly(sum: Outcome): Outcome | undefined {
  const notes = sum.replies.flatMap((reply) => reply.parts.filter((part) => PROVINCE_NOTES.has(part.key)));
  return notes.length > 0 ? { ...sum, replies: [text(...notes)] } : undefined;
}
