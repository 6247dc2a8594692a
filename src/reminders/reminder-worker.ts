import type { Logger } from "pino";
import type { ReminderEntry } from "./reminder.ts";
import { REMINDER_SHARDS, type ReminderQueue } from "./reminder-queue.ts";
import { DEFAULT_QUIET_HOURS, localTime, outOfQuietHours, type QuietHours } from "./schedule-times.ts";

/** Sends one reminder through its channel: "sent", or "deferred" when the channel cannot deliver it now. */
export interface ReminderDelivery {
  /**
   * "sent"; "deferred" (the channel cannot start a conversation now: wait for the user's next message); or the time
   * the user's chat is free again when it was just written to (the entry is due again then, not waited for).
   */
  deliver(entry: ReminderEntry): Promise<"sent" | "deferred" | { busyUntil: number }>;
}

/** Settings of a reminder worker. */
export interface WorkerOptions {
  store: ReminderQueue;
  delivery: ReminderDelivery;
  logger: Logger;
  now?: () => number;
  /** How long a claim is this worker's; after that another worker may take the entry over. */
  leaseMs?: number;
  /** Entries claimed per shard per pass. */
  batch?: number;
  /** Failed attempts before an entry is parked for admins. */
  maxAttempts?: number;
  /** Told of every reminder sent (for the day's stats). */
  onSent?: (entry: ReminderEntry) => void;
  /** Told of every failed delivery attempt (for the channel-errors metric). */
  onFailed?: (entry: ReminderEntry) => void;
  /** Local hours when nothing is sent (21:00–07:00 unless configured). */
  quietHours?: QuietHours;
}

/**
 * Claims due reminders and delivers them. Several workers (in one process or many) can run on one Redis: a claim
 * is atomic, a crashed worker's claims come back when their lease runs out, and the fire log makes a re-claimed
 * entry that was already sent a no-op. Entries are sent at least once; one is sent twice only if a worker dies
 * between the channel accepting it and the acknowledgement (a few milliseconds).
 */
export function createReminderWorker(options: WorkerOptions) {
  const now = options.now ?? Date.now;
  const leaseMs = options.leaseMs ?? 120_000;
  const batch = options.batch ?? 100;
  const maxAttempts = options.maxAttempts ?? 5;
  const { store, delivery, logger } = options;
  const quiet = options.quietHours ?? DEFAULT_QUIET_HOURS;

  async function process(entry: ReminderEntry): Promise<"sent" | "skipped" | "later" | "parked"> {
    const at = now();
    // Reminders that fell due while no worker ran are still sent, unless the cards have already expired.
    if (at >= localTime(entry.expiry, 24)) {
      await store.ack(entry, at);
      return "skipped";
    }
    const allowed = outOfQuietHours(at, quiet);
    if (allowed > at) {
      await store.retry(entry, allowed, false);
      return "later";
    }
    // A slow channel (a Zalo token refresh, say) keeps the claim: its lease is renewed while the send runs.
    const renewal = setInterval(
      () => void store.extend(entry, now() + leaseMs).catch(() => {}),
      leaseMs / 3,
    ).unref();
    try {
      const result = await delivery.deliver(entry).finally(() => clearInterval(renewal));
      // One user's many reminders never hold up others': a chat still paced is tried again when it is free.
      if (typeof result === "object") {
        await store.retry(entry, result.busyUntil, false);
        return "later";
      }
      if (result === "sent") {
        await store.ack(entry, now());
        options.onSent?.(entry);
        return "sent";
      }
      // The channel cannot start a conversation now: the reminder waits for the user's next message.
      await store.defer(entry);
      return "later";
    } catch (error) {
      options.onFailed?.(entry);
      if (entry.attempts + 1 >= maxAttempts) {
        await store.park(entry, at);
        logger.error(
          { id: entry.id, err: (error as Error).message },
          "reminder parked after repeated failures",
        );
        return "parked";
      }
      // Back off: 1, 2, 4, 8… minutes.
      await store.retry(entry, outOfQuietHours(at + 60_000 * 2 ** entry.attempts, quiet));
      logger.warn({ id: entry.id, err: (error as Error).message }, "reminder delivery failed; will retry");
      return "later";
    }
  }

  /**
   * One pass over every shard: give back expired leases, claim what is due, deliver it. Once `stop` aborts, the
   * claims not yet delivered are released (due again at once) so another worker sends them without waiting out
   * the lease. Nothing is started once half a claim's lease has gone: a slow channel could otherwise still be
   * sending an entry when its lease runs out and another worker takes it; the rest are released and claimed afresh.
   */
  async function tick(
    stop?: AbortSignal,
  ): Promise<{ sent: number; skipped: number; later: number; parked: number }> {
    const counts = { sent: 0, skipped: 0, later: 0, parked: 0 };
    for (let shard = 0; shard < REMINDER_SHARDS && !stop?.aborted; shard++) {
      await store.recover(shard, now());
      for (;;) {
        const claimedAt = now();
        const claimed = await store.claim(shard, claimedAt, leaseMs, batch);
        let done = 0;
        while (done < claimed.length && !stop?.aborted && now() - claimedAt < leaseMs / 2)
          counts[await process(claimed[done++]!)]++;
        if (done < claimed.length) {
          await Promise.all(claimed.slice(done).map((left) => store.retry(left, now(), false)));
          if (stop?.aborted) return counts;
          continue;
        }
        if (claimed.length < batch) break;
      }
    }
    return counts;
  }

  return {
    tick,
    /** Runs passes every `intervalMs` until `signal` aborts; a failing pass is logged and the next one tried. */
    async run(signal: AbortSignal, intervalMs = 1000): Promise<void> {
      while (!signal.aborted) {
        await tick(signal).catch((error: Error) =>
          logger.error({ err: error.message }, "reminder pass failed"),
        );
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            signal.removeEventListener("abort", wake);
            resolve();
          };
          const timer = setTimeout(wake, intervalMs);
          signal.addEventListener("abort", wake, { once: true });
        });
      }
    },
  };
}
