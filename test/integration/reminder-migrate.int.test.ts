import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { migrateReminderLayout } from "../../src/infra/redis-reminder-migrate.ts";
import { createRedisReminderStore, reminderKey, shardOf } from "../../src/infra/redis-reminder-store.ts";
import { localTime } from "../../src/reminders/schedule-times.ts";
import { testRedis } from "../helpers/test-app.ts";

const redis = testRedis(2);
const store = createRedisReminderStore(redis);
const NOW = localTime("2026-12-01", 10);
const ref = { channel: "zalo" as const, userId: "4000000000000000123" };
const shard = shardOf(ref);
const k = (name: string) => reminderKey(shard, name);

beforeEach(async () => {
  await redis.flushdb();
});
afterAll(() => redis.quit());

// The first layout, as an earlier release wrote it: one due entry per reminder, a body ending with days-before,
// a set per user.
async function writeFirstLayout(): Promise<void> {
  const card = `${shard}.abc1234`;
  await redis.hset(k("c"), card, `zalo\t${ref.userId}\tmẹ\t20270315\tvi\t4\t30,7,1`);
  await redis.sadd(k(`u:zalo:${ref.userId}`), card);
  await redis.zadd(k("due"), NOW - 1000, `${card}.30`, NOW + 86_400_000, `${card}.7`);
  await redis.sadd(k(`p:zalo:${ref.userId}`), `${card}.1`);
}

describe("moving reminders from the first layout", () => {
  it("keeps every reminder with its time, its deferred state and its user, once", async () => {
    await writeFirstLayout();
    expect(await migrateReminderLayout(redis, NOW)).toBe(1);
    expect(await migrateReminderLayout(redis, NOW)).toBe(0);
    expect(await redis.exists(k("c"), k("due"), k(`u:zalo:${ref.userId}`))).toBe(0);
    const listed = await store.listFor(ref);
    expect(listed.map((r) => [r.entry.label, r.entry.daysBefore, r.at])).toEqual([
      ["mẹ", 30, NOW - 1000],
      ["mẹ", 7, NOW + 86_400_000],
    ]);
    const claimed = await store.claim(shard, NOW, 30_000, 10);
    expect(claimed.map((e) => e.daysBefore)).toEqual([30]);
    expect((await store.takePending(ref, NOW)).map((e) => e.daysBefore)).toEqual([1]);
  });
});
