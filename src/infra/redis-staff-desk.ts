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
//   bhyt:v1:{staff}:cases         LIST  assisted cases: day, staff, topic, commune (newest first, 10,000 kept)
const STATS_TTL_SECONDS = 400 * 24 * 3600;
const CASES_KEPT = 10_000;
const UNANSWERED_KEPT = 5000;
// Which groups a user's questions went into, so "delete my data" can take them out (kept as long as a session).
const UNANSWERED_TTL_SECONDS = 180 * 24 * 3600;
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
      await redis
        .multi()
        .sadd(byUserKey(from), group)
        .expire(byUserKey(from), UNANSWERED_TTL_SECONDS)
        .zincrby("bhyt:v1:{unanswered}:groups", 1, group)
        .hset("bhyt:v1:{unanswered}:example", group, redactPersonalNumbers(text).text.slice(0, 300))
        .zremrangebyrank("bhyt:v1:{unanswered}:groups", 0, -UNANSWERED_KEPT - 1)
        .exec();
    },
    async forgetUser(ref) {
      const groups = await redis.smembers(byUserKey(ref));
      for (const group of groups) {
        const left = Number(await redis.zincrby("bhyt:v1:{unanswered}:groups", -1, group));
        if (left <= 0)
          await redis
            .multi()
            .zrem("bhyt:v1:{unanswered}:groups", group)
            .hdel("bhyt:v1:{unanswered}:example", group)
            .exec();
      }
      await redis.del(byUserKey(ref));
    },
    async topUnanswered(limit) {
      const flat = await redis.zrevrange("bhyt:v1:{unanswered}:groups", 0, limit - 1, "WITHSCORES");
      const keys = flat.filter((_, i) => i % 2 === 0);
      const examples = keys.length ? await redis.hmget("bhyt:v1:{unanswered}:example", ...keys) : [];
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
