import type { ConversationRef } from "../core/types.ts";
import type { RedisClient } from "./redis.ts";

/** When each user last wrote to the bot: channels with a reply window (Zalo OA: 7 days) check it before sending. */
export interface InteractionLog {
  touch(ref: ConversationRef, at?: Date): Promise<void>;
  lastSeen(ref: ConversationRef): Promise<Date | undefined>;
}

// Kept a little longer than the longest reply window, then forgotten.
const KEEP_SECONDS = 30 * 24 * 3600;

/** The interaction log in Redis, one small key per user (hash-tagged with the user's other keys). */
export function createRedisInteractionLog(redis: RedisClient): InteractionLog {
  const key = (ref: ConversationRef) => `bhyt:v1:{${ref.channel}:${ref.userId}}:seen`;
  return {
    async touch(ref, at = new Date()) {
      await redis.set(key(ref), String(at.getTime()), "EX", KEEP_SECONDS);
    },
    async lastSeen(ref) {
      const raw = await redis.get(key(ref));
      return raw ? new Date(Number(raw)) : undefined;
    },
  };
}
