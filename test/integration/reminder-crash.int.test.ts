import { type ChildProcess, spawn } from "node:child_process";
import { Redis } from "ioredis";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisReminderStore } from "../../src/infra/redis-reminder-store.ts";
import { createReminderWorker } from "../../src/reminders/reminder-worker.ts";
import { localTime } from "../../src/reminders/schedule-times.ts";
import { REPO_ROOT } from "../helpers/content-sandbox.ts";
import { startRedisServer } from "../helpers/processes.ts";
import { testRedis } from "../helpers/test-app.ts";

const NOW = localTime("2026-12-01", 10);
const entry = (userId: string, daysBefore: number) => ({
  ref: { channel: "telegram" as const, userId },
  label: "",
  expiry: "2027-03-15",
  daysBefore,
  locale: "vi" as const,
  attempts: 0,
  members: 0,
});

async function scheduleThousand(store: ReturnType<typeof createRedisReminderStore>) {
  for (let u = 0; u < 200; u++)
    await store.schedule(
      entry(`u${u}`, 1).ref,
      [1, 2, 3, 4, 5].map((d) => ({ entry: entry(`u${u}`, d), at: NOW - d })),
    );
}

describe("reminders survive a killed worker", () => {
  const redis = testRedis(11);
  afterAll(() => redis.quit());

  it("a worker killed with SIGKILL mid-batch: its claims go to another worker, none lost", async () => {
    await redis.flushdb();
    const store = createRedisReminderStore(redis);
    await scheduleThousand(store);
    const child: ChildProcess = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "test/helpers/reminder-worker-process.ts",
        `${inject("redisUrl")}/11`,
        String(NOW),
        "2",
      ],
      { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    // Let it deliver part of the work, then kill it without warning.
    for (let i = 0; i < 400 && (await redis.llen("test:delivered")) < 150; i++)
      await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const beforeTakeover = await redis.llen("test:delivered");
    expect(beforeTakeover).toBeGreaterThan(0);
    expect(beforeTakeover).toBeLessThan(1000);

    // Another worker, after the dead one's leases ran out, finishes the job.
    const survivor = createReminderWorker({
      store,
      delivery: {
        async deliver(e) {
          await redis.rpush("test:delivered", e.id);
          return "sent";
        },
      },
      logger: createLogger("silent"),
      now: () => NOW + 31_000,
    });
    await survivor.tick();
    const delivered = await redis.lrange("test:delivered", 0, -1);
    expect(new Set(delivered).size).toBe(1000); // nothing lost
    // At most the one entry that was between the channel and the acknowledgement when the worker died is sent twice.
    expect(delivered.length - 1000).toBeLessThanOrEqual(1);
  });
});

describe("reminders survive a Redis restart (AOF)", () => {
  it("keeps the schedule after redis-server stops and starts again", async () => {
    const server = await startRedisServer({ aof: true });
    const connect = async () => {
      const client = new Redis(server.url, { maxRetriesPerRequest: 20, retryStrategy: () => 50 });
      await client.ping();
      return client;
    };
    try {
      const first = await connect();
      const ref = entry("aof", 7).ref;
      await createRedisReminderStore(first).schedule(
        ref,
        [30, 7, 1].map((d) => ({ entry: entry("aof", d), at: NOW + d })),
      );
      first.disconnect();
      await server.kill();
      await server.start();
      const second = await connect();
      const list = await createRedisReminderStore(second).listFor(ref);
      second.disconnect();
      expect(list.map((r) => r.entry.daysBefore)).toEqual([1, 7, 30]);
    } finally {
      await server.stop();
    }
  });
});
