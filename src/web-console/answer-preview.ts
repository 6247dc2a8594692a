import { TELEGRAM_CAPABILITIES } from "../channels/telegram/send-replies.ts";
import { ZALO_OA_CAPABILITIES } from "../channels/zalo/zalo-oa-channel.ts";
import type { Content } from "../content/content.ts";
import { type ChannelMessage, formatForChannel, NUMBERED_HINT } from "../core/format-for-channel.ts";
import { answerIntent } from "../features/answer-intent.ts";
import { createI18n } from "../i18n/create-i18n.ts";
import { renderReplies } from "../i18n/render.ts";

/** An answer as each channel would show it today: the messages with their text and buttons. */
export interface AnswerPreview {
  telegram: ChannelMessage[];
  zalo: ChannelMessage[];
}

/** Renders `intent`'s answer from `content` (figures for `today`) exactly as Telegram and Zalo OA would get it. */
export async function previewAnswer(
  content: Content,
  intent: string,
  locale: "vi" | "en",
  today: string,
): Promise<AnswerPreview> {
  const translate = await createI18n(content);
  const rendered = renderReplies(
    [answerIntent({ content, today, locale }, intent)],
    translate(locale),
    locale,
  );
  return {
    telegram: formatForChannel(rendered, TELEGRAM_CAPABILITIES, NUMBERED_HINT[locale]),
    zalo: formatForChannel(rendered, ZALO_OA_CAPABILITIES, NUMBERED_HINT[locale]),
  };
}
