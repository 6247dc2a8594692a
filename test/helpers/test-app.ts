import { PassThrough } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, beforeAll, inject } from "vitest";
import { createApp } from "../../src/app.ts";
import { runConsoleChat } from "../../src/channels/console/console-chat.ts";
import { type ContentEditor, createContentEditor } from "../../src/content/content-editor.ts";
import type { Clock } from "../../src/core/clock.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createRedisContentVersions } from "../../src/infra/redis-content-versions.ts";
import { createRedisReminderStore } from "../../src/infra/redis-reminder-store.ts";
import { createRedisSessionStore } from "../../src/infra/redis-session-store.ts";
import { createRedisStaffDesk } from "../../src/infra/redis-staff-desk.ts";
import { realContent } from "./real-content.ts";

/** A Redis connection to the test run's throw-away server, on its own database index. */
export function testRedis(db = 1): Redis {
  return new Redis(`${inject("redisUrl")}/${db}`, { maxRetriesPerRequest: 1 });
}

/** The real app (real content, real classifier) with sessions, reminders and the staff desk in the test Redis. */
export async function createTestApp(
  redis: Redis,
  clock?: Clock,
  roles = { admins: [] as string[], staff: [] as string[] },
) {
  const content = await realContent();
  return createApp({
    config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
    content,
    sessions: createRedisSessionStore(redis),
    reminders: createRedisReminderStore(redis),
    staffDesk: createRedisStaffDesk(redis, roles),
    ...(clock ? { clock } : {}),
  });
}

/** A clock fixed at a moment. */
export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

/** Pipes lines into the terminal chat with `bot` (non-interactive) and returns everything it printed. */
export async function chatLines(
  bot: Bot,
  lines: string[],
  userId: string,
  locale?: "vi" | "en",
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk) => (printed += chunk));
  const done = runConsoleChat(bot, {
    input,
    output,
    userId,
    interactive: false,
    ...(locale ? { locale } : {}),
  });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return printed;
}

/**
 * The real app for one dialogue test file: its own Redis database (emptied first), the clock at 2026-11-23 10:00
 * in Vietnam, and `chat` typing lines into the terminal chat as one user.
 */
export function terminalChatApp(db: number) {
  const redis = testRedis(db);
  let bot: Bot | undefined;
  beforeAll(async () => {
    await redis.flushdb();
    ({ bot } = await createTestApp(redis, fixedClock("2026-11-23T03:00:00Z")));
  });
  afterAll(() => redis.quit());
  return {
    redis,
    chat: (lines: string[], userId: string, locale?: "vi" | "en") => chatLines(bot!, lines, userId, locale),
  };
}

/**
 * The real app with admin content editing on `redis` (versions there, the clock's day 2026-11-23), as `bhyt serve`
 * assembles it; `extra` adds parts (the staff desk, handoff, notifier).
 */
export async function editableApp(redis: Redis, extra: Partial<Parameters<typeof createApp>[0]> = {}) {
  const content = await realContent();
  let editor: ContentEditor | undefined;
  const app = await createApp({
    config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
    content,
    sessions: createRedisSessionStore(redis),
    contentEditor: () => editor,
    ...extra,
  });
  const versions = createRedisContentVersions(redis);
  editor = createContentEditor({ base: content, versions, reload: app.reload, today: () => "2026-11-23" });
  return { app, versions, editor };
}
