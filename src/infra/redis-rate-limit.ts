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

/** How many messages one client address may send to the message API in a minute, whatever user ids it uses. */
export const CLIENT_MESSAGES_PER_MINUTE = 120;

/**
 * A per-client limit in Redis (fixed one-minute windows) for the message API: one address cannot get around the
 * per-user limit by sending under many user ids, nor fill Redis with their sessions.
 */
export function createRedisClientLimit(redis: RedisClient, perMinute = CLIENT_MESSAGES_PER_MINUTE) {
  return async (client: string): Promise<boolean> => {
    const key = `bhyt:v1:{api-client:${client}}:rate:${Math.floor(Date.now() / 60_000)}`;
    const [[, count]] = (await redis.pipeline().incr(key).expire(key, 120).exec()) as [
      [null, number],
      unknown,
    ];
    return count <= perMinute;
  };
}
