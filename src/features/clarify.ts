import { encodeAction } from "../core/actions.ts";
import { choices, t } from "../core/reply.ts";
import { intentChoice } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// Longer questions are kept cut: the details a topic reads are in the first lines.
const MAX_KEPT = 1000;

/** Unsure: "did you mean…?" with the likely topics as buttons. */
export function clarify(turn: Turn): Outcome {
  const understanding = turn.understanding;
  if (!understanding) throw new Error("clarify needs an understanding of the message.");
  const candidates = [understanding.intent, ...understanding.alternatives.map((a) => a.intent)]
    .filter((intent) => intent !== "out_of_scope" && turn.content.intents.has(intent))
    .slice(0, 3);
  const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
  return {
    replies: [choices([t("common:clarify.prompt")], [...candidates.map(intentChoice), menu])],
    // The likeliest topic is the one a short follow-up carries on ("nếu để quá 4 tháng thì sao").
    // Not a group's price: a sum in progress stays the topic rather than a guess at another group.
    session: {
      ...(candidates[0] && !candidates[0].startsWith("contribution.") ? { lastIntent: candidates[0] } : {}),
      clarified: turn.text.slice(0, MAX_KEPT),
    },
  };
}
