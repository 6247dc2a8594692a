import type { ConversationRef } from "../core/types.ts";
import {
  CASE_MESSAGES_KEPT,
  type CaseMessage,
  caseExpired,
  type HandoffCase,
  type HandoffDesk,
  MAX_OPEN_CASES,
} from "../features/staff/handoff-desk.ts";
import type { RedisClient } from "./redis.ts";

// Keys (one hash tag: the case, the open list and the per-citizen pointer change together in MULTIs):
//   bhyt:v1:{handoff}:case     HASH  case id → JSON case
//   bhyt:v1:{handoff}:open     ZSET  case id → opened at
//   bhyt:v1:{handoff}:by-user  HASH  channel:user → case id
const CASES = "bhyt:v1:{handoff}:case";
const OPEN = "bhyt:v1:{handoff}:open";
const BY_USER = "bhyt:v1:{handoff}:by-user";
const NOTICED = "bhyt:v1:{handoff}:noticed";
const SKIPPED = "bhyt:v1:{handoff}:skipped";
const userKey = (ref: ConversationRef) => `${ref.channel}:${ref.userId}`;
//   bhyt:v1:{handoff}:log:<id>  LIST  the case's messages, deleted with the case (and a week after the last one)
const logKey = (id: string) => `bhyt:v1:{handoff}:log:${id}`;
const LOG_TTL_SECONDS = 7 * 86_400;

const TAKE = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local c = cjson.decode(raw)
if c.staff and c.staff ~= ARGV[2] then return false end
c.staff = ARGV[2]
c.lastAt = tonumber(ARGV[3])
local out = cjson.encode(c)
redis.call('HSET', KEYS[1], ARGV[1], out)
return out`;

// Puts a case back in the queue if `staff` holds it. KEYS: cases; ARGV: id, staff.
const RELEASE = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local c = cjson.decode(raw)
if c.staff ~= ARGV[2] then return false end
c.staff = nil
local out = cjson.encode(c)
redis.call('HSET', KEYS[1], ARGV[1], out)
return out`;

/** Handoff cases in Redis, shared by every instance. */
export function createRedisHandoffDesk(redis: RedisClient): HandoffDesk {
  const get = async (id: string): Promise<HandoffCase | undefined> => {
    const raw = await redis.hget(CASES, id);
    return raw ? (JSON.parse(raw) as HandoffCase) : undefined;
  };
  const save = (handoff: HandoffCase) => redis.hset(CASES, handoff.id, JSON.stringify(handoff));
  return {
    async open(ref, now) {
      const existing = await this.activeFor(ref);
      if (existing) return { handoff: existing, created: false };
      if ((await redis.zcard(OPEN)) >= MAX_OPEN_CASES) return undefined;
      const id = String(await redis.incr("bhyt:v1:{handoff}:seq"));
      const handoff: HandoffCase = { id, ref, openedAt: now, lastAt: now };
      await redis
        .multi()
        .hset(CASES, id, JSON.stringify(handoff))
        .zadd(OPEN, now, id)
        .hset(BY_USER, userKey(ref), id)
        .exec();
      return { handoff, created: true };
    },
    async sweep(now) {
      const expired = (await this.list()).filter((c) => caseExpired(c, now));
      for (const handoff of expired) await this.close(handoff.id);
      return expired;
    },
    async noticeDue(cooldownMs) {
      if ((await redis.set(NOTICED, "1", "PX", cooldownMs, "NX")) !== "OK") {
        await redis
          .multi()
          .incr(SKIPPED)
          .pexpire(SKIPPED, 24 * 3600 * 1000)
          .exec();
        return { send: false, skipped: 0 };
      }
      return { send: true, skipped: Number((await redis.getdel(SKIPPED)) ?? 0) };
    },
    async activeFor(ref) {
      const id = await redis.hget(BY_USER, userKey(ref));
      return id ? get(id) : undefined;
    },
    async list() {
      const ids = await redis.zrange(OPEN, 0, -1);
      return (await Promise.all(ids.map(get))).filter((c): c is HandoffCase => c !== undefined);
    },
    async take(id, staff, now) {
      // One script, so two staff members pressing "take" at once cannot both get the case.
      const raw = (await redis.eval(TAKE, 1, CASES, id, staff, now)) as string | null;
      return raw ? (JSON.parse(raw) as HandoffCase) : undefined;
    },
    async release(id, staff) {
      const raw = (await redis.eval(RELEASE, 1, CASES, id, staff)) as string | null;
      return raw ? (JSON.parse(raw) as HandoffCase) : undefined;
    },
    async touch(id, now) {
      const handoff = await get(id);
      if (handoff) await save({ ...handoff, lastAt: now });
    },
    async close(id) {
      const handoff = await get(id);
      if (!handoff) return undefined;
      await redis
        .multi()
        .hdel(CASES, id)
        .zrem(OPEN, id)
        .hdel(BY_USER, userKey(handoff.ref))
        .del(logKey(id))
        .exec();
      return handoff;
    },
    async note(id, message) {
      await redis
        .multi()
        .rpush(logKey(id), JSON.stringify(message))
        .ltrim(logKey(id), -CASE_MESSAGES_KEPT, -1)
        .expire(logKey(id), LOG_TTL_SECONDS)
        .exec();
    },
    async transcript(id) {
      return (await redis.lrange(logKey(id), 0, -1)).map((raw) => JSON.parse(raw) as CaseMessage);
    },
  };
}
