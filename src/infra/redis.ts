import { createHash } from "node:crypto";
import { Cluster, Redis, type RedisOptions } from "ioredis";

/** A connection the stores use: one Redis (direct or found through Sentinel) or a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/** Where Redis is: a URL, a unix socket, a Sentinel group, or Cluster seed nodes. */
export type RedisTarget =
  | { url: string }
  | { path: string }
  | { sentinels: HostPort[]; name: string; password?: string; sentinelPassword?: string }
  | { cluster: HostPort[]; password?: string };

/** A host and port, as in "10.0.0.5:26379". */
export interface HostPort {
  host: string;
  port: number;
}

/** The only place that creates Redis connections. */
export function createRedis(target: RedisTarget): RedisClient {
  // Every command gives up after 5 s, so a Redis outage turns into errors (and a failing readiness), not hangs.
  const options: RedisOptions = {
    maxRetriesPerRequest: 2,
    enableAutoPipelining: true,
    connectionName: "bhyt",
    commandTimeout: 5000,
  };
  if ("url" in target) return new Redis(target.url, options);
  if ("path" in target) return new Redis({ ...options, path: target.path });
  const password = target.password ? { password: target.password } : {};
  if ("sentinels" in target) {
    const { sentinels, name, sentinelPassword } = target;
    return new Redis({
      ...options,
      ...password,
      sentinels,
      name,
      ...(sentinelPassword ? { sentinelPassword } : {}),
    });
  }
  // Every key the bot uses carries a hash tag, so each transaction and script stays on one slot.
  return new Cluster(target.cluster, {
    enableAutoPipelining: true,
    redisOptions: { ...options, ...password },
  });
}

const SHAS = new Map<string, string>();

/**
 * Runs a Lua script by its SHA1 (EVALSHA), sending the text only the first time a server lacks it: a reminder claim
 * or a chat lock is sent thousands of times a second, and its text is larger than its keys and arguments.
 */
export async function runScript(
  redis: RedisClient,
  script: string,
  keys: readonly string[],
  args: readonly (string | number)[],
): Promise<unknown> {
  let sha = SHAS.get(script);
  if (!sha) {
    sha = createHash("sha1").update(script).digest("hex");
    SHAS.set(script, sha);
  }
  try {
    return await redis.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
    return redis.eval(script, keys.length, ...keys, ...args);
  }
}
