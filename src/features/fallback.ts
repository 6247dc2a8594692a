import { encodeAction } from "../core/actions.ts";
import { choices, t } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";
import { requestPerson } from "./staff/handoff.ts";

// After this many misses in a row the bot stops asking to rephrase and points to a person.
const MISSES_BEFORE_PERSON = 2;

/** Not understood or out of scope: ask to rephrase and offer the hotline; after repeated misses, a person. */
export function fallback(turn: Turn): Outcome | Promise<Outcome> {
  const misses = turn.session.misses + 1;
  // Where people can take over, the second miss in a row puts the citizen in their queue.
  if (misses >= MISSES_BEFORE_PERSON && turn.handoff) return requestPerson(turn);
  const hotline = turn.content.links.contacts.hotline;
  const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
  const parts =
    misses >= MISSES_BEFORE_PERSON
      ? [t("common:fallback.person", { hotline })]
      : [t("common:fallback.rephrase"), t("common:fallback.hotline", { hotline })];
  return { replies: [choices(parts, [menu])], session: { misses } };
}
