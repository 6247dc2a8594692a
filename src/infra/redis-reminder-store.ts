import type { Redis } from "ioredis";
import type { ConversationRef } from "../core/types.ts";
import { decodeEntry, encodeEntry, type ReminderEntry } from "../reminders/reminder.ts";

/**
 * Reminders in Redis, in 16 shards so Redis Cluster can spread them. A user's reminders all live in one shard,
 * and every key of a shard carries the hash tag `{rem:N}`, so each Lua script touches one slot:
 *   bhyt:v1:{rem:N}:due      ZSET id → due time (ms)          what is waiting
 *   bhyt:v1:{rem:N}:lease    ZSET id → lease deadline (ms)    what a worker is sending now
 *   bhyt:v1:{rem:N}:body     HASH id → compact entry          who, which card, how many days before
 *   bhyt:v1:{rem:N}:u:<ref>  SET  of ids                      one user's reminders
 *   bhyt:v1:{rem:N}:sent     ZSET id → time sent               the fire log, and the idempotency check
 *   bhyt:v1:{rem:N}:parked   ZSET id → time parked            failed too often: for admins to look at
 *   bhyt:v1:{rem:N}:p:<ref>  SET  of ids                      deferred: shown at the user's next message
 */
export const REMINDER_SHARDS = 16;

const key = (shard: number, name: string) => `bhyt:v1:{rem:${shard}}:${name}`;
const refKey = (ref: ConversationRef) => `${ref.channel}:${ref.userId}`;

/** The shard of a user (FNV-1a over channel:user). */
export function shardOf(ref: ConversationRef): number {
  let hash = 0x811c9dc5;
  for (const char of refKey(ref)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % REMINDER_SHARDS;
}

const shardOfId = (id: string) => Number(id.split(".")[0]);

// Claims due entries: moves them from `due` to `lease` with a deadline, skipping (and clearing) any already sent.
const CLAIM = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  if redis.call('ZSCORE', KEYS[4], id) then
    redis.call('HDEL', KEYS[3], id)
  else
    local body = redis.call('HGET', KEYS[3], id)
    if body then
      redis.call('ZADD', KEYS[2], ARGV[2], id)
      table.insert(out, id)
      table.insert(out, body)
    end
  end
end
return out`;

// Gives back entries whose lease ran out (their worker died): they become due again at once.
const RECOVER = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1000)
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('ZADD', KEYS[2], ARGV[1], id)
end
return #ids`;

// Records a sent entry, once: lease and body go, the fire log keeps the id (a later claim of it is skipped).
const ACK = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[4], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
return 1`;

/** The reminder store: schedule, list and cancel for a user; claim, acknowledge, retry and park for workers. */
export function createRedisReminderStore(redis: Redis) {
  const userKey = (ref: ConversationRef) => key(shardOf(ref), `u:${refKey(ref)}`);
  const pendingKey = (ref: ConversationRef) => key(shardOf(ref), `p:${refKey(ref)}`);

  return {
    /** Schedules entries for one user (ids are made here: `<shard>.<random>`). */
    async schedule(
      ref: ConversationRef,
      entries: { entry: Omit<ReminderEntry, "id">; at: number }[],
    ): Promise<string[]> {
      const shard = shardOf(ref);
      const multi = redis.multi();
      const ids = entries.map(({ entry, at }) => {
        const id = `${shard}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
        multi.hset(key(shard, "body"), id, encodeEntry({ ...entry, id }));
        multi.zadd(key(shard, "due"), at, id);
        multi.sadd(userKey(ref), id);
        return id;
      });
      await multi.exec();
      return ids;
    },

    /** A user's waiting reminders with their due times, soonest first. */
    async listFor(ref: ConversationRef): Promise<{ entry: ReminderEntry; at: number }[]> {
      const shard = shardOf(ref);
      const ids = await redis.smembers(userKey(ref));
      if (ids.length === 0) return [];
      const [bodies, times] = await Promise.all([
        redis.hmget(key(shard, "body"), ...ids),
        Promise.all(ids.map((id) => redis.zscore(key(shard, "due"), id))),
      ]);
      return ids
        .map((id, i) => ({
          entry: bodies[i] ? decodeEntry(id, bodies[i]!) : undefined,
          at: Number(times[i] ?? Number.NaN),
        }))
        .filter(
          (r): r is { entry: ReminderEntry; at: number } => r.entry !== undefined && !Number.isNaN(r.at),
        )
        .sort((a, b) => a.at - b.at);
    },

    /** Cancels some of a user's reminders (all of them without ids); returns how many were removed. */
    async cancel(ref: ConversationRef, ids?: readonly string[]): Promise<number> {
      const shard = shardOf(ref);
      const owned = await redis.smembers(userKey(ref));
      const targets = ids ? owned.filter((id) => ids.includes(id)) : owned;
      if (targets.length === 0) return 0;
      await redis
        .multi()
        .zrem(key(shard, "due"), ...targets)
        .hdel(key(shard, "body"), ...targets)
        .srem(userKey(ref), ...targets)
        .exec();
      return targets.length;
    },

    /** Claims up to `limit` due entries of a shard for `leaseMs`. */
    async claim(shard: number, now: number, leaseMs: number, limit: number): Promise<ReminderEntry[]> {
      const flat = (await redis.eval(
        CLAIM,
        4,
        key(shard, "due"),
        key(shard, "lease"),
        key(shard, "body"),
        key(shard, "sent"),
        now,
        now + leaseMs,
        limit,
      )) as string[];
      const entries: ReminderEntry[] = [];
      for (let i = 0; i < flat.length; i += 2) {
        const entry = decodeEntry(flat[i]!, flat[i + 1]!);
        if (entry) entries.push(entry);
      }
      return entries;
    },

    /** Makes entries whose lease ran out due again; returns how many. */
    async recover(shard: number, now: number): Promise<number> {
      return (await redis.eval(RECOVER, 2, key(shard, "lease"), key(shard, "due"), now)) as number;
    },

    /** Records an entry as sent (once and for all). */
    async ack(entry: ReminderEntry, now: number): Promise<void> {
      const shard = shardOfId(entry.id);
      await redis.eval(
        ACK,
        4,
        key(shard, "lease"),
        key(shard, "body"),
        key(shard, "sent"),
        userKey(entry.ref),
        entry.id,
        now,
      );
    },

    /** Puts an entry back for later (a failed or deferred send), counting the failed attempt. */
    async retry(entry: ReminderEntry, at: number, failed = true): Promise<void> {
      const shard = shardOfId(entry.id);
      const next = { ...entry, attempts: entry.attempts + (failed ? 1 : 0) };
      await redis
        .multi()
        .hset(key(shard, "body"), entry.id, encodeEntry(next))
        .zrem(key(shard, "lease"), entry.id)
        .zadd(key(shard, "due"), at, entry.id)
        .exec();
    },

    /** Gives up on an entry after too many failures: kept, with its body, where admins can see it. */
    async park(entry: ReminderEntry, now: number): Promise<void> {
      const shard = shardOfId(entry.id);
      await redis
        .multi()
        .zrem(key(shard, "lease"), entry.id)
        .zadd(key(shard, "parked"), now, entry.id)
        .exec();
    },

    /** Keeps an entry the channel could not deliver now (Zalo's window closed) for the user's next message. */
    async defer(entry: ReminderEntry): Promise<void> {
      const shard = shardOfId(entry.id);
      await redis.multi().zrem(key(shard, "lease"), entry.id).sadd(pendingKey(entry.ref), entry.id).exec();
    },

    /** Takes the user's deferred entries (each once: they are recorded as sent as they are taken). */
    async takePending(ref: ConversationRef, now = Date.now()): Promise<ReminderEntry[]> {
      const shard = shardOf(ref);
      const ids = await redis.smembers(pendingKey(ref));
      if (ids.length === 0) return [];
      const bodies = await redis.hmget(key(shard, "body"), ...ids);
      const taken: ReminderEntry[] = [];
      for (const [i, id] of ids.entries()) {
        const removed = await redis.srem(pendingKey(ref), id);
        const entry = bodies[i] ? decodeEntry(id, bodies[i]!) : undefined;
        if (removed === 1 && entry) {
          await redis.eval(
            ACK,
            4,
            key(shard, "lease"),
            key(shard, "body"),
            key(shard, "sent"),
            userKey(ref),
            id,
            now,
          );
          taken.push(entry);
        }
      }
      return taken;
    },

    /** Whether an entry was sent (the fire log). */
    async wasSent(id: string): Promise<boolean> {
      return (await redis.zscore(key(shardOfId(id), "sent"), id)) !== null;
    },
  };
}

/** The reminder store. */
export type ReminderStore = ReturnType<typeof createRedisReminderStore>;
