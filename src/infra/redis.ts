import { Redis } from "ioredis";
import type { RedisHandle } from "./local-redis.ts";

/** The only place that creates Redis connections. */
export function createRedis(target: RedisHandle["target"]): Redis {
  // Every command gives up after 5 s, so a Redis outage turns into errors (and a failing readiness), not hangs.
  const options = {
    maxRetriesPerRequest: 2,
    enableAutoPipelining: true,
    connectionName: "bhyt",
    commandTimeout: 5000,
  };
  const client =
    "url" in target ? new Redis(target.url, options) : new Redis({ ...options, path: target.path });
  return client;
}
