import type { ConversationRef } from "../core/types.ts";
import {
  type CardFields,
  cardOf,
  decodeEntry,
  encodeCard,
  encodeTime,
  type ReminderEntry,
  scheduleOf,
} from "../reminders/reminder.ts";
import { REMINDER_SHARDS } from "../reminders/reminder-queue.ts";
import { type RedisClient, runScript } from "./redis.ts";
import { ACK, CANCEL, CLAIM, DEFER, PARK, RECOVER, RETRY, SCHEDULE } from "./redis-reminder-scripts.ts";

/**
 * Reminders in Redis, in 16 shards so Redis Cluster can spread them. A user's reminders all live in one shard,
 * and every key of a shard carries the hash tag `{rem:N}`, so each Lua script touches one slot. The reminders of
 * one card (30, 7 and 1 days before) share one body, which holds their due times; the due set holds the card once,
 * at its next reminder, so a card costs one sorted-set entry, not three:
 *   bhyt:v1:{rem:N}:d        ZSET card id → next due time (ms)  what is waiting
 *   bhyt:v1:{rem:N}:b        HASH card id → compact body        who, which card, each reminder left and its time
 *   bhyt:v1:{rem:N}:lease    ZSET entry id → lease deadline     what a worker is sending now; entry = <card>.<days>
 *   bhyt:v1:{rem:N}:a        HASH entry id → failed attempts    only for entries that failed
 *   bhyt:v1:{rem:N}:ub:<k>   HASH user → card ids               the users' cards, in 4,096 small hashes a shard
 *   bhyt:v1:{rem:N}:sent     ZSET entry id → time sent          the fire log (35 days)
 *   bhyt:v1:{rem:N}:parked   ZSET entry id → time parked        failed too often: for admins to look at
 *   bhyt:v1:{rem:N}:p:<ref>  SET  of entry ids                  deferred: shown at the user's next message
 */
export { REMINDER_SHARDS } from "../reminders/reminder-queue.ts";

/** A key of a reminder shard. */
export const reminderKey = (shard: number, name: string) => `bhyt:v1:{rem:${shard}}:${name}`;
const key = reminderKey;
const refKey = (ref: ConversationRef) => `${ref.channel}:${ref.userId}`;
const shardOfId = (id: string) => Number(id.split(".")[0]);
// Users share index hashes: a few dozen users' fields in one small hash take far less memory than a key each.
const INDEX_BUCKETS = 4096;
// The fire log is kept long enough to answer "was this sent?" for a reminder's whole month.
const SENT_KEPT_MS = 35 * 24 * 3600 * 1000;

function hashOf(ref: ConversationRef): number {
  let hash = 0x811c9dc5;
  for (const char of refKey(ref)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** The shard of a user (FNV-1a over channel:user). */
export function shardOf(ref: ConversationRef): number {
  return hashOf(ref) % REMINDER_SHARDS;
}

/** The index hash that holds a user's card ids (other bits of the same hash as the shard). */
export function userIndexKey(ref: ConversationRef): string {
  return key(shardOf(ref), `ub:${Math.floor(hashOf(ref) / REMINDER_SHARDS) % INDEX_BUCKETS}`);
}

const shardKeys = (shard: number) => [key(shard, "d"), key(shard, "lease"), key(shard, "b")];

/** The reminder store: schedule, list and cancel for a user; claim, acknowledge, retry and park for workers. */
export function createRedisReminderStore(redis: RedisClient) {
  const pendingKey = (ref: ConversationRef) => key(shardOf(ref), `p:${refKey(ref)}`);
  const run = (script: string, shard: number, own: string[], args: (string | number)[]) =>
    runScript(redis, script, [...shardKeys(shard), ...own], args);
  const ack = (entry: ReminderEntry, now: number) => {
    const shard = shardOfId(entry.id);
    return run(
      ACK,
      shard,
      [key(shard, "sent"), key(shard, "a"), userIndexKey(entry.ref)],
      [entry.id, now, refKey(entry.ref)],
    );
  };
  const cardsOf = async (ref: ConversationRef) => {
    const list = await redis.hget(userIndexKey(ref), refKey(ref));
    return list ? list.split(",") : [];
  };

  /** A user's waiting entries with their due times, soonest first. */
  async function listFor(ref: ConversationRef): Promise<{ entry: ReminderEntry; at: number }[]> {
    const cards = await cardsOf(ref);
    if (cards.length === 0) return [];
    const bodies = await redis.hmget(key(shardOf(ref), "b"), ...cards);
    return cards
      .flatMap((card, i) => {
        const body = bodies[i];
        if (!body) return [];
        return scheduleOf(body).flatMap(({ daysBefore, at }) => {
          const entry = at === undefined ? undefined : decodeEntry(`${card}.${daysBefore}`, body);
          return entry && at !== undefined ? [{ entry, at }] : [];
        });
      })
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
      if (cards.size === 0) return [];
      const ids: string[] = [];
      const args: (string | number)[] = [refKey(ref)];
      for (const { card, items } of cards.values()) {
        const cardId = `${shard}.${Math.random().toString(36).slice(2, 9)}`;
        args.push(cardId, encodeCard({ ...card, ref }, items), Math.min(...items.map((i) => i.at)));
        ids.push(...items.map((i) => `${cardId}.${i.daysBefore}`));
      }
      await run(SCHEDULE, shard, [userIndexKey(ref)], args);
      return ids;
    },

    /** Cancels some of a user's waiting entries (all of them without ids); returns how many were removed. */
    async cancel(ref: ConversationRef, ids?: readonly string[]): Promise<number> {
      const shard = shardOf(ref);
      const waiting = (await listFor(ref)).map((r) => r.entry.id);
      const targets = ids ? waiting.filter((id) => ids.includes(id)) : waiting;
      if (targets.length === 0) return 0;
      return (await run(
        CANCEL,
        shard,
        [key(shard, "a"), userIndexKey(ref)],
        [refKey(ref), ...targets],
      )) as number;
    },

    /** Deletes all of a user's reminders, waiting or deferred ("delete my data"). */
    async forget(ref: ConversationRef): Promise<void> {
      await this.cancel(ref);
      const shard = shardOf(ref);
      const cards = await cardsOf(ref);
      const multi = redis.multi().del(pendingKey(ref)).hdel(userIndexKey(ref), refKey(ref));
      if (cards.length > 0) multi.hdel(key(shard, "b"), ...cards).zrem(key(shard, "d"), ...cards);
      await multi.exec();
    },

    /** Claims up to `limit` due entries of a shard for `leaseMs`. */
    async claim(shard: number, now: number, leaseMs: number, limit: number): Promise<ReminderEntry[]> {
      const flat = (await run(CLAIM, shard, [key(shard, "a")], [now, now + leaseMs, limit])) as string[];
      const entries: ReminderEntry[] = [];
      for (let i = 0; i < flat.length; i += 3) {
        const entry = decodeEntry(flat[i]!, flat[i + 1]!, Number(flat[i + 2]));
        if (entry) entries.push(entry);
      }
      return entries;
    },

    /** Makes entries whose lease ran out due again, and forgets sends older than the fire log keeps; returns how many. */
    async recover(shard: number, now: number): Promise<number> {
      return (await run(RECOVER, shard, [key(shard, "sent")], [now, now - SENT_KEPT_MS])) as number;
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
      await run(RETRY, shard, [key(shard, "a")], [entry.id, encodeTime(at), failed ? 1 : 0]);
    },

    /** Gives up on an entry after too many failures: kept, with its card, where admins can see it. */
    async park(entry: ReminderEntry, now: number): Promise<void> {
      const shard = shardOfId(entry.id);
      await run(PARK, shard, [key(shard, "parked")], [entry.id, now]);
    },

    /** Keeps an entry the channel could not deliver now (Zalo's window closed) for the user's next message. */
    async defer(entry: ReminderEntry): Promise<void> {
      await run(DEFER, shardOfId(entry.id), [pendingKey(entry.ref)], [entry.id]);
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
        const body = await redis.hget(key(shard, "b"), cardOf(id));
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
