import { encodeAction } from "../../core/actions.ts";
import { type AnswerValue, type Choice, choices, type Reply, t } from "../../core/reply.ts";
import { pct, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import {
  CONTRIBUTION_GROUPS,
  type ContributionGroup,
  PAYMENT_MONTHS,
} from "../../policy/contribution/contribution-types.ts";
import { ageBandOverridesAt, agesInBand, inForceOn, partialOverridesAt } from "../../policy/parameter-at.ts";
import { answerVarsFor } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, type CalcDraft, type CalcField, payingAges } from "./calc-draft.ts";

/** The provincial level for part of the draft's group (TP.HCM's pupils), while it is unknown whether the person is in it. */
export function partLevelOf(turn: Turn, draft: CalcDraft) {
  const province = draft.province === "none" ? undefined : (draft.province ?? turn.province);
  if (!draft.group || !province) return undefined;
  return partialOverridesAt(turn.content.policy, `support.${draft.group}`, {
    date: draft.date ?? turn.today,
    province,
  })[0];
}

/** Only provinces whose own level is in force on the date of the sum: an ended plan is neither asked nor offered. */
export function provincesWithOwnLevel(turn: Turn, draft: CalcDraft): Set<string> {
  const on = draft.date ?? turn.today;
  return new Set(
    turn.content.policy.overrides
      .filter((o) => o.parameter === `support.${draft.group}` && inForceOn(o, on))
      // A university student is not asked for the province when the only provincial level is for pupils.
      .filter((o) => !draft.part || !o.part || o.part === draft.part)
      .map((o) => o.province),
  );
}

/** Asks one question of the calculator, after any replies in `before` (such as why the last answer was refused). */
export function askCalcQuestion(turn: Turn, draft: CalcDraft, field: CalcField, before: Reply[]): Outcome {
  // The household question explains the ladder's members, the near-poor one the support; others are simply counted.
  // ("Tỉnh có hỗ trợ thêm cho hộ cận nghèo không": the province said is answered in the question, its level or none.)
  const nearPoor = field === "members" && draft.group === "near_poor";
  const province = nearPoor ? nearPoorInProvince(turn, draft) : {};
  const near = !nearPoor
    ? "members_people"
    : "support" in province
      ? "members_near_poor_province"
      : "province" in province
        ? "members_near_poor_unknown"
        : "members_near_poor";
  const key = field === "members" && draft.group !== "household" ? near : field;
  // "Nhà 5 người, không tính 3 người…": who the household's sum will count, before asking for the months.
  const elsewhere = field === "months" && draft.members ? (draft.insuredElsewhere ?? 0) : 0;
  // (Members a province pays for by age, "ông bà 74 với 68" in Ho Chi Minh City, are not payers either.)
  const payers = draft.members ? draft.members - elsewhere - paidByAge(turn, draft) : 0;
  const counted =
    elsewhere > 0 && payers > 0
      ? [t("common:calc.counted", { members: draft.members!, elsewhere: draft.members! - payers, payers })]
      : [];
  const question = choices(
    [...counted, t(`common:calc.ask.${key}`, questionVars(turn, draft, field, province))],
    buttonsFor(turn, draft, field),
  );
  return {
    replies: [...before, question],
    session: {
      flow: { id: CALC_FLOW, awaiting: field, data: draft },
      ...(draft.group ? { lastIntent: `contribution.${draft.group}` } : {}),
      misses: 0,
    },
  };
}

// "Ở TP. Hồ Chí Minh, học sinh phổ thông… được hỗ trợ 100%": who the provincial level covers, for the part question.
function questionVars(
  turn: Turn,
  draft: CalcDraft,
  field: CalcField,
  nearPoorLevel: Record<string, string | AnswerValue>,
): Record<string, string | AnswerValue> {
  if (field === "members" && draft.group === "near_poor")
    return { ...answerVarsFor(turn, ["near_poor_person_month"]), ...nearPoorLevel };
  const level = field === "part" ? partLevelOf(turn, draft) : undefined;
  if (!level?.appliesTo) return {};
  const province = turn.content.policy.provinces.find((p) => p.code === level.province);
  return {
    province: province?.name[turn.locale] ?? "",
    who: level.appliesTo[turn.locale],
    support: pct(level.value),
  };
}

function buttonsFor(turn: Turn, draft: CalcDraft, field: CalcField): Choice[] {
  const button = (label: ReturnType<typeof t>, value: string | number): Choice => ({
    label,
    action: encodeAction({ type: "calc", field, value: String(value) }),
  });
  switch (field) {
    case "group":
      return CONTRIBUTION_GROUPS.map((g) => button(t(`common:calc.group.${g}`), g));
    case "members":
      return [1, 2, 3, 4, 5, 6].map((n) => button(t("common:calc.button.members", { count: n }), n));
    case "months":
      return PAYMENT_MONTHS.map((m) => button(t("common:calc.button.months", { months: m }), m));
    case "province": {
      const withOwnLevel = provincesWithOwnLevel(turn, draft);
      const provinces = turn.content.policy.provinces.filter((p) => withOwnLevel.has(p.code));
      return [
        ...provinces.map((p) =>
          button(t("common:calc.button.province", { name: p.name[turn.locale] }), p.code),
        ),
        button(t("common:calc.button.province_none"), "none"),
      ];
    }
    case "date":
      return [button(t("common:calc.button.today"), "today")];
    case "salary":
      return [];
    case "part": {
      const part = partLevelOf(turn, draft)?.part ?? "other";
      return [
        { ...button(t("common:calc.button.part_yes"), part), means: "yes" },
        { ...button(t("common:calc.button.part_no"), "other"), means: "no" },
      ];
    }
  }
}

// How many of the ages said fall in the province's age band for households (none where it has no band).
function paidByAge(turn: Turn, draft: CalcDraft): number {
  const province = draft.province === "none" ? undefined : (draft.province ?? turn.province);
  if (draft.group !== "household" || !province || !draft.ages) return 0;
  const at = { date: draft.date ?? turn.today, province };
  return agesInBand(ageBandOverridesAt(turn.content.policy, "support.household", at)[0], payingAges(draft));
}

/** Whether the province the user named earlier in the chat sets its own level for `group`. */
export function rememberedOwnLevel(turn: Turn, group: ContributionGroup): boolean {
  const province = turn.session.province;
  return province !== undefined && provincesWithOwnLevel(turn, { group }).has(province);
}

// The near-poor's level in the province the draft or the chat names: its own, or the national minimum it has none.
function nearPoorInProvince(turn: Turn, draft: CalcDraft): Record<string, string | AnswerValue> {
  const code = draft.province === "none" ? undefined : (draft.province ?? turn.province);
  const province = turn.content.policy.provinces.find((p) => p.code === code);
  if (!province) return {};
  const one = calculateContribution(turn.content.policy, {
    group: "near_poor",
    date: draft.date ?? turn.today,
    months: 12,
    members: 1,
    province: province.code,
  });
  const national = calculateContribution(turn.content.policy, {
    group: "near_poor",
    date: draft.date ?? turn.today,
    months: 12,
    members: 1,
  });
  const name = province.name[turn.locale];
  if ((one.supportPct ?? 0) <= (national.supportPct ?? 0)) return { province: name };
  return { province: name, support: pct(one.supportPct ?? 0), month: vnd(one.person.month) };
}
