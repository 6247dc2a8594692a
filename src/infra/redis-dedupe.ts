import type { RedisClient } from "./redis.ts";

/** Remembers ids of events already handled, so a re-sent webhook or update is handled once. */
export interface Dedupe {
  /** True the first time an id is seen within the expiry; false for a repeat. */
  firstSeen(scope: string, id: string): Promise<boolean>;
}

// Telegram re-sends an unacknowledged update for up to 24 hours; Zalo retries within minutes.
const DEDUPE_TTL_SECONDS = 48 * 3600;

/** Dedupe on Redis: one `SET NX EX` per event, so several bot instances agree on what was handled. */
export function createRedisDedupe(redis: RedisClient, ttlSeconds = DEDUPE_TTL_SECONDS): Dedupe {
  return {
    async firstSeen(scope, id) {
      const set = await redis.set(`bhyt:v1:{dedupe:${scope}}:${id}`, "1", "EX", ttlSeconds, "NX");
      return set === "OK";
    },
  };
}
