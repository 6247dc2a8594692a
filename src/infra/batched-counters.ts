import type { RedisClient } from "./redis.ts";

/**
 * Per-day counters added up in memory and written to Redis about once a second: one HINCRBY per counter and
 * second instead of several commands per message on one hot key. A failed write is kept and tried again.
 */
export function createBatchedCounters(
  redis: RedisClient,
  options: { keyOf: (day: string) => string; ttlSeconds: number; everyMs?: number },
) {
  let pending = new Map<string, Map<string, number>>();
  let timer: NodeJS.Timeout | undefined;

  function merge(into: Map<string, Map<string, number>>, day: string, field: string, n: number) {
    const fields = into.get(day) ?? new Map<string, number>();
    fields.set(field, (fields.get(field) ?? 0) + n);
    into.set(day, fields);
  }

  /** Writes what is held in memory now. */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    // Every day's key carries the same hash tag, so the pipeline stays on one Cluster slot.
    const write = redis.pipeline();
    for (const [day, fields] of batch) {
      for (const [field, n] of fields) write.hincrby(options.keyOf(day), field, n);
      write.expire(options.keyOf(day), options.ttlSeconds);
    }
    try {
      const results = (await write.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
    } catch (error) {
      for (const [day, fields] of batch) for (const [field, n] of fields) merge(pending, day, field, n);
      schedule();
      throw error;
    }
  }

  function schedule() {
    timer ??= setTimeout(() => void flush().catch(() => {}), options.everyMs ?? 1000).unref();
  }

  return {
    /** Adds `by` (one unless said) to each field of the day. */
    add(day: string, fields: readonly string[], by = 1): void {
      for (const field of fields) merge(pending, day, field, by);
      schedule();
    },
    flush,
  };
}
