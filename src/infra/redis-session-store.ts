import { type Session, SessionSchema, type SessionStore, salvageSession } from "../core/session.ts";
import type { ConversationRef } from "../core/types.ts";
import type { RedisClient } from "./redis.ts";

// Conversation state is kept for six months after the last message, then Redis forgets it; a message-API
// conversation (a web widget visit) for a day, so anonymous visits do not pile up.
const SESSION_TTL_SECONDS = 180 * 24 * 3600;
const WEB_SESSION_TTL_SECONDS = 24 * 3600;
// The last messages both ways are kept apart and only for a day: what staff taking a chat read, not a history.
const RECENT_TTL_SECONDS = 24 * 3600;
const recentKey = (ref: ConversationRef) => `bhyt:v1:{${ref.channel}:${ref.userId}}:recent`;

/** Redis key of a conversation's session; the hash tag keeps one user's keys on one Cluster slot. */
export function sessionKey(ref: ConversationRef): string {
  return `bhyt:v1:{${ref.channel}:${ref.userId}}:session`;
}

/**
 * Sessions stored as JSON in Redis. Stored data that does not validate is never misread: what is valid of it is kept
 * (the language always; every valid field when only one is wrong) and the rest dropped.
 */
export function createRedisSessionStore(
  redis: RedisClient,
  onDiscard?: (ref: ConversationRef, kept: boolean) => void,
): SessionStore {
  return {
    async load(ref) {
      const [raw, recent] = await redis.mget(sessionKey(ref), recentKey(ref));
      if (raw === null || raw === undefined) return undefined;
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        data = undefined;
      }
      const turns = recent ? parsedOrUndefined(recent) : undefined;
      if (turns && data && typeof data === "object") data = { ...data, recent: turns };
      const parsed = SessionSchema.safeParse(data);
      if (parsed.success) return parsed.data;
      const kept = salvageSession(data, new Date());
      onDiscard?.(ref, kept !== undefined);
      if (!kept) await redis.del(sessionKey(ref));
      return kept;
    },
    async save(ref, session: Session) {
      const ttl = ref.channel === "http" ? WEB_SESSION_TTL_SECONDS : SESSION_TTL_SECONDS;
      const { recent, ...kept } = session;
      const writes = redis.pipeline().set(sessionKey(ref), JSON.stringify(kept), "EX", ttl);
      if (recent?.length) writes.set(recentKey(ref), JSON.stringify(recent), "EX", RECENT_TTL_SECONDS);
      await writes.exec();
    },
    async delete(ref) {
      // "Delete my data" takes every key kept under the user's hash tag: the session, when they last wrote (the
      // Zalo reply window) and this minute's and the last minute's message counts.
      const user = `bhyt:v1:{${ref.channel}:${ref.userId}}`;
      const minute = Math.floor(Date.now() / 60_000);
      await redis.del(
        sessionKey(ref),
        recentKey(ref),
        `${user}:seen`,
        `${user}:rate:${minute}`,
        `${user}:rate:${minute - 1}`,
      );
    },
  };
}

// Stored JSON, or undefined when it is not (a damaged key is then read as absent).
function parsedOrUndefined(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
