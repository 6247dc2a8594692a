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

const ADD_VERSION = `
local version = redis.call("RPUSH", KEYS[1], ARGV[1])
redis.call("SET", KEYS[2], version)
return version`;

// A version's number is its place in the list (stored entries before this change also carried it).
function readVersion(raw: string, version: number): ContentVersion {
  return { ...(JSON.parse(raw) as Omit<ContentVersion, "version">), version };
}

/** Content versions in Redis; version 0 is the files as deployed. */
export function createRedisContentVersions(redis: RedisClient) {
  return {
    async list(): Promise<ContentVersion[]> {
      return (await redis.lrange(VERSIONS, 0, -1)).map((raw, index) => readVersion(raw, index + 1));
    },
    async get(version: number): Promise<ContentVersion | undefined> {
      if (version <= 0) return undefined;
      const raw = await redis.lindex(VERSIONS, version - 1);
      return raw ? readVersion(raw, version) : undefined;
    },
    async current(): Promise<number> {
      return Number((await redis.get(CURRENT)) ?? 0);
    },
    /** Saves a new version and makes it current; returns its number. */
    async add(edits: unknown, author: string, note: string): Promise<number> {
      const entry = { author, at: new Date().toISOString(), note, edits };
      // One step in Redis: two admins saving at once get two numbers, and the later one is in force.
      return Number(await redis.eval(ADD_VERSION, 2, VERSIONS, CURRENT, JSON.stringify(entry)));
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
