import { createHash, randomBytes } from "node:crypto";
import type { RedisClient } from "./redis.ts";

/** Who is signed in to the web console, with the token their forms must carry. */
export interface ConsoleSession {
  principal: string;
  role: "admin" | "staff";
  csrf: string;
  locale: "vi" | "en";
}

/** How long a sign-in link works (once), and how long a console session lasts. */
export const SIGN_IN_LINK_SECONDS = 10 * 60;
export const CONSOLE_SESSION_SECONDS = 8 * 3600;

// Only hashes of links and session ids are stored: a copy of Redis does not let anyone sign in.
const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");
const linkKey = (token: string) => `bhyt:v1:console:link:${hashOf(token)}`;
const sessionKey = (id: string) => `bhyt:v1:console:session:${hashOf(id)}`;
const newSecret = () => randomBytes(32).toString("base64url");

/** One-time sign-in links and console sessions in Redis, shared by every instance. */
export function createRedisConsoleSessions(redis: RedisClient) {
  return {
    /** A new sign-in link token for a principal the bot knows as admin or staff. */
    async issueLink(principal: string, role: ConsoleSession["role"]): Promise<string> {
      const token = newSecret();
      await redis.set(linkKey(token), JSON.stringify({ principal, role }), "EX", SIGN_IN_LINK_SECONDS);
      return token;
    },
    /** Uses up a link and opens a session (its id for the cookie), or undefined for an unknown or used link. */
    async redeem(token: string): Promise<{ id: string; session: ConsoleSession } | undefined> {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
      const raw = await redis.getdel(linkKey(token));
      if (!raw) return undefined;
      const { principal, role } = JSON.parse(raw) as Pick<ConsoleSession, "principal" | "role">;
      const id = newSecret();
      const session: ConsoleSession = { principal, role, csrf: newSecret(), locale: "vi" };
      await redis.set(sessionKey(id), JSON.stringify(session), "EX", CONSOLE_SESSION_SECONDS);
      return { id, session };
    },
    async get(id: string | undefined): Promise<ConsoleSession | undefined> {
      if (!id || id.length > 100) return undefined;
      const raw = await redis.get(sessionKey(id));
      return raw ? (JSON.parse(raw) as ConsoleSession) : undefined;
    },
    /** Changes the session's language, keeping its expiry. */
    async setLocale(id: string, session: ConsoleSession, locale: ConsoleSession["locale"]): Promise<void> {
      await redis.set(sessionKey(id), JSON.stringify({ ...session, locale }), "KEEPTTL");
    },
    async end(id: string): Promise<void> {
      await redis.del(sessionKey(id));
    },
  };
}

/** The console session store. */
export type ConsoleSessions = ReturnType<typeof createRedisConsoleSessions>;
