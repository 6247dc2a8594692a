import type { RedisClient } from "./redis.ts";

/** The OA's access/refresh token pair; the refresh token is single-use and rotates on every refresh. */
export interface ZaloTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
}

/** Where the token pair lives, with a lock so only one process refreshes at a time. */
export interface ZaloTokenStore {
  load(): Promise<ZaloTokens | undefined>;
  save(tokens: ZaloTokens): Promise<void>;
  /** Runs `refresh` under a lock shared by every process; false when another process holds it. */
  withRefreshLock(refresh: () => Promise<void>): Promise<boolean>;
}

// Hash tag {zalo:oa}: the pair and its lock stay on one Redis Cluster slot.
const TOKENS_KEY = "bhyt:v1:{zalo:oa}:tokens";
const LOCK_KEY = "bhyt:v1:{zalo:oa}:refresh-lock";
const LOCK_MS = 15_000;

/** The token pair in Redis, so every instance uses (and refreshes) the same pair. */
export function createRedisZaloTokenStore(redis: RedisClient): ZaloTokenStore {
  return {
    async load() {
      const raw = await redis.get(TOKENS_KEY);
      return raw ? (JSON.parse(raw) as ZaloTokens) : undefined;
    },
    async save(tokens) {
      await redis.set(TOKENS_KEY, JSON.stringify(tokens));
    },
    async withRefreshLock(refresh) {
      const owner = `${process.pid}:${Math.random()}`;
      if ((await redis.set(LOCK_KEY, owner, "PX", LOCK_MS, "NX")) !== "OK") return false;
      try {
        await refresh();
        return true;
      } finally {
        // Release only our own lock (it may have expired and been taken by another process meanwhile).
        await redis.eval(
          "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0",
          1,
          LOCK_KEY,
          owner,
        );
      }
    },
  };
}
