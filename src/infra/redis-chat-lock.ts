import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { ChatLock } from "../core/sequentialize.ts";
import type { RedisClient } from "./redis.ts";

// Longer than any turn takes; a lock left by a crashed instance frees itself after this.
const LOCK_MS = 15_000;
// How long a message waits for the chat's previous one on another instance before it goes ahead anyway.
const WAIT_MS = 10_000;

// Deletes the lock only if it is still ours (it may have expired and been taken by another instance).
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * A per-chat lock shared by every instance (SET NX PX, released with compare-and-delete). Within one process the
 * bot already orders a chat's messages; this orders them across processes behind a load balancer.
 */
export function createRedisChatLock(redis: RedisClient, logger?: Logger): ChatLock {
  // Tokens only need to differ between holders: a random process prefix and a counter (no entropy per message).
  const prefix = randomBytes(6).toString("hex");
  let taken = 0;
  return async (ref, turn) => {
    const key = `bhyt:v1:{${ref.channel}:${ref.userId}}:lock`;
    const token = `${prefix}.${++taken}`;
    const deadline = Date.now() + WAIT_MS;
    let pause = 5;
    while ((await redis.set(key, token, "PX", LOCK_MS, "NX")) !== "OK") {
      if (Date.now() > deadline) {
        // Better a reply out of order than none: the citizen is still answered.
        logger?.warn({ channel: ref.channel }, "chat lock not free after 10 s; answering anyway");
        return turn();
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 100);
    }
    try {
      return await turn();
    } finally {
      await redis.eval(RELEASE, 1, key, token).catch(() => {});
    }
  };
}
