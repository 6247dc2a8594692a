import type { ConsoleInbox } from "../core/types.ts";
import type { RedisClient } from "./redis.ts";

// bhyt:v1:{console:<user>}:inbox  LIST  messages a person sent to a terminal user, newest first; the last 50 are
// kept for a week, so a terminal chat that is closed finds them when it opens again.
const KEEP = 50;
const TTL_SECONDS = 7 * 24 * 3600;
const inboxKey = (userId: string) => `bhyt:v1:{console:${userId}}:inbox`;

/** Messages staff send to terminal users, held in Redis until the user's terminal chat shows them. */
export function createRedisConsoleInbox(redis: RedisClient): ConsoleInbox {
  return {
    async deliver(userId, text) {
      const key = inboxKey(userId);
      await redis
        .multi()
        .lpush(key, text)
        .ltrim(key, 0, KEEP - 1)
        .expire(key, TTL_SECONDS)
        .exec();
    },
    async take(userId) {
      const key = inboxKey(userId);
      const result = await redis.multi().lrange(key, 0, -1).del(key).exec();
      const held = (result?.[0]?.[1] as string[] | undefined) ?? [];
      return held.reverse();
    },
  };
}
