import { autoRetry } from "@grammyjs/auto-retry";
import { Bot as GrammyBot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Bot } from "../../dialogue/create-bot.ts";
import { type Dedupe, once } from "../../infra/redis-dedupe.ts";
import { sendReplies } from "./send-replies.ts";
import { toInbound } from "./to-inbound.ts";

/** What the Telegram channel is built from. */
export interface TelegramDeps {
  token: string;
  apiRoot: string;
  bot: Bot;
  dedupe: Dedupe;
  logger: Logger;
  /** Known bot identity, for a bot used without `startTelegram` (which always asks Telegram). */
  botInfo?: UserFromGetMe;
  /** After this long without a reply, the user sees "typing…". */
  typingAfterMs?: number;
  /** Told of every update whose handling failed (for the channel-errors metric). */
  onError?: () => void;
}

// A 429 is retried after the wait Telegram asks for, at most 3 times and never for longer than a minute. A network
// error fails the call at once: the plugin would otherwise retry it for as long as an hour, holding the chat.
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true };

/** The Telegram adapter on grammY: updates in, core bot, replies out. Errors are logged; they never stop the bot. */
export function createTelegramBot(deps: TelegramDeps): GrammyBot {
  const telegram = new GrammyBot(deps.token, {
    // Every Bot API call gives up after 30 s (grammY's default is minutes).
    client: { apiRoot: deps.apiRoot, timeoutSeconds: 30 },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  telegram.api.config.use(autoRetry(RETRY));

  telegram.use(async (ctx, next) => {
    // Telegram re-sends an update it thinks was lost; handle each update_id once across all instances. It is
    // marked handled only after its replies are sent, so one cut short by a crash or an outage is handled again.
    if (!(await once(deps.dedupe, "telegram", String(ctx.update.update_id), next)))
      deps.logger.info({ update: ctx.update.update_id }, "telegram update already handled");
  });

  telegram.on(["message", "callback_query:data"], async (ctx) => {
    const inbound = toInbound(ctx);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    if (!inbound || !ctx.chat) return;
    const chatId = ctx.chat.id;
    const typing = setTimeout(
      () => void ctx.api.sendChatAction(chatId, "typing").catch(() => {}),
      deps.typingAfterMs ?? 300,
    );
    try {
      const response = await deps.bot.handle(inbound);
      await sendReplies(ctx.api, chatId, response.replies, response.locale, {
        ...(inbound.forwarded ? { forwarded: true } : {}),
      });
    } finally {
      clearTimeout(typing);
    }
  });

  telegram.catch((error) => {
    deps.onError?.();
    deps.logger.error(
      {
        err: error.error instanceof Error ? error.error.message : String(error.error),
        update: error.ctx.update.update_id,
      },
      "telegram update failed",
    );
  });
  return telegram;
}
