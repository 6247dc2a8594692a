import type { ConversationRef } from "../../core/types.ts";
import type { ReminderEntry } from "../../reminders/reminder.ts";

/** What the conversation needs from reminder storage (Redis in production): schedule, list, cancel. */
export interface ReminderBook {
  schedule(
    ref: ConversationRef,
    entries: { entry: Omit<ReminderEntry, "id">; at: number }[],
  ): Promise<string[]>;
  listFor(ref: ConversationRef): Promise<{ entry: ReminderEntry; at: number }[]>;
  cancel(ref: ConversationRef, ids?: readonly string[]): Promise<number>;
  /** Deletes all of a user's reminders, waiting or deferred. */
  forget(ref: ConversationRef): Promise<void>;
  /** Whether reminders wait for the user's next message (a cheap check made with the turn's other reads). */
  hasPending(ref: ConversationRef): Promise<boolean>;
  /** Reminders that could not be sent earlier (the channel's window was closed), taken once. */
  takePending(ref: ConversationRef): Promise<ReminderEntry[]>;
}

/** The same book, reporting how many reminders each schedule call set (for the day's numbers). */
export function countingScheduled(book: ReminderBook, onScheduled: (count: number) => void): ReminderBook {
  return {
    schedule: async (ref, entries) => {
      const ids = await book.schedule(ref, entries);
      onScheduled(ids.length);
      return ids;
    },
    listFor: (ref) => book.listFor(ref),
    cancel: (ref, ids) => book.cancel(ref, ids),
    forget: (ref) => book.forget(ref),
    hasPending: (ref) => book.hasPending(ref),
    takePending: (ref) => book.takePending(ref),
  };
}

// A corrected card's reminders ("bố=2027-05-20"), removed before its new date is scheduled.
export async function cancelCard(ref: ConversationRef, book: ReminderBook, replaces: string): Promise<void> {
  const [label = "", expiry = ""] = replaces.split("=");
  const held = await book.listFor(ref);
  const ids = held.filter((r) => r.entry.label === label && r.entry.expiry === expiry).map((r) => r.entry.id);
  if (ids.length > 0) await book.cancel(ref, ids);
}

/** Whether two reminders are for the same card (its name and its end). */
export function sameCard(a: ReminderEntry, b: ReminderEntry): boolean {
  return a.label === b.label && a.expiry === b.expiry;
}
