import { encodeAction } from "../../core/actions.ts";
import { type Choice, choices, t, text } from "../../core/reply.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { showHelp } from "../help.ts";

/** The first question of "who pays?". */
export const TRIAGE_START = "start";

/** One step of the "who pays?" tree (data in intents/triage/): a question with options, or where the person belongs. */
export function triageStep(turn: Turn, step: string): Outcome {
  const { start, nodes, results } = turn.content.triage;
  const plain = (value: string) => t("common:plain", { text: value });
  const id = step === TRIAGE_START ? start : step;
  // Only the tree's own keys: a forged button ("triage:constructor") must not reach Object.prototype.
  const node = Object.hasOwn(nodes, id) ? nodes[id] : undefined;
  if (node) {
    const options: Choice[] = node.options.map((option) => ({
      label: plain(option.label[turn.locale]),
      action: encodeAction({ type: "triage", node: "next" in option ? option.next : option.result }),
    }));
    return { replies: [choices([plain(node.question[turn.locale])], options)], session: { misses: 0 } };
  }
  const result = Object.hasOwn(results, step) ? results[step] : undefined;
  if (!result) return showHelp(turn);
  const buttons: Choice[] = [
    intentChoice(result.answer),
    intentChoice(result.enroll),
    ...(result.group && result.payer !== "state" && result.payer !== "social_insurance"
      ? [
          {
            label: t("common:calc.start_button"),
            action: encodeAction({ type: "calc", field: "group", value: result.group }),
          },
        ]
      : []),
    { label: t("common:triage.again"), action: encodeAction({ type: "triage", node: TRIAGE_START }) },
  ];
  return {
    replies: [text(t(`common:triage.result.${result.payer}`)), choices([t("common:triage.next")], buttons)],
    session: { lastIntent: result.answer, misses: 0 },
  };
}
