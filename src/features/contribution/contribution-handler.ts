import { encodeAction } from "../../core/actions.ts";
import { t, text } from "../../core/reply.ts";
import { CONTRIBUTION_GROUPS } from "../../policy/contribution/contribution-types.ts";
import { answerIntent } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { TRIAGE_START } from "../triage/walk-triage.ts";
import { draftFromSlots } from "./calc-draft.ts";
import { askCalcQuestion, continueCalc, PROVINCE_DEPENDENT } from "./calc-flow.ts";

/**
 * Handler of the "how much?" intents: with figures in the message (people, months, a date, a salary, a province
 * that sets its own level) it calculates at once and asks for what is missing; otherwise it gives the FAQ answer
 * with a button to calculate.
 */
export function contribution(turn: Turn, intentId: string): Outcome {
  const slots = turn.understanding?.slots ?? {};
  const group = CONTRIBUTION_GROUPS.find((g) => intentId === `contribution.${g}`) ?? slots.payerGroup;
  const wantsFigures =
    intentId === "contribution.calculator" ||
    slots.householdSize !== undefined ||
    slots.insuredElsewhere !== undefined ||
    slots.months !== undefined ||
    slots.date !== undefined ||
    slots.salary !== undefined ||
    (slots.province !== undefined && group !== undefined && PROVINCE_DEPENDENT.has(group));
  if (!wantsFigures) {
    const reply = answerIntent(turn, intentId);
    const start = {
      label: t("common:calc.start_button"),
      action: encodeAction(
        group
          ? { type: "calc", field: "group", value: group }
          : { type: "calc", field: "start", value: "go" },
      ),
    };
    const triage = {
      label: t("common:triage.start_button"),
      action: encodeAction({ type: "triage", node: TRIAGE_START }),
    };
    // The calculator where the group is known; "which group am I in?" (which leads to it) where it is not.
    if (reply.kind === "choices") reply.choices.splice(1, 0, group ? start : triage);
    return { replies: [reply], session: { lastIntent: intentId, misses: 0 } };
  }
  const { draft, invalid } = draftFromSlots(slots);
  if (group) draft.group = group;
  // A wrong date or period is said back and asked again, never silently replaced by a default.
  if (invalid === "date") return askCalcQuestion(turn, draft, "date", [text(t("common:calc.invalid.date"))]);
  if (invalid === "months" && draft.group !== "employee")
    return askCalcQuestion(turn, draft, "months", [text(t("common:calc.invalid.months"))]);
  return continueCalc(turn, draft);
}
