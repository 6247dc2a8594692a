import { encodeAction } from "../../core/actions.ts";
import { choices, t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";

/** The privacy notice (`/riengtu`, or the help's button): what is kept, for how long, and how to delete it. */
export function showPrivacy(turn: Turn): Outcome {
  const forget = {
    label: t("common:privacy.button_forget"),
    action: encodeAction({ type: "privacy", what: "ask" }),
  };
  return {
    replies: [
      choices([t("common:privacy.notice", { hotline: turn.content.links.contacts.hotline })], [forget]),
    ],
  };
}

/** `/xoadulieu`: asks once before deleting everything the bot keeps about the user. */
export function askToForget(): Outcome {
  return {
    replies: [
      choices(
        [t("common:privacy.confirm")],
        [
          {
            label: t("common:privacy.button_yes"),
            action: encodeAction({ type: "privacy", what: "forget" }),
            means: "yes",
          },
          {
            label: t("common:privacy.button_no"),
            action: encodeAction({ type: "privacy", what: "keep" }),
            means: "no",
          },
        ],
      ),
    ],
  };
}

/** Deletes the user's conversation state, reminders and unanswered-question entries (the bot saves nothing after). */
export async function forgetUser(turn: Turn): Promise<Outcome> {
  const ref = turn.message.ref;
  await turn.reminders?.forget(ref);
  await turn.staffDesk?.forgetUser(ref);
  const active = await turn.handoff?.activeFor(ref);
  if (active) await turn.handoff?.close(active.id);
  return { replies: [text(t("common:privacy.forgotten"))], forget: true };
}
