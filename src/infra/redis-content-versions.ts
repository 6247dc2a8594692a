import type { RedisClient } from "./redis.ts";

/** One saved set of admin edits: who made it, when, and the edits themselves (cumulative). */
export interface ContentVersion {
  version: number;
  author: string;
  at: string;
  note: string;
  edits: unknown;
}

// Keys: every version (a list, oldest first), the version in force, and the channel every instance listens on.
const VERSIONS = "bhyt:v1:{content}:versions";
const CURRENT = "bhyt:v1:{content}:current";
/** The pub/sub channel that tells every instance to switch to the version in force. */
export const CONTENT_CHANNEL = "bhyt:v1:content:reload";

/** Content versions in Redis; version 0 is the files as deployed. */
export function createRedisContentVersions(redis: RedisClient) {
  return {
    async list(): Promise<ContentVersion[]> {
      return (await redis.lrange(VERSIONS, 0, -1)).map((raw) => JSON.parse(raw) as ContentVersion);
    },
    async get(version: number): Promise<ContentVersion | undefined> {
      if (version <= 0) return undefined;
      const raw = await redis.lindex(VERSIONS, version - 1);
      return raw ? (JSON.parse(raw) as ContentVersion) : undefined;
    },
    async current(): Promise<number> {
      return Number((await redis.get(CURRENT)) ?? 0);
    },
    /** Saves a new version and makes it current; returns its number. */
    async add(edits: unknown, author: string, note: string): Promise<number> {
      const length = await redis.llen(VERSIONS);
      const entry: ContentVersion = {
        version: length + 1,
        author,
        at: new Date().toISOString(),
        note,
        edits,
      };
      await redis
        .multi()
        .rpush(VERSIONS, JSON.stringify(entry))
        .set(CURRENT, String(length + 1))
        .exec();
      return length + 1;
    },
    async setCurrent(version: number): Promise<void> {
      await redis.set(CURRENT, String(version));
    },
    /** Tells every instance (this one included) that the version in force changed. */
    async announce(version: number): Promise<void> {
      await redis.publish(CONTENT_CHANNEL, String(version));
    },
    /** Runs `onChange` whenever any instance announces a version; returns how to stop listening. */
    async listen(onChange: (version: number) => void): Promise<() => Promise<void>> {
      const subscriber = redis.duplicate();
      // Its connection problems are reported like the main connection's (same log line and metric).
      subscriber.on("error", (error) => redis.emit("error", error));
      try {
        await subscriber.subscribe(CONTENT_CHANNEL);
      } catch (error) {
        subscriber.disconnect();
        throw error;
      }
      subscriber.on("message", (_channel, message) => onChange(Number(message)));
      return async () => {
        await subscriber.quit().catch(() => subscriber.disconnect());
      };
    },
  };
}

/** The content version store. */
export type ContentVersions = ReturnType<typeof createRedisContentVersions>;
