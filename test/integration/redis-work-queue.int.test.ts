import { getEventListeners } from "node:events";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { QueueFullError } from "../../src/core/queue-full.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisWorkQueue, retryAfterMs, type WorkOptions } from "../../src/infra/redis-work-queue.ts";
import { until } from "../helpers/processes.ts";
import { testRedis } from "../helpers/test-app.ts";

const redis = testRedis(19);
const logger = createLogger("silent");
const stops: AbortController[] = [];
afterAll(async () => {
  for (const stop of stops) stop.abort();
  await redis.quit();
});
beforeEach(async () => {
  await redis.flushdb();
});

/** Runs a queue's worker with `handle` until the test ends; returns how to stop it and its end. */
function work(queue: ReturnType<typeof createRedisWorkQueue>, options: Partial<WorkOptions>) {
  const stop = new AbortController();
  stops.push(stop);
  const done = queue.run(stop.signal, {
    handle: async () => {},
    limit: (task) => task(),
    permanent: () => false,
    logger,
    pollMs: 50,
    ...options,
  });
  return { stop: () => stop.abort(), done };
}

describe("the durable work queue on a Redis stream", () => {
  it("waits longer after each failed try, up to ten minutes", () => {
    expect([1, 2, 3, 4].map((n) => retryAfterMs(n))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryAfterMs(12)).toBe(600_000);
  });

  it("leaves no listener behind on its stop signal while it waits, pause after pause", async () => {
    const queue = createRedisWorkQueue(redis, "idle");
    const stop = new AbortController();
    const listening = () => getEventListeners(stop.signal, "abort").length;
    const done = queue.run(stop.signal, {
      handle: async () => {},
      limit: (task) => task(),
      permanent: () => false,
      logger,
      pollMs: 10,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listening()).toBeLessThanOrEqual(1);
    stop.abort();
    await done;
  });

  it("handles each job once and deletes it when handled", async () => {
    const queue = createRedisWorkQueue(redis, "once");
    const seen: unknown[] = [];
    const worker = work(queue, { handle: async (job) => void seen.push(job) });
    for (let i = 0; i < 20; i++) await queue.add({ n: i });
    await until(async () => seen.length === 20, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen).toHaveLength(20);
    expect(new Set(seen.map((job) => (job as { n: number }).n)).size).toBe(20);
    expect(await queue.size()).toEqual({ waiting: 0, dead: 0 });
    worker.stop();
    await worker.done;
  });

  it("tries a failed job again after a wait, and keeps it until it succeeds", async () => {
    const queue = createRedisWorkQueue(redis, "retry", { firstRetryMs: 300 });
    const tries: number[] = [];
    const worker = work(queue, {
      handle: async () => {
        tries.push(Date.now());
        if (tries.length < 3) throw new Error("Zalo is down");
      },
    });
    await queue.add({ reply: "hello" });
    await until(async () => (await queue.size()).waiting === 0, 10_000);
    expect(tries).toHaveLength(3);
    // 300 ms, then 600 ms: the waits grow.
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(300);
    expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(600);
    worker.stop();
    await worker.done;
  });

  it("gives up at once on a failure no retry cures, keeping the job as a dead letter", async () => {
    const queue = createRedisWorkQueue(redis, "dead", { firstRetryMs: 200 });
    let tries = 0;
    const worker = work(queue, {
      handle: async () => {
        tries++;
        throw new Error("user does not follow the OA");
      },
      permanent: (error) => /follow/.test((error as Error).message),
    });
    await queue.add({ reply: "x" });
    await until(async () => (await queue.size()).dead === 1, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(tries).toBe(1);
    expect(await queue.size()).toEqual({ waiting: 0, dead: 1 });
    const letters = await redis.xrange("bhyt:v1:{queue:dead}:dead", "-", "+");
    expect(letters[0]?.[1]).toEqual(["job", '{"reply":"x"}', "reason", "user does not follow the OA"]);
    worker.stop();
    await worker.done;
  });

  it("hands a job taken by an instance that died to another instance, once", async () => {
    const dying = createRedisWorkQueue(redis, "crash", { firstRetryMs: 300 });
    const taken: unknown[] = [];
    // The first instance takes the job and never finishes it (killed mid-way).
    const dead = work(dying, { handle: (job) => new Promise(() => void taken.push(job)) });
    await dying.add({ event: "e1" });
    await until(async () => taken.length === 1, 5_000);
    dead.stop();
    const other = createRedisWorkQueue(redis, "crash", { firstRetryMs: 300 });
    const answered: unknown[] = [];
    const worker = work(other, { handle: async (job) => void answered.push(job) });
    await until(async () => answered.length === 1, 5_000);
    expect(answered).toEqual([{ event: "e1" }]);
    expect((await other.size()).waiting).toBe(0);
    worker.stop();
    await worker.done;
  });

  it("never hands a job still being handled to another run, however long past its retry wait it takes", async () => {
    const first = createRedisWorkQueue(redis, "slow", { firstRetryMs: 200 });
    const second = createRedisWorkQueue(redis, "slow", { firstRetryMs: 200 });
    const calls: string[] = [];
    // A handler as slow as a channel's own retries (seconds), many times the queue's first retry wait.
    const slow = (who: string) => async () => {
      calls.push(who);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    };
    const one = work(first, { handle: slow("first") });
    const two = work(second, { handle: slow("second") });
    await first.add({ event: "slow-1" });
    await until(async () => (await first.size()).waiting === 0, 8_000);
    expect(calls).toHaveLength(1);
    one.stop();
    two.stop();
    await Promise.all([one.done, two.done]);
  });

  it("runs one key's jobs one after another, in the order they were added", async () => {
    const queue = createRedisWorkQueue(redis, "order");
    const log: string[] = [];
    const worker = work(queue, {
      orderKey: (job) => (job as { user: string }).user,
      handle: async (job) => {
        const { user, n } = job as { user: string; n: number };
        log.push(`${user}${n}+`);
        // The first of each user's messages is the slowest: a later one must still wait for it.
        await new Promise((resolve) => setTimeout(resolve, n === 0 ? 150 : 5));
        log.push(`${user}${n}-`);
      },
    });
    for (let n = 0; n < 3; n++) for (const user of ["a", "b"]) await queue.add({ user, n });
    await until(async () => log.length === 12, 5_000);
    for (const user of ["a", "b"])
      expect(log.filter((step) => step.startsWith(user))).toEqual(
        [0, 1, 2].flatMap((n) => [`${user}${n}+`, `${user}${n}-`]),
      );
    worker.stop();
    await worker.done;
  });

  it("leaves the jobs it has not started in Redis when it stops, for the next instance", async () => {
    const queue = createRedisWorkQueue(redis, "stop");
    const releases: (() => void)[] = [];
    const started: unknown[] = [];
    const first = work(queue, {
      concurrency: 2,
      handle: (job) =>
        new Promise<void>((resolve) => {
          started.push(job);
          releases.push(resolve);
        }),
    });
    for (let i = 0; i < 10; i++) await queue.add({ n: i });
    await until(async () => started.length >= 1, 5_000);
    first.stop();
    // The stop waits for the jobs it started.
    let stopped = false;
    void first.done.then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    for (const release of releases) release();
    await first.done;
    const left = (await queue.size()).waiting;
    expect(left).toBeGreaterThanOrEqual(8);
    const next = createRedisWorkQueue(redis, "stop", { firstRetryMs: 100 });
    const rest: unknown[] = [];
    const second = work(next, { handle: async (job) => void rest.push(job) });
    await until(async () => rest.length === left, 5_000);
    expect(started.length + rest.length).toBe(10);
    second.stop();
    await second.done;
  });

  it("refuses a job past its maximum instead of dropping older ones", async () => {
    const queue = createRedisWorkQueue(redis, "full", { maxJobs: 3 });
    for (let i = 0; i < 3; i++) await queue.add({ n: i });
    await expect(queue.add({ n: 3 })).rejects.toBeInstanceOf(QueueFullError);
    expect((await queue.size()).waiting).toBe(3);
  });
});
