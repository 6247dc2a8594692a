import type { ConversationRef } from "../core/types.ts";
import {
  type CardFields,
  cardOf,
  decodeEntry,
  encodeCard,
  offsetsOf,
  type ReminderEntry,
} from "../reminders/reminder.ts";
import { REMINDER_SHARDS } from "../reminders/reminder-queue.ts";
import type { RedisClient } from "./redis.ts";

/**
 * Reminders in Redis, in 16 shards so Redis Cluster can spread them. A user's reminders all live in one shard,
 * and every key of a shard carries the hash tag `{rem:N}`, so each Lua script touches one slot. The reminders of
 * one card (30, 7 and 1 days before) share one body:
 *   bhyt:v1:{rem:N}:due      ZSET entry id → due time (ms)    what is waiting; entry id = <card id>.<days before>
 *   bhyt:v1:{rem:N}:lease    ZSET entry id → lease deadline   what a worker is sending now
 *   bhyt:v1:{rem:N}:c        HASH card id → compact body      who, which card, the offsets still to send
 *   bhyt:v1:{rem:N}:a        HASH entry id → failed attempts  only for entries that failed
 *   bhyt:v1:{rem:N}:u:<ref>  SET  of card ids                 one user's cards
 *   bhyt:v1:{rem:N}:sent     ZSET entry id → time sent        the fire log, and the idempotency check
 *   bhyt:v1:{rem:N}:parked   ZSET entry id → time parked      failed too often: for admins to look at
 *   bhyt:v1:{rem:N}:p:<ref>  SET  of entry ids                deferred: shown at the user's next message
 */
export { REMINDER_SHARDS } from "../reminders/reminder-queue.ts";

const key = (shard: number, name: string) => `bhyt:v1:{rem:${shard}}:${name}`;
const refKey = (ref: ConversationRef) => `${ref.channel}:${ref.userId}`;
const shardOfId = (id: string) => Number(id.split(".")[0]);

/** The shard of a user (FNV-1a over channel:user). */
export function shardOf(ref: ConversationRef): number {
  let hash = 0x811c9dc5;
  for (const char of refKey(ref)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % REMINDER_SHARDS;
}

// Removes one entry's offset from its card; the card (and its place in the user's set) goes with its last offset.
// KEYS: card hash, user set; ARGV: entry id.
const FORGET_FN = `
local function forget(cards, user, id)
  local card, offset = string.match(id, '^(.*)%.([^.]+)$')
  local body = redis.call('HGET', cards, card)
  if not body then return end
  local head, list = string.match(body, '^(.*\\t)([^\\t]*)$')
  local left = {}
  for o in string.gmatch(list, '[^,]+') do if o ~= offset then table.insert(left, o) end end
  if #left == 0 then
    redis.call('HDEL', cards, card)
    redis.call('SREM', user, card)
  else
    redis.call('HSET', cards, card, head .. table.concat(left, ','))
  end
end
`;

// Claims due entries: due → lease with a deadline; entries already sent (fire log) are dropped, not sent again.
// KEYS: due, lease, cards, sent, attempts; ARGV: now, lease deadline, limit.
const CLAIM = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  if not redis.call('ZSCORE', KEYS[4], id) then
    local body = redis.call('HGET', KEYS[3], string.match(id, '^(.*)%.[^.]+$'))
    if body then
      redis.call('ZADD', KEYS[2], ARGV[2], id)
      table.insert(out, id)
      table.insert(out, body)
      table.insert(out, redis.call('HGET', KEYS[5], id) or '0')
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

// Records a sent entry, once. KEYS: lease, cards, sent, attempts, user set; ARGV: entry id, now.
const ACK = `${FORGET_FN}
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
forget(KEYS[2], KEYS[5], ARGV[1])
return 1`;

// Cancels entries. KEYS: due, cards, user set, attempts; ARGV: entry ids.
const CANCEL = `${FORGET_FN}
local n = 0
for _, id in ipairs(ARGV) do
  n = n + redis.call('ZREM', KEYS[1], id)
  redis.call('HDEL', KEYS[4], id)
  forget(KEYS[2], KEYS[3], id)
end
return n`;

/** The reminder store: schedule, list and cancel for a user; claim, acknowledge, retry and park for workers. */
export function createRedisReminderStore(redis: RedisClient) {
  const userKey = (ref: ConversationRef) => key(shardOf(ref), `u:${refKey(ref)}`);
  const pendingKey = (ref: ConversationRef) => key(shardOf(ref), `p:${refKey(ref)}`);
  const ack = (entry: ReminderEntry, now: number) => {
    const shard = shardOfId(entry.id);
    return redis.eval(
      ACK,
      5,
      key(shard, "lease"),
      key(shard, "c"),
      key(shard, "sent"),
      key(shard, "a"),
      userKey(entry.ref),
      entry.id,
      now,
    );
  };

  /** A user's waiting entries with their due times, soonest first. */
  async function listFor(ref: ConversationRef): Promise<{ entry: ReminderEntry; at: number }[]> {
    const shard = shardOf(ref);
    const cards = await redis.smembers(userKey(ref));
    if (cards.length === 0) return [];
    const bodies = await redis.hmget(key(shard, "c"), ...cards);
    const ids = cards.flatMap((card, i) =>
      bodies[i] ? offsetsOf(bodies[i]!).map((o) => ({ id: `${card}.${o}`, body: bodies[i]! })) : [],
    );
    const times = await Promise.all(ids.map(({ id }) => redis.zscore(key(shard, "due"), id)));
    return ids
      .map(({ id, body }, i) => ({
        entry: decodeEntry(id, body),
        at: times[i] === null ? Number.NaN : Number(times[i]),
      }))
      .filter((r): r is { entry: ReminderEntry; at: number } => r.entry !== undefined && !Number.isNaN(r.at))
      .sort((a, b) => a.at - b.at);
  }

  return {
    listFor,

    /** Schedules entries for one user; the entries of one card share one body. Returns the entry ids. */
    async schedule(
      ref: ConversationRef,
      entries: { entry: Omit<ReminderEntry, "id">; at: number }[],
    ): Promise<string[]> {
      const shard = shardOf(ref);
      const cards = new Map<string, { card: CardFields; items: { daysBefore: number; at: number }[] }>();
      for (const { entry, at } of entries) {
        const group = `${entry.label}|${entry.expiry}|${entry.locale}|${entry.members}`;
        const card = cards.get(group) ?? { card: entry, items: [] };
        card.items.push({ daysBefore: entry.daysBefore, at });
        cards.set(group, card);
      }
      const ids: string[] = [];
      const multi = redis.multi();
      for (const { card, items } of cards.values()) {
        const cardId = `${shard}.${Math.random().toString(36).slice(2, 9)}`;
        multi.hset(
          key(shard, "c"),
          cardId,
          encodeCard(
            { ...card, ref },
            items.map((i) => i.daysBefore),
          ),
        );
        multi.sadd(userKey(ref), cardId);
        for (const { daysBefore, at } of items) {
          const id = `${cardId}.${daysBefore}`;
          multi.zadd(key(shard, "due"), at, id);
          ids.push(id);
        }
      }
      await multi.exec();
      return ids;
    },

    /** Cancels some of a user's waiting entries (all of them without ids); returns how many were removed. */
    async cancel(ref: ConversationRef, ids?: readonly string[]): Promise<number> {
      const shard = shardOf(ref);
      const waiting = (await listFor(ref)).map((r) => r.entry.id);
      const targets = ids ? waiting.filter((id) => ids.includes(id)) : waiting;
      if (targets.length === 0) return 0;
      return (await redis.eval(
        CANCEL,
        4,
        key(shard, "due"),
        key(shard, "c"),
        userKey(ref),
        key(shard, "a"),
        ...targets,
      )) as number;
    },

    /** Deletes all of a user's reminders, waiting or deferred ("delete my data"). */
    async forget(ref: ConversationRef): Promise<void> {
      await this.cancel(ref);
      const shard = shardOf(ref);
      const cards = await redis.smembers(userKey(ref));
      const multi = redis.multi().del(pendingKey(ref), userKey(ref));
      if (cards.length > 0) multi.hdel(key(shard, "c"), ...cards);
      await multi.exec();
    },

    /** Claims up to `limit` due entries of a shard for `leaseMs`. */
    async claim(shard: number, now: number, leaseMs: number, limit: number): Promise<ReminderEntry[]> {
      const flat = (await redis.eval(
        CLAIM,
        5,
        key(shard, "due"),
        key(shard, "lease"),
        key(shard, "c"),
        key(shard, "sent"),
        key(shard, "a"),
        now,
        now + leaseMs,
        limit,
      )) as string[];
      const entries: ReminderEntry[] = [];
      for (let i = 0; i < flat.length; i += 3) {
        const entry = decodeEntry(flat[i]!, flat[i + 1]!, Number(flat[i + 2]));
        if (entry) entries.push(entry);
      }
      return entries;
    },

    /** Makes entries whose lease ran out due again; returns how many. */
    async recover(shard: number, now: number): Promise<number> {
      return (await redis.eval(RECOVER, 2, key(shard, "lease"), key(shard, "due"), now)) as number;
    },

    /** Moves a claimed entry's lease deadline (only while it is leased). */
    async extend(entry: ReminderEntry, until: number): Promise<void> {
      await redis.zadd(key(shardOfId(entry.id), "lease"), "XX", until, entry.id);
    },

    /** Records an entry as sent (once and for all). */
    async ack(entry: ReminderEntry, now: number): Promise<void> {
      await ack(entry, now);
    },

    /** Puts an entry back for later (a failed or deferred send), counting a failed attempt. */
    async retry(entry: ReminderEntry, at: number, failed = true): Promise<void> {
      const shard = shardOfId(entry.id);
      const multi = redis.multi().zrem(key(shard, "lease"), entry.id).zadd(key(shard, "due"), at, entry.id);
      if (failed) multi.hincrby(key(shard, "a"), entry.id, 1);
      await multi.exec();
    },

    /** Gives up on an entry after too many failures: kept, with its card, where admins can see it. */
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

    /** Whether the user has deferred entries. */
    async hasPending(ref: ConversationRef): Promise<boolean> {
      return (await redis.scard(pendingKey(ref))) > 0;
    },

    /** Takes the user's deferred entries (each once: they are recorded as sent as they are taken). */
    async takePending(ref: ConversationRef, now = Date.now()): Promise<ReminderEntry[]> {
      const shard = shardOf(ref);
      const ids = await redis.smembers(pendingKey(ref));
      const taken: ReminderEntry[] = [];
      for (const id of ids) {
        if ((await redis.srem(pendingKey(ref), id)) !== 1) continue;
        const body = await redis.hget(key(shard, "c"), cardOf(id));
        const entry = body ? decodeEntry(id, body) : undefined;
        if (!entry) continue;
        await ack(entry, now);
        taken.push(entry);
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
