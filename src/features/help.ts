import { encodeAction } from "../core/actions.ts";
import { t } from "../core/reply.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/** What the bot can do, with the main topics as buttons (the help intent's `next`). */
export function showHelp(turn: Turn): Outcome {
  const reply = answerIntent(turn, "smalltalk.help");
  // The privacy notice is always one tap from the help.
  if (reply.kind === "choices")
    reply.choices.push({
      label: t("common:privacy.button"),
      action: encodeAction({ type: "privacy", what: "show" }),
    });
  return { replies: [reply], session: { misses: 0 } };
}
