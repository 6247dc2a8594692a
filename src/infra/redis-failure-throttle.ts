import { type FailureThrottle, minuteNow } from "./failure-throttle.ts";
import type { RedisClient } from "./redis.ts";

/**
 * Wrong attempts at a secret counted in Redis (one-minute windows), so every instance behind a load balancer
 * refuses a client that used up its `perMinute` on any of them. `scope` keeps the admin API's count apart from
 * the console sign-in's.
 */
export function createRedisFailureThrottle(
  redis: RedisClient,
  scope: string,
  perMinute: number,
): FailureThrottle {
  const keyOf = (client: string) => `bhyt:v1:{throttle:${scope}:${client}}:${minuteNow()}`;
  return {
    async blocked(client) {
      return Number((await redis.get(keyOf(client))) ?? 0) >= perMinute;
    },
    async failed(client) {
      const key = keyOf(client);
      await redis.pipeline().incr(key).expire(key, 120).exec();
    },
  };
}
