import { createHash } from "node:crypto";
import { clip } from "../core/clip.ts";
import { redactPersonalNumbers } from "../core/pii-guard.ts";
import type { ConversationRef } from "../core/types.ts";
import { principalOf } from "../features/staff/staff-desk.ts";
import type { RedisClient } from "./redis.ts";
import { unansweredKey } from "./unanswered-key.ts";

// Keys, all under one hash tag (each script touches several):
//   bhyt:v1:{unanswered}:groups      ZSET  group key → times asked
//   bhyt:v1:{unanswered}:example     HASH  group key → latest wording (personal numbers redacted)
//   bhyt:v1:{unanswered}:example-by  HASH  group key → who wrote that wording (a hash of the user)
//   bhyt:v1:{unanswered}:seen        ZSET  group key → last asked
//   bhyt:v1:{unanswered}:asked:<u>   HASH  group key → times this user asked (for "delete my data")
const GROUPS = "bhyt:v1:{unanswered}:groups";
const EXAMPLES = "bhyt:v1:{unanswered}:example";
const EXAMPLE_BY = "bhyt:v1:{unanswered}:example-by";
const SEEN = "bhyt:v1:{unanswered}:seen";
const KEYS = [GROUPS, EXAMPLES, EXAMPLE_BY, SEEN] as const;
const KEPT = 5000;
// One user adds at most this many different questions (more is a flood, not a citizen), and the whole log takes at
// most this many new records a minute: however many accounts write, the log grows by a bounded amount.
const PER_USER_GROUPS = 30;
const PER_MINUTE = 600;
const RATE = "bhyt:v1:{unanswered}:rate";
/** A group not asked for this long is dropped, wording included; a user's index lives as long. */
export const UNANSWERED_TTL_SECONDS = 180 * 24 * 3600;

// Drops groups entirely. KEYS: groups, examples, example-by, seen.
const DROP_FN = `
local function drop(g)
  redis.call('ZREM', KEYS[1], g)
  redis.call('HDEL', KEYS[2], g)
  redis.call('HDEL', KEYS[3], g)
  redis.call('ZREM', KEYS[4], g)
end
`;

// Records one question unless the user already added PER_USER_GROUPS other questions or the minute's quota is
// spent, then applies the retention limits: groups not asked since the cutoff, and the least asked beyond the kept
// number (never the question just recorded: among groups asked as often, a new one would otherwise go in the step
// that adds it). KEYS: the four above, the user's index, the minute's counter; ARGV: group, wording, user, now, cutoff,
// kept, index TTL, per-user groups, per-minute records.
const RECORD = `${DROP_FN}
if redis.call('HEXISTS', KEYS[5], ARGV[1]) == 0 and redis.call('HLEN', KEYS[5]) >= tonumber(ARGV[8]) then return -1 end
local minute = redis.call('INCR', KEYS[6])
if minute == 1 then redis.call('EXPIRE', KEYS[6], 120) end
if minute > tonumber(ARGV[9]) then return -2 end
redis.call('HINCRBY', KEYS[5], ARGV[1], 1)
redis.call('EXPIRE', KEYS[5], ARGV[7])
redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
local gone = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', ARGV[5], 'LIMIT', 0, 100)
local over = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[6])
for _, g in ipairs(redis.call('ZRANGE', KEYS[1], 0, over)) do
  if over > 0 and g ~= ARGV[1] then table.insert(gone, g); over = over - 1 end
end
for _, g in ipairs(gone) do drop(g) end
return #gone`;

// Takes out everything one user added: their count in each group (a group only they asked goes), and their
// wording where it is the example shown (replaced by the group's folded words, which others share).
// KEYS: the four above, the user's index; ARGV: user.
const FORGET = `${DROP_FN}
local asked = redis.call('HGETALL', KEYS[5])
for i = 1, #asked, 2 do
  local g, n = asked[i], tonumber(asked[i + 1])
  local left = tonumber(redis.call('ZINCRBY', KEYS[1], -n, g))
  if left <= 0 then
    drop(g)
  elseif redis.call('HGET', KEYS[3], g) == ARGV[1] then
    redis.call('HSET', KEYS[2], g, g)
    redis.call('HDEL', KEYS[3], g)
  end
end
redis.call('DEL', KEYS[5])
return #asked / 2`;

// Drops one group (handled by an admin). KEYS: the four above; ARGV: group. Returns how often it was asked.
const DISMISS = `${DROP_FN}
local count = tonumber(redis.call('ZSCORE', KEYS[1], ARGV[1]) or '0')
drop(ARGV[1])
return count`;

// New topics admins named from missed questions: topic → how many times citizens asked for it.
const NEW_TOPICS = "bhyt:v1:{unanswered}:new-topics";

// Users are named by a hash of the principal: nothing here holds an identifier.
const userHash = (ref: ConversationRef) =>
  createHash("sha256").update(principalOf(ref)).digest("hex").slice(0, 20);
const askedKey = (ref: ConversationRef) => `bhyt:v1:{unanswered}:asked:${userHash(ref)}`;

/** Questions the bot could not answer, grouped and counted for admins, redacted, and forgettable per user. */
export function createRedisUnansweredLog(redis: RedisClient) {
  /** Takes a group off the list (made an example, or counted for a new topic); returns how often it was asked. */
  const dismiss = async (group: string): Promise<number> =>
    Number(await redis.eval(DISMISS, 4, ...KEYS, group));
  return {
    async record(text: string, from: ConversationRef): Promise<void> {
      // Callers of the message API are not identified: one client could fill the log with any number of "users".
      if (from.channel === "http") return;
      const group = unansweredKey(text);
      if (!group) return;
      const now = Date.now();
      await redis.eval(
        RECORD,
        6,
        ...KEYS,
        askedKey(from),
        `${RATE}:${Math.floor(now / 60_000)}`,
        group,
        clip(redactPersonalNumbers(text).text, 300),
        userHash(from),
        now,
        now - UNANSWERED_TTL_SECONDS * 1000,
        KEPT,
        UNANSWERED_TTL_SECONDS,
        PER_USER_GROUPS,
        PER_MINUTE,
      );
    },
    async forget(ref: ConversationRef): Promise<void> {
      await redis.eval(FORGET, 5, ...KEYS, askedKey(ref), userHash(ref));
    },
    dismiss,
    /** Counts a group's questions towards a topic the bot lacks, and takes the group off the list. */
    async countNewTopic(group: string, topic: string): Promise<void> {
      const asked = await dismiss(group);
      if (asked > 0) await redis.hincrby(NEW_TOPICS, topic, asked);
    },
    /** How many groups there are. */
    size: (): Promise<number> => redis.zcard(GROUPS),
    /** Topics admins named, with how many questions asked for each, most asked first. */
    async newTopics(): Promise<{ topic: string; count: number }[]> {
      const all = await redis.hgetall(NEW_TOPICS);
      return Object.entries(all)
        .map(([topic, count]) => ({ topic, count: Number(count) }))
        .sort((a, b) => b.count - a.count);
    },
    async top(limit: number, offset = 0): Promise<{ key: string; count: number; example: string }[]> {
      const flat = await redis.zrevrange(GROUPS, offset, offset + limit - 1, "WITHSCORES");
      const keys = flat.filter((_, i) => i % 2 === 0);
      const examples = keys.length ? await redis.hmget(EXAMPLES, ...keys) : [];
      return keys.map((key, i) => ({ key, count: Number(flat[i * 2 + 1]), example: examples[i] ?? "" }));
    },
  };
}
