import { type Session, SessionSchema, type SessionStore } from "../core/session.ts";
import type { ConversationRef } from "../core/types.ts";
import type { RedisClient } from "./redis.ts";

// Conversation state is kept for six months after the last message, then Redis forgets it.
const SESSION_TTL_SECONDS = 180 * 24 * 3600;

/** Redis key of a conversation's session; the hash tag keeps one user's keys on one Cluster slot. */
export function sessionKey(ref: ConversationRef): string {
  return `bhyt:v1:{${ref.channel}:${ref.userId}}:session`;
}

/** Sessions stored as JSON in Redis; a stored session of another version is dropped, never misread. */
export function createRedisSessionStore(redis: RedisClient, onDiscard?: (key: string) => void): SessionStore {
  return {
    async load(ref) {
      const raw = await redis.get(sessionKey(ref));
      if (raw === null) return undefined;
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        data = undefined;
      }
      const parsed = SessionSchema.safeParse(data);
      if (parsed.success) return parsed.data;
      onDiscard?.(sessionKey(ref));
      await redis.del(sessionKey(ref));
      return undefined;
    },
    async save(ref, session: Session) {
      await redis.set(sessionKey(ref), JSON.stringify(session), "EX", SESSION_TTL_SECONDS);
    },
    async delete(ref) {
      await redis.del(sessionKey(ref));
    },
  };
}
