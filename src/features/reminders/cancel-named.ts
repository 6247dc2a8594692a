import { foldWords } from "../../core/fold.ts";
import type { Outcome, Turn } from "../handler.ts";
import { listReminders, reminderAction } from "./remind-flow.ts";

/**
 * "Hủy nhắc của mẹ", "huỷ mẹ", "cancel my wife's": the one card whose name the message says is cancelled, as its
 * button would; with no name, or a name that fits several cards, the list with its buttons.
 */
export async function cancelNamedReminders(turn: Turn): Promise<Outcome> {
  const mine = (await turn.reminders?.listFor(turn.message.ref)) ?? [];
  const words = ` ${foldWords(turn.text)} `;
  // One entry per card (a name and an expiry): a name with two cards is not one card.
  const cards = new Map(mine.map((r) => [`${r.entry.label}\u0000${r.entry.expiry}`, r.entry]));
  const named = [...cards.values()].filter(
    (entry) => entry.label !== "" && words.includes(` ${foldWords(entry.label)} `),
  );
  if (named.length !== 1) return listReminders(turn);
  const outcome = await reminderAction(turn, "cancel", named[0]!.id);
  return { ...outcome, session: { ...outcome.session, lastIntent: "reminder.cancel" } };
}
