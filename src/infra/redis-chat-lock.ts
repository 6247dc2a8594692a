import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { ChatLock } from "../core/sequentialize.ts";
import { type RedisClient, runScript } from "./redis.ts";

// A lock left by a crashed instance frees itself after this; a live turn renews it every third of it.
const LOCK_MS = 15_000;
// How long a message waits for the chat's previous one on another instance before it goes ahead anyway.
const WAIT_MS = 10_000;

// Deletes the lock only if it is still ours (it may have expired and been taken by another instance).
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
// Extends the lock while a long turn runs (a slow channel call, say), only if it is still ours.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;

/**
 * A per-chat lock shared by every instance (SET NX PX, released with compare-and-delete). Within one process the
 * bot already orders a chat's messages; this orders them across processes behind a load balancer.
 */
export function createRedisChatLock(
  redis: RedisClient,
  options: { logger?: Logger; lockMs?: number; waitMs?: number } = {},
): ChatLock {
  const { logger, lockMs = LOCK_MS, waitMs = WAIT_MS } = options;
  // Tokens only need to differ between holders: a random process prefix and a counter (no entropy per message).
  const prefix = randomBytes(6).toString("hex");
  let taken = 0;
  return async (ref, turn) => {
    const key = `bhyt:v1:{${ref.channel}:${ref.userId}}:lock`;
    const token = `${prefix}.${++taken}`;
    const deadline = Date.now() + waitMs;
    let pause = 5;
    while ((await redis.set(key, token, "PX", lockMs, "NX")) !== "OK") {
      if (Date.now() > deadline) {
        // Better a reply out of order than none: the citizen is still answered.
        logger?.warn({ channel: ref.channel, waitMs }, "chat lock still taken; answering anyway");
        return turn();
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 100);
    }
    const renewing = setInterval(
      () => void runScript(redis, RENEW, [key], [token, lockMs]).catch(() => {}),
      lockMs / 3,
    );
    try {
      return await turn();
    } finally {
      clearInterval(renewing);
      await runScript(redis, RELEASE, [key], [token]).catch(() => {});
    }
  };
}
