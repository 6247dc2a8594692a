import type { ConversationRef } from "../core/types.ts";
import { decodeEntry, encodeTime } from "../reminders/reminder.ts";
import { REMINDER_SHARDS } from "../reminders/reminder-queue.ts";
import type { RedisClient } from "./redis.ts";
import { reminderKey as key, userIndexKey } from "./redis-reminder-store.ts";

/**
 * Moves reminders kept in the first layout (a due entry per reminder in `due`, card bodies in `c` ending with their
 * days-before, a set per user in `u:<user>`) into the present one (src/infra/redis-reminder-store.ts), once: a
 * shard without the old hash is left alone, so running it again, or on two instances at once, changes nothing.
 * Returns how many cards were moved.
 */
export async function migrateReminderLayout(redis: RedisClient, now = Date.now()): Promise<number> {
  let moved = 0;
  for (let shard = 0; shard < REMINDER_SHARDS; shard++) {
    const old = key(shard, "c");
    if ((await redis.exists(old)) === 0) continue;
    let cursor = "0";
    do {
      const [next, flat] = await redis.hscan(old, cursor, "COUNT", 500);
      cursor = next;
      for (let i = 0; i < flat.length; i += 2)
        if (await moveCard(redis, shard, flat[i]!, flat[i + 1]!, now)) moved++;
    } while (cursor !== "0");
    await redis.del(old, key(shard, "due"));
  }
  return moved;
}

// One card: each reminder keeps its due time; one a worker held keeps its lease and is due now if that runs out;
// a deferred one stays deferred and a parked one parked.
async function moveCard(
  redis: RedisClient,
  shard: number,
  card: string,
  body: string,
  now: number,
): Promise<boolean> {
  const fields = body.split("\t");
  const entry = decodeEntry(`${card}.0`, body);
  if (!entry || fields.length !== 7) return false;
  const ref: ConversationRef = entry.ref;
  const pending = key(shard, `p:${ref.channel}:${ref.userId}`);
  const items: string[] = [];
  let nextAt: number | undefined;
  for (const days of (fields[6] ?? "").split(",").filter(Boolean)) {
    const id = `${card}.${days}`;
    const [due, leased, parked, deferred] = await Promise.all([
      redis.zscore(key(shard, "due"), id),
      redis.zscore(key(shard, "lease"), id),
      redis.zscore(key(shard, "parked"), id),
      redis.sismember(pending, id),
    ]);
    const at = due !== null ? Number(due) : leased !== null ? now : undefined;
    if (at !== undefined) {
      items.push(`${days}=${encodeTime(at)}`);
      if (leased === null) nextAt = Math.min(nextAt ?? at, at);
    } else if (deferred === 1) items.push(`${days}=p`);
    else if (parked !== null) items.push(`${days}=x`);
  }
  if (items.length === 0) return false;
  const index = userIndexKey(ref);
  const user = `${ref.channel}:${ref.userId}`;
  const cards = (await redis.hget(index, user))?.split(",") ?? [];
  const multi = redis
    .multi()
    .hset(key(shard, "b"), card, [...fields.slice(0, 6), items.join(",")].join("\t"))
    .hset(index, user, [...new Set([...cards, card])].join(","))
    .del(key(shard, `u:${user}`));
  if (nextAt !== undefined) multi.zadd(key(shard, "d"), nextAt, card);
  await multi.exec();
  return true;
}
