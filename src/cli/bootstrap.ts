import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Api } from "grammy";
import type { Logger } from "pino";
import { createApp, provinceProblem } from "../app.ts";
import { createChannelNotifier } from "../channels/channel-notifier.ts";
import { type Config, ConfigError, loadConfig } from "../config/load-config.ts";
import type { Content } from "../content/content.ts";
import { type ContentEditor, createContentEditor } from "../content/content-editor.ts";
import { ContentError, loadContentOrThrow } from "../content/load-content.ts";
import { civilDate } from "../core/clock.ts";
import { createMemorySessionStore } from "../core/memory-session-store.ts";
import type { SessionStore } from "../core/session.ts";
import { RedisUnavailableError, startLocalRedis } from "../infra/local-redis.ts";
import { createLogger } from "../infra/logger.ts";
import { createRedis, type RedisClient } from "../infra/redis.ts";
import { createRedisConsoleInbox } from "../infra/redis-console-inbox.ts";
import { createRedisContentVersions } from "../infra/redis-content-versions.ts";
import { createRedisHandoffDesk } from "../infra/redis-handoff-desk.ts";
import { createRedisReminderStore } from "../infra/redis-reminder-store.ts";
import { createRedisSessionStore } from "../infra/redis-session-store.ts";
import { createRedisStaffDesk } from "../infra/redis-staff-desk.ts";

/** The project root: where intents/, locales/ and data/ live. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where the prebuilt intent model is kept: MODEL_DIR, else .cache/model in the project. */
export const modelDirOf = (config: { MODEL_DIR?: string | undefined }) =>
  config.MODEL_DIR ?? path.join(PROJECT_ROOT, ".cache", "model");

/** Thrown for a problem the user must fix; printed as is, exit code 1. */
export class UsageError extends Error {}

/** Reads the configuration, or stops with one message listing every bad variable. */
export function configOrExit(env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Loads the content, or stops with one line per problem. */
export async function contentOrExit(root = PROJECT_ROOT): Promise<Content> {
  try {
    return await loadContentOrThrow(root, civilDate(new Date()));
  } catch (error) {
    if (error instanceof ContentError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Reads the content and the configuration together, so a PROVINCE the content does not know is listed with the
 * other bad variables, before anything is opened.
 */
export async function settingsOrExit(root = PROJECT_ROOT): Promise<{ config: Config; content: Content }> {
  const content = await contentOrExit(root);
  const problems: string[] = [];
  let config: Config | undefined;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const province = problems.some((p) => p.startsWith("PROVINCE"))
    ? undefined
    : provinceProblem(content, process.env.PROVINCE?.trim() || undefined);
  if (province) problems.push(province);
  if (!config || problems.length > 0) throw new UsageError(new ConfigError(problems).message);
  return { config, content };
}

/** A session store and how to close it; `redis` is the connection when sessions live in Redis. */
export interface Sessions {
  store: SessionStore;
  close(): Promise<void>;
  kind: "redis" | "memory";
  redis?: RedisClient;
}

/** Redis-backed sessions: the configured Redis (URL, Sentinel or Cluster), else a supervised local redis-server. */
export async function openSessions(
  config: Config,
  logger: Logger,
  options: { allowMemory: boolean },
): Promise<Sessions> {
  try {
    const handle = config.redis
      ? { target: config.redis, owned: false, stop: async () => {} }
      : await startLocalRedis(path.join(PROJECT_ROOT, "data", "redis"));
    const redis = createRedis(handle.target);
    redis.on("error", (error) => logger.warn({ err: error.message }, "redis connection problem"));
    await redis.ping().catch((error: Error) => {
      redis.disconnect();
      throw new RedisUnavailableError(`cannot reach it: ${error.message}`);
    });
    // The user is logged as a short hash: a chat id looks like a phone number and would be redacted to nothing.
    const store = createRedisSessionStore(redis, (ref, kept) =>
      logger.info(
        { channel: ref.channel, user: createHash("sha256").update(ref.userId).digest("hex").slice(0, 12) },
        kept ? "kept the valid fields of a stored session" : "discarded a stored session",
      ),
    );
    return {
      store,
      kind: "redis",
      redis,
      close: async () => {
        await redis.quit().catch(() => redis.disconnect());
        await handle.stop();
      },
    };
  } catch (error) {
    if (!(error instanceof RedisUnavailableError)) throw error;
    if (!options.allowMemory) throw new UsageError(error.message);
    process.stderr.write(
      `${error.message}\nContinuing without Redis: this conversation will not be remembered.\n`,
    );
    return { store: createMemorySessionStore(), kind: "memory", close: async () => {} };
  }
}

/** A logger for command-line use: quiet unless LOG_LEVEL asks for more. */
export function cliLogger(config: Config): Logger {
  return createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
}

/**
 * The bot of a command-line session: with sessions in Redis, reminders, staff roles and the handoff desk too (a
 * request for a person is queued for staff on Telegram/Zalo, and their replies wait in the user's terminal inbox).
 * `flush` writes the day's counters before the command exits.
 */
export async function createCliBot(config: Config, content: Content, sessions: Sessions, logger: Logger) {
  const redis = sessions.redis;
  const staffDesk = redis
    ? createRedisStaffDesk(redis, { admins: config.ADMINS, staff: config.STAFF })
    : undefined;
  const inbox = redis ? createRedisConsoleInbox(redis) : undefined;
  const outbound: Parameters<typeof createChannelNotifier>[0]["outbound"] = {
    ...(inbox ? { console: inbox } : {}),
    // Staff on Telegram hear of a terminal user's request when this machine has the bot's token.
    ...(config.TELEGRAM_BOT_TOKEN
      ? { telegram: new Api(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT }) }
      : {}),
  };
  let editor: ContentEditor | undefined;
  const { bot, translator, reload } = await createApp({
    config,
    content,
    sessions: sessions.store,
    logger,
    modelDir: modelDirOf(config),
    contentEditor: () => editor,
    ...(redis && staffDesk
      ? {
          reminders: createRedisReminderStore(redis),
          staffDesk,
          handoff: createRedisHandoffDesk(redis),
          notifier: createChannelNotifier({ locale: config.DEFAULT_LOCALE, logger, outbound }),
        }
      : {}),
  });
  outbound.translator = translator;
  if (redis) {
    // The admin edits in force (made in the web console, the admin API or a chat) apply here too.
    const versions = createRedisContentVersions(redis);
    editor = createContentEditor({ base: content, versions, reload, today: () => civilDate(new Date()) });
    const inForce = await versions.current();
    if (inForce > 0) {
      const applied = await editor.activate(inForce);
      if (!applied.ok) logger.warn({ version: inForce }, "content version no longer valid; using the files");
    }
  }
  return {
    bot,
    ...(inbox ? { inbox } : {}),
    flush: async () => {
      await staffDesk
        ?.flush()
        .catch((error: Error) => logger.warn({ err: error.message }, "counts not written"));
    },
  };
}
