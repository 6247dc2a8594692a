import type { Api } from "grammy";
import type { TFunction } from "i18next";
import type { Locale } from "../../content/content.ts";
import type { WebhookRoute } from "../../server/create-server.ts";
import { createTelegramBot, type TelegramDeps } from "./create-telegram-bot.ts";
import { registerCommands } from "./set-commands.ts";

/** The Telegram header that carries the webhook secret. */
export const TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

/** Telegram as the server runs it: a webhook route (when a secret is set) or long polling, and a way to stop. */
export interface TelegramChannel {
  webhook?: WebhookRoute;
  /** The Bot API, for messages the bot starts itself (reminders). */
  api: Api;
  stop(): Promise<void>;
}

/** Starts Telegram: identity and command menu, then webhook mode with a secret, else long polling. */
export async function startTelegram(
  options: TelegramDeps & { webhookSecret?: string; translator: (locale: Locale) => TFunction },
): Promise<TelegramChannel> {
  const telegram = createTelegramBot(options);
  await telegram.init();
  await registerCommands(telegram.api, options.translator).catch((error: Error) =>
    options.logger.warn({ err: error.message }, "could not register the Telegram command menu"),
  );
  if (options.webhookSecret) {
    options.logger.info("telegram: webhook mode at POST /telegram/webhook");
    return {
      api: telegram.api,
      webhook: {
        path: "/telegram/webhook",
        secret: { header: TELEGRAM_SECRET_HEADER, value: options.webhookSecret },
        problem: (body) =>
          typeof body === "object" &&
          body !== null &&
          Number.isInteger((body as { update_id?: unknown }).update_id)
            ? undefined
            : "not a Telegram update (no update_id)",
        handle: (body) => telegram.handleUpdate(body as Parameters<typeof telegram.handleUpdate>[0]),
      },
      stop: async () => {},
    };
  }
  options.logger.info("telegram: long polling");
  const polling = telegram
    .start({ drop_pending_updates: false })
    .catch((error: Error) => options.logger.error({ err: error.message }, "telegram polling stopped"));
  return {
    api: telegram.api,
    stop: async () => {
      await telegram.stop();
      await polling;
    },
  };
}
