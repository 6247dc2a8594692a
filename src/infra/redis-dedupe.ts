import type { RedisClient } from "./redis.ts";

/**
 * Remembers events being handled and handled, so a re-sent webhook or update is handled once, and one whose
 * handling was cut short (a crash, an outage) is handled again when it comes back.
 */
export interface Dedupe {
  /**
   * Claims an event: "claimed" when nobody has handled it or is handling it; "handled" for a repeat of one done;
   * "busy" while another handler holds it. A claim lapses after a short lease unless `done` confirms it, so an
   * event whose handler died is taken again on a later re-send.
   */
  claim(scope: string, id: string): Promise<"claimed" | "handled" | "busy">;
  /** Marks a claimed event handled, for as long as the channel may re-send it. */
  done(scope: string, id: string): Promise<void>;
  /** Gives a claimed event back after a failure, so its re-send is handled. */
  release(scope: string, id: string): Promise<void>;
}

// Telegram re-sends an unacknowledged update for up to 24 hours; Zalo retries within minutes.
const DONE_TTL_SECONDS = 48 * 3600;
// Longer than any turn (Bot API calls give up after 30 s, a 429 waits at most a minute), shorter than Telegram's
// re-send: a crashed handler's event is free again when it comes back.
const LEASE_SECONDS = 120;

const keyOf = (scope: string, id: string) => `bhyt:v1:{dedupe:${scope}}:${id}`;

/** Dedupe on Redis: a leased claim (`SET NX EX`), confirmed once handled; several instances agree on each event. */
export function createRedisDedupe(redis: RedisClient, doneTtlSeconds = DONE_TTL_SECONDS): Dedupe {
  return {
    async claim(scope, id) {
      if ((await redis.set(keyOf(scope, id), "handling", "EX", LEASE_SECONDS, "NX")) === "OK")
        return "claimed";
      // Gone in between (a lease ran out): the next re-send claims it.
      return (await redis.get(keyOf(scope, id))) === "done" ? "handled" : "busy";
    },
    async done(scope, id) {
      await redis.set(keyOf(scope, id), "done", "EX", doneTtlSeconds);
    },
    async release(scope, id) {
      await redis.del(keyOf(scope, id));
    },
  };
}

/** Thrown for an event another handler holds (or held, until its lease runs out): the sender should send it again. */
export class EventInProgressError extends Error {
  override name = "EventInProgressError";
}

/**
 * Runs `handle` once per event: claimed first, confirmed after, given back when it throws. False for an event
 * already handled; EventInProgressError while another handler holds it (a re-send must not be acknowledged then:
 * that handler may have died).
 */
export async function once(
  dedupe: Dedupe,
  scope: string,
  id: string,
  handle: () => Promise<void>,
): Promise<boolean> {
  const claim = await dedupe.claim(scope, id);
  if (claim === "handled") return false;
  if (claim === "busy") throw new EventInProgressError(`${scope} event ${id} is being handled`);
  try {
    await handle();
  } catch (error) {
    await dedupe.release(scope, id).catch(() => {});
    throw error;
  }
  await dedupe.done(scope, id);
  return true;
}
