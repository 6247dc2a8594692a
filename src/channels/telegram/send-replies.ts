import type { Api } from "grammy";
import { InlineKeyboard } from "grammy";
import type { Locale } from "../../content/content.ts";
import { type ChannelCapabilities, formatForChannel, NUMBERED_HINT } from "../../core/format-for-channel.ts";
import type { RenderedReply } from "../../core/reply.ts";

// Telegram's limits: 4,096 characters of text; callback data of 1–64 bytes. Room is left for the HTML a
// forwarded answer is wrapped in.
const TEXT_LIMIT = 4096;
const WRAPPER_ROOM = 64;
const CALLBACK_DATA_BYTES = 64;

/** What Telegram shows: long messages and plenty of inline buttons. */
export const TELEGRAM_CAPABILITIES: ChannelCapabilities = {
  textLimit: TEXT_LIMIT - WRAPPER_ROOM,
  maxButtons: 12,
};

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Sends replies in order: escaped HTML, inline buttons one per row. For a forwarded question, the messages after
 * the first (the bot's note) are the answer, quoted so it can be copied and pasted back.
 */
export async function sendReplies(
  api: Api,
  chatId: number | string,
  replies: readonly RenderedReply[],
  locale: Locale,
  options: { forwarded?: boolean } = {},
): Promise<void> {
  // A button whose action does not fit callback data would be refused by Telegram: such replies become numbered lists.
  const fits = replies.map((r) => ({
    ...r,
    buttons: r.buttons.every((b) => Buffer.byteLength(b.action) <= CALLBACK_DATA_BYTES) ? r.buttons : [],
  }));
  const messages = formatForChannel(fits, TELEGRAM_CAPABILITIES, NUMBERED_HINT[locale]);
  for (const [index, message] of messages.entries()) {
    const html =
      options.forwarded && index > 0
        ? `<blockquote expandable>${escapeHtml(message.text)}</blockquote>`
        : escapeHtml(message.text);
    const keyboard = new InlineKeyboard();
    for (const button of message.buttons) keyboard.text(button.label, button.action).row();
    await api.sendMessage(chatId, html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(message.buttons.length > 0 ? { reply_markup: keyboard } : {}),
    });
  }
}
