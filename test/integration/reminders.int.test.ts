import { getEventListeners } from "node:events";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisReminderStore, REMINDER_SHARDS, shardOf } from "../../src/infra/redis-reminder-store.ts";
import type { ReminderEntry } from "../../src/reminders/reminder.ts";
import { createReminderWorker, type ReminderDelivery } from "../../src/reminders/reminder-worker.ts";
import { localHour, localTime, outOfQuietHours, reminderTimes } from "../../src/reminders/schedule-times.ts";
import { testRedis } from "../helpers/test-app.ts";

const redis = testRedis(9);
const logger = createLogger("silent");
const store = createRedisReminderStore(redis);
// 10:00 in Ho Chi Minh City on 1/12/2026: outside quiet hours.
const NOW = localTime("2026-12-01", 10);

beforeEach(async () => {
  await redis.flushdb();
});
afterAll(() => redis.quit());

const entry = (userId: string, daysBefore = 7, label = ""): Omit<ReminderEntry, "id"> => ({
  ref: { channel: "telegram", userId },
  label,
  expiry: "2027-03-15",
  daysBefore,
  locale: "vi",
  attempts: 0,
  members: 0,
});

/** A delivery that records what it sent (a stand-in for a channel, used to count deliveries). */
function recordingDelivery(delayMs = 0) {
  const sent: string[] = [];
  const delivery: ReminderDelivery = {
    async deliver(e) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      sent.push(e.id);
      return "sent";
    },
  };
  return { sent, delivery };
}

describe("reminder times", () => {
  it("fires 30, 7 and 1 days before the expiry at 08:00 in Ho Chi Minh City, past ones left out", () => {
    const times = reminderTimes("2027-03-15", NOW);
    expect(times.map((t) => new Date(t.at).toISOString())).toEqual([
      "2027-02-13T01:00:00.000Z",
      "2027-03-08T01:00:00.000Z",
      "2027-03-14T01:00:00.000Z",
    ]);
    expect(reminderTimes("2026-12-05", NOW).map((t) => t.daysBefore)).toEqual([1]);
  });

  it("never sends between 21:00 and 07:00 local time, across the date line in UTC", () => {
    const late = localTime("2026-12-01", 22);
    expect(new Date(outOfQuietHours(late)).toISOString()).toBe("2026-12-02T00:00:00.000Z"); // 07:00 local
    const early = localTime("2026-12-02", 3); // 20:00 UTC the day before
    expect(localHour(outOfQuietHours(early))).toBe(7);
    expect(outOfQuietHours(NOW)).toBe(NOW);
  });

  it("honours operator-set quiet hours, within one day or over midnight", () => {
    const lunch = { from: 11, until: 13 };
    expect(localHour(outOfQuietHours(localTime("2026-12-01", 12), lunch))).toBe(13);
    expect(outOfQuietHours(localTime("2026-12-01", 22), lunch)).toBe(localTime("2026-12-01", 22));
    const evening = { from: 20, until: 6 };
    expect(outOfQuietHours(localTime("2026-12-01", 20), evening)).toBe(localTime("2026-12-02", 6));
    expect(outOfQuietHours(localTime("2026-12-02", 5), evening)).toBe(localTime("2026-12-02", 6));
    expect(outOfQuietHours(localTime("2026-12-01", 23), { from: 0, until: 0 })).toBe(
      localTime("2026-12-01", 23),
    );
  });
});

describe("reminder store and workers on real Redis", () => {
  it("keeps a user's reminders in one shard, lists them soonest first and cancels one or all", async () => {
    const ref = { channel: "telegram" as const, userId: "u1" };
    const ids = await store.schedule(ref, [
      { entry: entry("u1", 7), at: NOW + 2000 },
      { entry: entry("u1", 30), at: NOW + 1000 },
    ]);
    expect(ids.every((id) => id.startsWith(`${shardOf(ref)}.`))).toBe(true);
    expect((await store.listFor(ref)).map((r) => r.entry.daysBefore)).toEqual([30, 7]);
    expect(await store.cancel(ref, [ids[0]!])).toBe(1);
    expect((await store.listFor(ref)).map((r) => r.entry.daysBefore)).toEqual([30]);
    expect(await store.cancel(ref)).toBe(1);
    expect(await store.listFor(ref)).toEqual([]);
  });

  it("delivers 1,000 due reminders exactly once with two workers running at the same time", async () => {
    for (let u = 0; u < 200; u++) {
      const ref = { channel: "telegram" as const, userId: `user-${u}` };
      await store.schedule(
        ref,
        [1, 2, 3, 4, 5].map((d) => ({ entry: entry(ref.userId, d), at: NOW - d })),
      );
    }
    const a = recordingDelivery(1);
    const b = recordingDelivery(1);
    const options = { logger, now: () => NOW, batch: 25 };
    const workerA = createReminderWorker({
      ...options,
      store: createRedisReminderStore(testRedis(9)),
      delivery: a.delivery,
    });
    const workerB = createReminderWorker({
      ...options,
      store: createRedisReminderStore(testRedis(9)),
      delivery: b.delivery,
    });
    await Promise.all([workerA.tick(), workerB.tick(), workerA.tick(), workerB.tick()]);
    const all = [...a.sent, ...b.sent];
    expect(all).toHaveLength(1000);
    expect(new Set(all).size).toBe(1000);
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    for (const id of all.slice(0, 20)) expect(await store.wasSent(id)).toBe(true);
  });

  it("releases undelivered claims at once when a worker is stopped mid-pass; another sends them, none twice", async () => {
    for (let u = 0; u < 40; u++)
      await store.schedule({ channel: "telegram", userId: `stop-${u}` }, [
        { entry: entry(`stop-${u}`), at: NOW - 1 },
      ]);
    const stop = new AbortController();
    const first = recordingDelivery();
    const slowThenStop: ReminderDelivery = {
      async deliver(e) {
        if (first.sent.length === 5) stop.abort(); // SIGTERM arrives during the pass
        return first.delivery.deliver(e);
      },
    };
    const options = { logger, now: () => NOW, batch: 100 };
    await createReminderWorker({ ...options, store, delivery: slowThenStop }).tick(stop.signal);
    expect(first.sent.length).toBeLessThan(40);
    // Nothing is left leased: the rest are due again, not waiting for the lease to run out.
    for (let shard = 0; shard < REMINDER_SHARDS; shard++)
      expect(await redis.zcard(`bhyt:v1:{rem:${shard}}:lease`)).toBe(0);
    const second = recordingDelivery();
    await createReminderWorker({ ...options, store, delivery: second.delivery }).tick();
    expect([...first.sent, ...second.sent].sort()).toEqual(
      [...new Set([...first.sent, ...second.sent])].sort(),
    );
    expect(first.sent.length + second.sent.length).toBe(40);
  });

  it("with a slow channel, starts no delivery on a lease about to run out: the rest are claimed afresh", async () => {
    // One household's 40 cards: one shard, so one claim holds them all.
    await store.schedule(
      { channel: "telegram", userId: "slow" },
      Array.from({ length: 40 }, (_, i) => ({ entry: entry("slow", 7, `card ${i}`), at: NOW - 1 })),
    );
    let clock = NOW;
    const sent: string[] = [];
    const expiredLeases: string[] = [];
    const slowChannel: ReminderDelivery = {
      async deliver(e) {
        // Another worker could take an entry whose lease ran out and send it too.
        const lease = await redis.zscore(`bhyt:v1:{rem:${shardOf(e.ref)}}:lease`, e.id);
        if (lease === null || Number(lease) <= clock + 10_000) expiredLeases.push(e.id);
        clock += 10_000; // every send takes 10 s
        sent.push(e.id);
        return "sent";
      },
    };
    const worker = createReminderWorker({
      store,
      delivery: slowChannel,
      logger,
      now: () => clock,
      leaseMs: 60_000,
    });
    const counts = await worker.tick();
    expect(expiredLeases).toEqual([]);
    expect(counts.sent).toBe(40);
    expect(new Set(sent).size).toBe(40);
  });

  it("keeps the lease of a send that takes longer than the lease, so no other worker sends it too", async () => {
    const ref = { channel: "telegram" as const, userId: "long-send" };
    await store.schedule(ref, [{ entry: entry("long-send"), at: Date.now() - 1 }]);
    const first = recordingDelivery(800); // the channel answers after 0.8 s; the lease is 0.3 s
    const second = recordingDelivery();
    const worker = (delivery: ReminderDelivery) =>
      createReminderWorker({ store, delivery, logger, leaseMs: 300, quietHours: { from: 0, until: 0 } });
    const sending = worker(first.delivery).tick();
    // Meanwhile another worker keeps looking for run-out leases and due entries.
    const other = worker(second.delivery);
    for (let i = 0; i < 16; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await other.tick();
    }
    await sending;
    expect(first.sent).toHaveLength(1);
    expect(second.sent).toEqual([]);
  });

  it("keeps no stale abort listeners between passes", async () => {
    const stop = new AbortController();
    const running = createReminderWorker({ store, delivery: recordingDelivery().delivery, logger }).run(
      stop.signal,
      1,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(getEventListeners(stop.signal, "abort").length).toBeLessThanOrEqual(1);
    stop.abort();
    await running;
  });

  it("gives a dead worker's claims to another worker when the lease runs out, and never sends a sent one again", async () => {
    const ref = { channel: "telegram" as const, userId: "crash" };
    const [id] = await store.schedule(ref, [{ entry: entry("crash"), at: NOW - 1 }]);
    // A worker claims the entry and dies before delivering it.
    const claimed = await store.claim(shardOf(ref), NOW, 30_000, 10);
    expect(claimed.map((e) => e.id)).toEqual([id]);
    const survivor = recordingDelivery();
    const worker = (at: number) =>
      createReminderWorker({ store, delivery: survivor.delivery, logger, now: () => at });
    expect((await worker(NOW + 1000).tick()).sent).toBe(0); // still leased
    expect((await worker(NOW + 31_000).tick()).sent).toBe(1); // lease over: taken over
    expect(survivor.sent).toEqual([id]);
    // The same entry claimed again (say, a retried claim) is recognised from the fire log and not sent.
    await redis.zadd(`bhyt:v1:{rem:${shardOf(ref)}}:due`, NOW, id!);
    expect(await store.claim(shardOf(ref), NOW + 40_000, 30_000, 10)).toEqual([]);
  });

  it("waits out quiet hours, skips cards that already expired, retries failures and parks the hopeless", async () => {
    const ref = { channel: "telegram" as const, userId: "q" };
    await store.schedule(ref, [{ entry: entry("q"), at: NOW - 1 }]);
    const night = localTime("2026-12-01", 23);
    const quiet = recordingDelivery();
    expect(
      (await createReminderWorker({ store, delivery: quiet.delivery, logger, now: () => night }).tick())
        .later,
    ).toBe(1);
    expect(quiet.sent).toHaveLength(0);
    const [waiting] = await store.listFor(ref);
    expect(localHour(waiting!.at)).toBe(7);

    await store.schedule(ref, [{ entry: { ...entry("q"), expiry: "2026-11-20" }, at: NOW - 1 }]);
    const failing: ReminderDelivery = { deliver: async () => Promise.reject(new Error("channel down")) };
    const worker = createReminderWorker({ store, delivery: failing, logger, now: () => NOW, maxAttempts: 1 });
    const counts = await worker.tick();
    expect(counts.skipped).toBe(1); // expired card: no reminder
    expect(await redis.zcard(`bhyt:v1:{rem:${shardOf(ref)}}:parked`)).toBe(0);
    const failures: string[] = [];
    const later = createReminderWorker({
      store,
      delivery: failing,
      logger,
      now: () => localTime("2026-12-02", 8),
      maxAttempts: 1,
      onFailed: (e) => failures.push(e.ref.channel),
    });
    expect((await later.tick()).parked).toBe(1);
    expect(failures).toEqual(["telegram"]); // counted in bhyt_channel_errors_total
    expect(await redis.zcard(`bhyt:v1:{rem:${shardOf(ref)}}:parked`)).toBe(1);
  });

  it("spreads users over all shards", () => {
    const shards = new Set(
      Array.from({ length: 500 }, (_, i) => shardOf({ channel: "zalo", userId: String(i) })),
    );
    expect(shards.size).toBe(REMINDER_SHARDS);
  });
});
