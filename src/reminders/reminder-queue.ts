import type { ReminderEntry } from "./reminder.ts";

/** Shards of the reminder queue: each worker pass walks them all (Redis keeps one set of keys per shard). */
export const REMINDER_SHARDS = 16;

/** What a worker needs from reminder storage (Redis in production, src/infra/redis-reminder-store.ts). */
export interface ReminderQueue {
  claim(shard: number, now: number, leaseMs: number, limit: number): Promise<ReminderEntry[]>;
  recover(shard: number, now: number): Promise<number>;
  /** Moves a claimed entry's lease deadline to `until` (no-op when it is no longer leased). */
  extend(entry: ReminderEntry, until: number): Promise<void>;
  ack(entry: ReminderEntry, now: number): Promise<void>;
  retry(entry: ReminderEntry, at: number, failed?: boolean): Promise<void>;
  park(entry: ReminderEntry, now: number): Promise<void>;
  defer(entry: ReminderEntry): Promise<void>;
}
