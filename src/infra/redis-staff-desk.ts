import { CONFIGURED_PRINCIPAL } from "../core/principals.ts";
import { principalOf, type Role, type StaffDesk } from "../features/staff/staff-desk.ts";
import { createBatchedCounters } from "./batched-counters.ts";
import type { RedisClient } from "./redis.ts";
import { createRedisUnansweredLog } from "./redis-unanswered-log.ts";

// Keys (hash tags keep each group on one Cluster slot):
//   bhyt:v1:{staff}:added         SET   staff added by admins
//   bhyt:v1:{stats}:<day>         HASH  counter → value, per civil day (kept 400 days; written about once a second)
//   bhyt:v1:{unanswered}:…        see redis-unanswered-log.ts
//   bhyt:v1:{staff}:cases         LIST  assisted cases: day, staff, topic, commune (newest first, 10,000 kept)
const STATS_TTL_SECONDS = 400 * 24 * 3600;
const CASES_KEPT = 10_000;

/** The staff desk on Redis; `admins` and `staff` come from the ADMINS and STAFF settings. */
export function createRedisStaffDesk(
  redis: RedisClient,
  config: { admins: readonly string[]; staff: readonly string[] },
): StaffDesk {
  const admins = new Set(config.admins);
  const staff = new Set(config.staff);
  const added = "bhyt:v1:{staff}:added";
  const unanswered = createRedisUnansweredLog(redis);
  const counters = createBatchedCounters(redis, {
    keyOf: (day) => `bhyt:v1:{stats}:${day}`,
    ttlSeconds: STATS_TTL_SECONDS,
  });
  return {
    async roleOf(ref) {
      const principal = principalOf(ref);
      // A role stored before this rule (or set by hand in Redis) never reaches an unidentified caller.
      if (!CONFIGURED_PRINCIPAL.test(principal)) return "citizen";
      if (admins.has(principal)) return "admin" as Role;
      if (staff.has(principal) || (await redis.sismember(added, principal)) === 1) return "staff";
      return "citizen";
    },
    addStaff: async (principal) => (await redis.sadd(added, principal)) === 1,
    removeStaff: async (principal) => (await redis.srem(added, principal)) === 1,
    listStaff: async () => [...new Set([...staff, ...(await redis.smembers(added))])].sort(),
    async count(day, fields, by) {
      counters.add(day, fields, by);
    },
    flush: () => counters.flush(),
    async stats(days) {
      await counters.flush();
      const rows = await Promise.all(days.map((day) => redis.hgetall(`bhyt:v1:{stats}:${day}`)));
      return Object.fromEntries(
        days.map((day, i) => [
          day,
          Object.fromEntries(Object.entries(rows[i] ?? {}).map(([k, v]) => [k, Number(v)])),
        ]),
      );
    },
    recordUnanswered: (text, from) => unanswered.record(text, from),
    forgetUser: (ref) => unanswered.forget(ref),
    topUnanswered: (limit, offset) => unanswered.top(limit, offset),
    unansweredGroups: () => unanswered.size(),
    dismissUnanswered: (group) => unanswered.dismiss(group),
    countNewTopic: (group, topic) => unanswered.countNewTopic(group, topic),
    newTopics: () => unanswered.newTopics(),
    async logCase(entry) {
      await redis
        .multi()
        .lpush("bhyt:v1:{staff}:cases", JSON.stringify(entry))
        .ltrim("bhyt:v1:{staff}:cases", 0, CASES_KEPT - 1)
        .exec();
    },
  };
}
