// Reminder storage: scheduling and claiming throughput and Redis bytes per reminder, for our sharded store and
// for BullMQ delayed jobs (the usual choice, as the peer), each in a fresh redis-server of its own.
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { createRedisReminderStore, REMINDER_SHARDS } from "../src/infra/redis-reminder-store.ts";
import { startRedisServer } from "../test/helpers/processes.ts";

/** One measured run. */
export interface StorageRun {
  system: string;
  reminders: number;
  schedulePerSecond: number;
  claimPerSecond: number;
  bytesPerReminder: number;
}

const usedMemory = async (redis: Redis) => Number(/used_memory:(\d+)/.exec(await redis.info("memory"))![1]);

/** Our store: 3 reminders per user (30, 7 and 1 days before), then every one claimed and acknowledged. */
async function ours(count: number): Promise<StorageRun> {
  const server = await startRedisServer();
  const redis = new Redis(server.port, "127.0.0.1", { enableAutoPipelining: true });
  try {
    const store = createRedisReminderStore(redis);
    const base = await usedMemory(redis);
    const now = Date.now();
    let started = performance.now();
    const users = Math.ceil(count / 3);
    for (let from = 0; from < users; from += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, users - from) }, (_, i) => {
          const ref = { channel: "zalo" as const, userId: String(4_000_000_000_000_000 + from + i) };
          return store.schedule(
            ref,
            [30, 7, 1].map((daysBefore) => ({
              entry: {
                ref,
                label: "",
                expiry: "2027-03-15",
                daysBefore,
                locale: "vi" as const,
                attempts: 0,
                members: 4,
              },
              at: now - daysBefore,
            })),
          );
        }),
      );
    }
    const schedulePerSecond = (users * 3) / ((performance.now() - started) / 1000);
    const bytes = (await usedMemory(redis)) - base;
    started = performance.now();
    let claimed = 0;
    for (let shard = 0; shard < REMINDER_SHARDS; shard++) {
      for (;;) {
        const batch = await store.claim(shard, now, 60_000, 1000);
        claimed += batch.length;
        await Promise.all(batch.map((e) => store.ack(e, now)));
        if (batch.length < 1000) break;
      }
    }
    const claimPerSecond = claimed / ((performance.now() - started) / 1000);
    return {
      system: "ours: sharded ZSET + hash + Lua claim",
      reminders: users * 3,
      schedulePerSecond,
      claimPerSecond,
      bytesPerReminder: bytes / (users * 3),
    };
  } finally {
    redis.disconnect();
    await server.stop();
  }
}

/** BullMQ: one delayed job per reminder with the same data, then processed by a worker (50 at a time). */
async function bullmq(count: number): Promise<StorageRun> {
  const server = await startRedisServer();
  const connection = { host: "127.0.0.1", port: server.port };
  const probe = new Redis(server.port, "127.0.0.1");
  const queue = new Queue("reminders", { connection });
  try {
    const base = await usedMemory(probe);
    let started = performance.now();
    for (let from = 0; from < count; from += 1000) {
      await queue.addBulk(
        Array.from({ length: Math.min(1000, count - from) }, (_, i) => ({
          name: "remind",
          data: {
            channel: "zalo",
            userId: String(4_000_000_000_000_000 + from + i),
            expiry: "20270315",
            daysBefore: 7,
            locale: "vi",
            members: 4,
          },
          opts: { delay: 50, removeOnComplete: true },
        })),
      );
    }
    const schedulePerSecond = count / ((performance.now() - started) / 1000);
    const bytes = (await usedMemory(probe)) - base;
    started = performance.now();
    let done = 0;
    await new Promise<void>((resolve) => {
      const worker = new Worker("reminders", async () => {}, { connection, concurrency: 50 });
      worker.on("completed", () => {
        if (++done === count) void worker.close().then(resolve);
      });
    });
    const claimPerSecond = count / ((performance.now() - started) / 1000);
    return {
      system: "BullMQ delayed jobs",
      reminders: count,
      schedulePerSecond,
      claimPerSecond,
      bytesPerReminder: bytes / count,
    };
  } finally {
    await queue.close();
    probe.disconnect();
    await server.stop();
  }
}

/** Our store at each size, and BullMQ at the smaller one (its worker loop is slow to drain a million). */
export async function benchReminderStorage(sizes: readonly number[]): Promise<StorageRun[]> {
  const runs: StorageRun[] = [];
  for (const size of sizes) runs.push(await ours(size));
  runs.push(await bullmq(sizes[0]!));
  return runs;
}
