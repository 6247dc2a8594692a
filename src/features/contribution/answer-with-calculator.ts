import { encodeAction } from "../../core/actions.ts";
import { t } from "../../core/reply.ts";
import type { ContributionGroup } from "../../policy/contribution/contribution-types.ts";
import { answerAgain } from "../answer.ts";
import { answerIntent, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { withLevelAsked } from "../own-benefit-level.ts";
import { TRIAGE_START } from "../triage/walk-triage.ts";
import { earlierRulesReply } from "./date-compare.ts";

/**
 * A contribution topic's answer when the message gives no figures: the FAQ text, with the calculator's button where
 * the group is known and "which group am I in?" where it is not.
 */
export function answerWithCalculator(
  turn: Turn,
  intentId: string,
  group: ContributionGroup | undefined,
): Outcome {
  const again = answerAgain(turn, intentId);
  if (again) return again;
  const reply = withLevelAsked(turn, answerIntent(turn, intentId), group);
  const start = {
    label: t("common:calc.start_button"),
    action: encodeAction(
      group ? { type: "calc", field: "group", value: group } : { type: "calc", field: "start", value: "go" },
    ),
  };
  const triage = {
    label: t("common:triage.start_button"),
    action: encodeAction({ type: "triage", node: TRIAGE_START }),
  };
  // The calculator where the group is known; "which group am I in?" (which leads to it) where it is not. The
  // calculator topic among the next topics would be the same button twice.
  if (reply.kind === "choices") {
    const calculatorTopic = intentChoice("contribution.calculator").action;
    const kept = reply.choices.filter((choice) => !group || choice.action !== calculatorTopic);
    reply.choices.splice(0, reply.choices.length, ...kept);
    reply.choices.splice(1, 0, group ? start : triage);
  }
  return {
    replies: [reply, ...earlierRulesReply(turn, group)],
    session: { lastIntent: intentId, misses: 0 },
  };
}
