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
