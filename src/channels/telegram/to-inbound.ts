import type { Context } from "grammy";
import type { InboundMessage } from "../../core/types.ts";

/** A Telegram update as a core message, or undefined for updates the bot does not answer (stickers, joins…). */
export function toInbound(ctx: Context): InboundMessage | undefined {
  const chat = ctx.chat;
  if (!chat) return undefined;
  const ref = { channel: "telegram" as const, userId: String(chat.id) };
  const localeHint = ctx.from?.language_code;
  const base = { ref, receivedAt: new Date(), ...(localeHint ? { localeHint } : {}) };
  if (ctx.callbackQuery?.data !== undefined) return { ...base, action: ctx.callbackQuery.data };
  const message = ctx.message;
  const text = message?.text ?? message?.caption;
  if (text === undefined) return undefined;
  return { ...base, text, ...(message?.forward_origin ? { forwarded: true } : {}) };
}
