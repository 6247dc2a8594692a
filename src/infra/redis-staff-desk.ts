import { createHash } from "node:crypto";
import { foldDiacritics } from "../core/fold.ts";
import { redactPersonalNumbers } from "../core/pii-guard.ts";
import type { ConversationRef } from "../core/types.ts";
import { principalOf, type Role, type StaffDesk } from "../features/staff/staff-desk.ts";
import type { RedisClient } from "./redis.ts";

// Keys (hash tags keep each group on one Cluster slot):
//   bhyt:v1:{staff}:added         SET   staff added by admins
//   bhyt:v1:{stats}:<day>         HASH  counter → value, per civil day (kept 400 days)
//   bhyt:v1:{unanswered}:groups   ZSET  group key → times asked
//   bhyt:v1:{unanswered}:example  HASH  group key → latest wording (personal numbers redacted)
//   bhyt:v1:{unanswered}:seen     ZSET  group key → last asked (groups not asked for 180 days are dropped)
//   bhyt:v1:{staff}:cases         LIST  assisted cases: day, staff, topic, commune (newest first, 10,000 kept)
const STATS_TTL_SECONDS = 400 * 24 * 3600;
const CASES_KEPT = 10_000;
const UNANSWERED_KEPT = 5000;
const GROUPS = "bhyt:v1:{unanswered}:groups";
const EXAMPLES = "bhyt:v1:{unanswered}:example";
const SEEN = "bhyt:v1:{unanswered}:seen";
// Which groups a user's questions went into, so "delete my data" can take them out (kept as long as a session).
const UNANSWERED_TTL_SECONDS = 180 * 24 * 3600;
// Records one unanswered question and applies the retention limits: groups not asked within the retention
// period, and the least-asked beyond the kept number, leave with their wording.
// KEYS: groups, examples, seen, user index; ARGV: group, wording, now, cutoff, kept, user index TTL.
const RECORD = `
redis.call('SADD', KEYS[4], ARGV[1])
redis.call('EXPIRE', KEYS[4], ARGV[6])
redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
local gone = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[4], 'LIMIT', 0, 100)
for _, g in ipairs(redis.call('ZRANGE', KEYS[1], 0, -tonumber(ARGV[5]) - 1)) do table.insert(gone, g) end
for _, g in ipairs(gone) do
  redis.call('ZREM', KEYS[1], g)
  redis.call('HDEL', KEYS[2], g)
  redis.call('ZREM', KEYS[3], g)
end
return #gone`;

// The user is named by a hash of the principal: the index itself holds no identifier.
const byUserKey = (ref: ConversationRef) =>
  `bhyt:v1:{unanswered}:by:${createHash("sha256").update(principalOf(ref)).digest("hex").slice(0, 20)}`;

/** The group of an unanswered question: its words without marks, numbers or punctuation (first 12 words). */
export function unansweredKey(text: string): string {
  return foldDiacritics(redactPersonalNumbers(text).text)
    .replace(/[^a-z\s]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 12)
    .join(" ");
}

/** The staff desk on Redis; `admins` and `staff` come from the ADMINS and STAFF settings. */
export function createRedisStaffDesk(
  redis: RedisClient,
  config: { admins: readonly string[]; staff: readonly string[] },
): StaffDesk {
  const admins = new Set(config.admins);
  const staff = new Set(config.staff);
  const added = "bhyt:v1:{staff}:added";
  return {
    async roleOf(ref) {
      const principal = principalOf(ref);
      if (admins.has(principal)) return "admin" as Role;
      if (staff.has(principal) || (await redis.sismember(added, principal)) === 1) return "staff";
      return "citizen";
    },
    addStaff: async (principal) => (await redis.sadd(added, principal)) === 1,
    removeStaff: async (principal) => (await redis.srem(added, principal)) === 1,
    listStaff: async () => [...new Set([...staff, ...(await redis.smembers(added))])].sort(),
    async count(day, fields) {
      const key = `bhyt:v1:{stats}:${day}`;
      // Counters need no transaction: a plain pipeline is one round trip without MULTI/EXEC on a hot key.
      const batch = redis.pipeline();
      for (const field of fields) batch.hincrby(key, field, 1);
      await batch.expire(key, STATS_TTL_SECONDS).exec();
    },
    async stats(days) {
      const rows = await Promise.all(days.map((day) => redis.hgetall(`bhyt:v1:{stats}:${day}`)));
      return Object.fromEntries(
        days.map((day, i) => [
          day,
          Object.fromEntries(Object.entries(rows[i] ?? {}).map(([k, v]) => [k, Number(v)])),
        ]),
      );
    },
    async recordUnanswered(text, from) {
      const group = unansweredKey(text);
      if (!group) return;
      const now = Date.now();
      await redis.eval(
        RECORD,
        4,
        GROUPS,
        EXAMPLES,
        SEEN,
        byUserKey(from),
        group,
        redactPersonalNumbers(text).text.slice(0, 300),
        now,
        now - UNANSWERED_TTL_SECONDS * 1000,
        UNANSWERED_KEPT,
        UNANSWERED_TTL_SECONDS,
      );
    },
    async forgetUser(ref) {
      const groups = await redis.smembers(byUserKey(ref));
      for (const group of groups) {
        const left = Number(await redis.zincrby(GROUPS, -1, group));
        if (left <= 0) await redis.multi().zrem(GROUPS, group).hdel(EXAMPLES, group).zrem(SEEN, group).exec();
      }
      await redis.del(byUserKey(ref));
    },
    async topUnanswered(limit) {
      const flat = await redis.zrevrange(GROUPS, 0, limit - 1, "WITHSCORES");
      const keys = flat.filter((_, i) => i % 2 === 0);
      const examples = keys.length ? await redis.hmget(EXAMPLES, ...keys) : [];
      return keys.map((key, i) => ({ key, count: Number(flat[i * 2 + 1]), example: examples[i] ?? "" }));
    },
    async logCase(entry) {
      await redis
        .multi()
        .lpush("bhyt:v1:{staff}:cases", JSON.stringify(entry))
        .ltrim("bhyt:v1:{staff}:cases", 0, CASES_KEPT - 1)
        .exec();
    },
  };
}
