import { hostname } from "node:os";
import type { Logger } from "pino";
import { QueueFullError } from "../core/queue-full.ts";
import type { RedisClient } from "./redis.ts";

/** A job taken from a queue: its id and what was added. */
interface Entry {
  id: string;
  job: unknown;
}

/** How a queue runs its jobs. */
export interface WorkOptions {
  handle(job: unknown): Promise<void>;
  /** Runs a job's handling (the server's event limit), so queued work shares the instance fairly. */
  limit<T>(task: () => Promise<T>): Promise<T>;
  /** True for a failure that no retry will cure: the job goes to the dead letters at once. */
  permanent(error: unknown): boolean;
  logger: Logger;
  /** Jobs with the same key (one user's messages) run one after another, in the order they were added. */
  orderKey?(job: unknown): string | undefined;
  /** Jobs run at once by this instance; the rest wait in Redis. */
  concurrency?: number;
  /** How often Redis is looked at when nothing woke the loop. */
  pollMs?: number;
}

// A job that failed is taken again after 10 s, 20 s, 40 s … at most 10 minutes apart; after 10 tries (about 45
// minutes in all, enough for a Zalo or Redis outage) it is kept aside as a dead letter and logged.
const FIRST_RETRY_MS = 10_000;
const LAST_RETRY_MS = 10 * 60_000;
const MAX_DELIVERIES = 10;
const MIN_HEARTBEAT_MS = 100;
const DEAD_LETTERS_KEPT = 1000;
const GROUP = "workers";

/** How long a job delivered `deliveries` times waits before it is taken again, the first wait being `firstMs`. */
export function retryAfterMs(deliveries: number, firstMs = FIRST_RETRY_MS): number {
  return Math.min(firstMs * 2 ** Math.max(0, deliveries - 1), LAST_RETRY_MS);
}

// Refuses a job when the stream holds its maximum (trimming would drop jobs nobody has run).
const ADD_SCRIPT = `if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then return false end
return redis.call('XADD', KEYS[1], '*', 'job', ARGV[2])`;

/**
 * A durable queue on a Redis stream with a consumer group: a job is deleted only once handled, so one whose
 * handler failed, or whose instance died or stopped, is taken again (by any instance) after a growing wait.
 */
export function createRedisWorkQueue(
  redis: RedisClient,
  name: string,
  options: { maxJobs?: number; firstRetryMs?: number } = {},
) {
  const maxJobs = options.maxJobs ?? 20_000;
  const firstRetryMs = options.firstRetryMs ?? FIRST_RETRY_MS;
  const key = `bhyt:v1:{queue:${name}}`;
  const deadKey = `bhyt:v1:{queue:${name}}:dead`;
  const consumer = `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  // Wakes the loop early: a job was added here, or one finished and a slot is free.
  let kicked = false;
  let wake: (() => void) | undefined;
  const kick = () => {
    kicked = true;
    wake?.();
  };
  let groupReady: Promise<unknown> | undefined;

  const ensureGroup = () => {
    groupReady ??= redis.xgroup("CREATE", key, GROUP, "0", "MKSTREAM").catch((error: Error) => {
      if (!/BUSYGROUP/.test(error.message)) {
        groupReady = undefined;
        throw error;
      }
    });
    return groupReady;
  };

  const entriesOf = (raw: unknown): Entry[] =>
    ((raw ?? []) as ([string, string[]] | null)[]).flatMap((item) => {
      if (!item?.[1]) return [];
      const fields = item[1];
      const value = fields[fields.indexOf("job") + 1];
      return value === undefined ? [] : [{ id: item[0], job: JSON.parse(value) as unknown }];
    });

  // Jobs this process is handling now: never claimed again by it, and kept fresh for the other instances.
  const inFlight = new Set<string>();

  async function due(count: number): Promise<Entry[]> {
    const pending = (await redis.xpending(key, GROUP, "IDLE", firstRetryMs, "-", "+", count)) as [
      string,
      string,
      number,
      number,
    ][];
    const taken: Entry[] = [];
    for (const [id, , idle, deliveries] of pending) {
      const wait = retryAfterMs(deliveries, firstRetryMs);
      if (idle < wait || inFlight.has(id)) continue;
      // Only one instance wins a claim: the others find it no longer idle.
      const claimed = entriesOf(await redis.xclaim(key, GROUP, consumer, wait, id));
      if (claimed.length === 0) {
        // An entry deleted while pending (trimmed by hand): forget it.
        await redis.xack(key, GROUP, id);
        continue;
      }
      if (deliveries >= MAX_DELIVERIES) await bury(claimed[0]!, `failed ${deliveries} times`);
      else taken.push(claimed[0]!);
    }
    return taken;
  }

  async function fresh(count: number): Promise<Entry[]> {
    const read = (await redis.xreadgroup("GROUP", GROUP, consumer, "COUNT", count, "STREAMS", key, ">")) as
      | [string, [string, string[]][]][]
      | null;
    return entriesOf(read?.[0]?.[1]);
  }

  async function finish(id: string): Promise<void> {
    await Promise.all([redis.xack(key, GROUP, id), redis.xdel(key, id)]);
  }

  async function bury(entry: Entry, reason: string): Promise<void> {
    await redis.xadd(
      deadKey,
      "MAXLEN",
      "~",
      DEAD_LETTERS_KEPT,
      "*",
      "job",
      JSON.stringify(entry.job),
      "reason",
      reason,
    );
    await finish(entry.id);
  }

  return {
    /** Stores a job; it survives this process. QueueFullError when the queue holds its maximum. */
    async add(job: unknown): Promise<void> {
      await ensureGroup();
      const id = await redis.eval(ADD_SCRIPT, 1, key, maxJobs, JSON.stringify(job));
      if (!id) throw new QueueFullError(`queue ${name} is full`);
      kick();
    },
    /** Jobs waiting or being handled, and those given up on. */
    async size(): Promise<{ waiting: number; dead: number }> {
      const [waiting, dead] = await Promise.all([redis.xlen(key), redis.xlen(deadKey)]);
      return { waiting, dead };
    },
    /**
     * Takes jobs (due retries first, then new ones) and handles them until `signal` aborts; then waits for the jobs
     * it started. Jobs not started stay in Redis for the next instance. A Redis outage is waited out.
     */
    async run(signal: AbortSignal, options: WorkOptions): Promise<void> {
      const concurrency = options.concurrency ?? 16;
      const pollMs = options.pollMs ?? 500;
      const running = new Set<Promise<void>>();
      const lastOfKey = new Map<string, Promise<void>>();
      let lastRetryCheck = 0;
      let failing = false;
      const start = (entry: Entry) => {
        const order = options.orderKey?.(entry.job);
        const before = (order && lastOfKey.get(order)) || Promise.resolve();
        inFlight.add(entry.id);
        // A slow handler (a channel's retries) keeps its claim fresh, so no other instance takes the job meanwhile.
        // (Stopping lets the claims lapse: a job that never ends is then taken by another instance.)
        const heartbeat = setInterval(
          () => void redis.xclaim(key, GROUP, consumer, 0, entry.id, "JUSTID").catch(() => {}),
          Math.max(firstRetryMs / 2, MIN_HEARTBEAT_MS),
        );
        const stopBeating = () => clearInterval(heartbeat);
        signal.addEventListener("abort", stopBeating, { once: true });
        const work = before
          .then(() => options.limit(() => options.handle(entry.job)))
          .then(
            () => finish(entry.id),
            async (error: Error) => {
              if (options.permanent(error)) await bury(entry, error.message);
              else
                options.logger.warn(
                  { queue: name, err: error.message },
                  "job failed; it will be tried again",
                );
            },
          )
          .catch((error: Error) =>
            options.logger.warn({ queue: name, err: error.message }, "queue: Redis failed"),
          )
          .finally(() => {
            stopBeating();
            signal.removeEventListener("abort", stopBeating);
            inFlight.delete(entry.id);
            running.delete(work);
            if (order && lastOfKey.get(order) === work) lastOfKey.delete(order);
            kick();
          });
        running.add(work);
        if (order) lastOfKey.set(order, work);
      };
      while (!signal.aborted) {
        try {
          await ensureGroup();
          let free = concurrency - running.size;
          if (free > 0 && Date.now() - lastRetryCheck >= 1000) {
            lastRetryCheck = Date.now();
            const retries = await due(free);
            for (const entry of retries) start(entry);
            free -= retries.length;
          }
          if (free > 0) for (const entry of await fresh(free)) start(entry);
          if (failing) options.logger.info({ queue: name }, "queue: Redis reachable again");
          failing = false;
        } catch (error) {
          if (!failing)
            options.logger.warn({ queue: name, err: (error as Error).message }, "queue: Redis failed");
          failing = true;
        }
        if (kicked && !failing) {
          kicked = false;
          continue;
        }
        // Woken by the timer, a kick or the stop, whichever comes first; the others are undone, so nothing is
        // left behind on the signal from one pause to the next.
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            signal.removeEventListener("abort", done);
            resolve();
          };
          const timer = setTimeout(done, failing ? 1000 : pollMs);
          signal.addEventListener("abort", done, { once: true });
          wake = done;
        });
        wake = undefined;
        kicked = false;
      }
      await Promise.all(running);
    },
  };
}

/** A queue as created by `createRedisWorkQueue`. */
export type WorkQueue = ReturnType<typeof createRedisWorkQueue>;
