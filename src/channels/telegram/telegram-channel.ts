import { setTimeout as sleep } from "node:timers/promises";
import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type Bot as GrammyBot, GrammyError } from "grammy";
import type { TFunction } from "i18next";
import { ConfigError } from "../../config/load-config.ts";
import type { Locale } from "../../content/content.ts";
import type { WebhookRoute } from "../../server/create-server.ts";
import { createTelegramBot, type TelegramDeps } from "./create-telegram-bot.ts";
import { registerCommands } from "./set-commands.ts";

/** The Telegram header that carries the webhook secret. */
export const TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

// Messages the bot starts itself are bounded more tightly than replies: a reminder worker's claim (two minutes)
// must never run out while a reminder is still being sent, or another worker would send it too.
const OUTBOUND_TIMEOUT_SECONDS = 15;
const OUTBOUND_RETRY = { maxRetryAttempts: 1, maxDelaySeconds: 10, rethrowHttpErrors: true };

// After a failed start, Telegram is tried again after 5 s, then twice as long each time, at most a minute.
const RECONNECT_MAX_MS = 60_000;

/** Telegram as the server runs it: a webhook route (when a secret is set) or long polling, and a way to stop. */
export interface TelegramChannel {
  webhook?: WebhookRoute;
  /** The Bot API for messages the bot starts itself (reminders, notes to staff), with tighter time bounds. */
  api: Api;
  stop(): Promise<void>;
}

/**
 * Starts Telegram: identity and command menu, then webhook mode with a secret, else long polling. A refused token
 * stops the start with a clear error; an unreachable Telegram is tried again in the background while the rest of
 * the server runs (webhook calls get 503 until then, so Telegram sends them again).
 */
export async function startTelegram(
  options: TelegramDeps & {
    webhookSecret?: string;
    translator: (locale: Locale) => TFunction;
    /** First wait before trying an unreachable Telegram again (tests shorten it). */
    reconnectMs?: number;
  },
): Promise<TelegramChannel> {
  const { logger } = options;
  const telegram = createTelegramBot(options);
  const api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: OUTBOUND_TIMEOUT_SECONDS });
  api.config.use(autoRetry(OUTBOUND_RETRY));
  const stopping = new AbortController();
  let polling: Promise<void> | undefined;
  let menu: Promise<void> = Promise.resolve();

  // Nothing here holds the server: the command menu is registered in the background.
  const begin = () => {
    if (stopping.signal.aborted) return;
    menu = registerCommands(telegram.api, options.translator, stopping.signal).catch((error: Error) => {
      if (!stopping.signal.aborted)
        logger.warn({ err: error.message }, "could not register the Telegram command menu");
    });
    if (options.webhookSecret) {
      logger.info("telegram: webhook mode at POST /telegram/webhook");
      return;
    }
    logger.info("telegram: long polling");
    polling = telegram
      .start({ drop_pending_updates: false })
      .catch((error: Error) => logger.error({ err: error.message }, "telegram polling stopped"));
  };

  const keepTrying = async (failure: Error) => {
    let wait = options.reconnectMs ?? 5000;
    for (let error: Error | undefined = failure; error; wait = Math.min(wait * 2, RECONNECT_MAX_MS)) {
      logger.warn({ err: error.message, retryInMs: wait }, "telegram not reachable; trying again");
      const slept = await sleep(wait, true, { signal: stopping.signal }).catch(() => false);
      if (!slept) return;
      error = await identify(telegram).catch((refused: Error) => {
        logger.error({ err: refused.message }, "telegram channel stopped");
        stopping.abort();
        return undefined;
      });
    }
    if (stopping.signal.aborted) return;
    logger.info("telegram: connected");
    begin();
  };

  const failure = await identify(telegram);
  const starting = failure ? keepTrying(failure) : Promise.resolve(begin());

  return {
    api,
    ...(options.webhookSecret ? { webhook: telegramWebhook(telegram, options.webhookSecret) } : {}),
    stop: async () => {
      stopping.abort();
      await starting;
      await menu;
      // grammY's stop makes one last getUpdates call; with Telegram unreachable it fails, and the stop goes on.
      if (polling)
        await telegram.stop().catch((error: Error) => logger.warn({ err: error.message }, "telegram: stop"));
      await polling;
    },
  };
}

/** Asks Telegram who the bot is: undefined when it answered, the error when it could not be reached. */
async function identify(telegram: GrammyBot): Promise<Error | undefined> {
  try {
    // One call, not `init()`: grammY's init retries by itself, silently and for as long as it takes.
    telegram.botInfo = await telegram.api.getMe();
    return undefined;
  } catch (error) {
    // A refused token never starts working by waiting.
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404))
      throw new ConfigError([
        `TELEGRAM_BOT_TOKEN: refused by Telegram (${error.error_code} ${error.description}); check the token @BotFather gave (and TELEGRAM_API_ROOT, if set)`,
      ]);
    return error as Error;
  }
}

function telegramWebhook(telegram: GrammyBot, secret: string): WebhookRoute {
  return {
    path: "/telegram/webhook",
    secret: { header: TELEGRAM_SECRET_HEADER, value: secret },
    unavailable: () => (telegram.isInited() ? undefined : "not connected to Telegram yet"),
    problem: (body) =>
      typeof body === "object" &&
      body !== null &&
      Number.isInteger((body as { update_id?: unknown }).update_id)
        ? undefined
        : "not a Telegram update (no update_id)",
    handle: (body) => telegram.handleUpdate(body as Parameters<typeof telegram.handleUpdate>[0]),
  };
}
