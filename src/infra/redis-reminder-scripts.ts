// The Lua scripts of the reminder store (src/infra/redis-reminder-store.ts). Every script gets the shard's due
// set, lease set and card hash as KEYS[1..3]; its own keys follow. A card body ends with its schedule,
// `<days before>=<due time, base-36 ms>` per reminder still to send (`=p` deferred, `=x` parked), and the due set
// holds each card once, at its earliest reminder that no worker is sending.

const PRELUDE = `
local DUE, LEASE, CARDS = KEYS[1], KEYS[2], KEYS[3]
local function items_of(body)
  local head, list = string.match(body, '^(.*\\t)([^\\t]*)$')
  local items = {}
  for item in string.gmatch(list, '[^,]+') do
    local o, t = string.match(item, '^([^=]*)=(.*)$')
    table.insert(items, {o, t})
  end
  return head, items
end
local function time_of(t)
  if t == 'p' or t == 'x' then return nil end
  return tonumber(t, 36)
end
local function leased(card, o) return redis.call('ZSCORE', LEASE, card .. '.' .. o) end
-- Writes a card back and queues it at its earliest reminder not being sent; a card left empty is deleted.
local function put(card, head, items)
  if #items == 0 then
    redis.call('HDEL', CARDS, card)
    redis.call('ZREM', DUE, card)
    return false
  end
  local parts, next_at = {}, nil
  for _, it in ipairs(items) do
    parts[#parts + 1] = it[1] .. '=' .. it[2]
    local at = time_of(it[2])
    if at and not leased(card, it[1]) and (not next_at or at < next_at) then next_at = at end
  end
  redis.call('HSET', CARDS, card, head .. table.concat(parts, ','))
  if next_at then redis.call('ZADD', DUE, next_at, card) else redis.call('ZREM', DUE, card) end
  return true
end
-- Sets the item of an entry id to what fn(old) returns (false drops it). Returns the card id when the card
-- is gone afterwards, and whether the item was there with a due time.
local function change(id, fn)
  local card, o = string.match(id, '^(.*)%.([^.]+)$')
  local body = redis.call('HGET', CARDS, card)
  if not body then return nil, false end
  local head, items = items_of(body)
  local kept, timed = {}, false
  for _, it in ipairs(items) do
    if it[1] == o then
      timed = time_of(it[2]) ~= nil
      local new = fn(it[2])
      if new then table.insert(kept, {o, new}) end
    else
      table.insert(kept, it)
    end
  end
  if put(card, head, kept) then return nil, timed end
  return card, timed
end
-- Takes a card out of a user's index (a HASH field: the user's card ids, comma-separated).
local function unindex(index, user, card)
  local list = redis.call('HGET', index, user)
  if not list then return end
  local left = {}
  for c in string.gmatch(list, '[^,]+') do if c ~= card then table.insert(left, c) end end
  if #left == 0 then redis.call('HDEL', index, user) else redis.call('HSET', index, user, table.concat(left, ',')) end
end
`;

/** Stores new cards and adds them to the user's index. KEYS +4: user index; ARGV: user, then card, body, due. */
export const SCHEDULE = `${PRELUDE}
local list = redis.call('HGET', KEYS[4], ARGV[1])
local ids = {}
if list then ids = {list} end
for i = 2, #ARGV, 3 do
  redis.call('HSET', CARDS, ARGV[i], ARGV[i + 1])
  redis.call('ZADD', DUE, ARGV[i + 2], ARGV[i])
  table.insert(ids, ARGV[i])
end
redis.call('HSET', KEYS[4], ARGV[1], table.concat(ids, ','))
return #ids`;

/** Leases due reminders, every due one of a card at once. KEYS +4: attempts; ARGV: now, lease deadline, limit. */
export const CLAIM = `${PRELUDE}
local now, limit = tonumber(ARGV[1]), tonumber(ARGV[3])
local cards = redis.call('ZRANGEBYSCORE', DUE, '-inf', now, 'LIMIT', 0, limit)
local out, count = {}, 0
for _, card in ipairs(cards) do
  if count >= limit then break end
  redis.call('ZREM', DUE, card)
  local body = redis.call('HGET', CARDS, card)
  if body then
    local _, items = items_of(body)
    local next_at = nil
    for _, it in ipairs(items) do
      local at = time_of(it[2])
      if at and not leased(card, it[1]) then
        if at <= now and count < limit then
          local id = card .. '.' .. it[1]
          redis.call('ZADD', LEASE, ARGV[2], id)
          table.insert(out, id)
          table.insert(out, body)
          table.insert(out, redis.call('HGET', KEYS[4], id) or '0')
          count = count + 1
        elseif not next_at or at < next_at then
          next_at = at
        end
      end
    end
    if next_at then redis.call('ZADD', DUE, next_at, card) end
  end
end
return out`;

/** Queues again the reminders whose lease ran out, and trims the fire log. ARGV: now, oldest sent time kept. */
export const RECOVER = `${PRELUDE}
local ids = redis.call('ZRANGEBYSCORE', LEASE, '-inf', ARGV[1], 'LIMIT', 0, 1000)
for _, id in ipairs(ids) do
  redis.call('ZREM', LEASE, id)
  change(id, function(t) return t end)
end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. ARGV[2])
return #ids`;

/** Records a sent reminder. KEYS +4: sent, attempts, user index; ARGV: entry id, now, user. */
export const ACK = `${PRELUDE}
redis.call('ZREM', LEASE, ARGV[1])
redis.call('HDEL', KEYS[5], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
local gone = change(ARGV[1], function() return false end)
if gone then unindex(KEYS[6], ARGV[3], gone) end
return 1`;

/** Cancels reminders; returns how many were waiting. KEYS +4: attempts, user index; ARGV: user, entry ids. */
export const CANCEL = `${PRELUDE}
local n = 0
for i = 2, #ARGV do
  redis.call('HDEL', KEYS[4], ARGV[i])
  local gone, timed = change(ARGV[i], function() return false end)
  if timed then n = n + 1 end
  if gone then unindex(KEYS[5], ARGV[1], gone) end
end
return n`;

/** Puts a leased reminder back at a new time. KEYS +4: attempts; ARGV: entry id, due (base 36), failed (1/0). */
export const RETRY = `${PRELUDE}
redis.call('ZREM', LEASE, ARGV[1])
change(ARGV[1], function() return ARGV[2] end)
if ARGV[3] == '1' then redis.call('HINCRBY', KEYS[4], ARGV[1], 1) end
return 1`;

/** Parks a reminder that failed too often, its card kept. KEYS +4: parked; ARGV: entry id, now. */
export const PARK = `${PRELUDE}
redis.call('ZREM', LEASE, ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
change(ARGV[1], function() return 'x' end)
return 1`;

/** Keeps a reminder for the user's next message. KEYS +4: the user's deferred set; ARGV: entry id. */
export const DEFER = `${PRELUDE}
redis.call('ZREM', LEASE, ARGV[1])
redis.call('SADD', KEYS[4], ARGV[1])
change(ARGV[1], function() return 'p' end)
return 1`;
