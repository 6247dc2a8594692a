import type { ConversationRef, RateVerdict } from "../core/types.ts";
import type { RedisClient } from "./redis.ts";

/** How many messages one user may send in a minute before the bot asks them to slow down. */
export const MESSAGES_PER_MINUTE = 30;

/**
 * A per-user limit in Redis (fixed one-minute windows), shared by every instance. The first message over the limit
 * is told to slow down; the rest of that minute get no reply, so a flood does not turn into a flood of answers.
 */
export function createRedisRateLimit(redis: RedisClient, perMinute = MESSAGES_PER_MINUTE) {
  return async (ref: ConversationRef): Promise<RateVerdict> => {
    const window = Math.floor(Date.now() / 60_000);
    const key = `bhyt:v1:{${ref.channel}:${ref.userId}}:rate:${window}`;
    const [[, count]] = (await redis.pipeline().incr(key).expire(key, 120).exec()) as [
      [null, number],
      unknown,
    ];
    return count <= perMinute ? "ok" : count === perMinute + 1 ? "slow_down" : "quiet";
  };
}
