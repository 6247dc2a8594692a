import { Redis } from "ioredis";
import type { RedisHandle } from "./local-redis.ts";

/** The only place that creates Redis connections. */
export function createRedis(target: RedisHandle["target"]): Redis {
  const options = { maxRetriesPerRequest: 2, enableAutoPipelining: true, connectionName: "bhyt" };
  const client =
    "url" in target ? new Redis(target.url, options) : new Redis({ ...options, path: target.path });
  return client;
}
