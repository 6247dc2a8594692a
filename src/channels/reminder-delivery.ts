import type { Api } from "grammy";
import type { TFunction } from "i18next";
import type { Content, Locale } from "../content/content.ts";
import { civilDate } from "../core/clock.ts";
import { reminderReply } from "../features/reminders/reminder-message.ts";
import { renderReplies } from "../i18n/render.ts";
import type { ReminderEntry } from "../reminders/reminder.ts";
import type { ReminderDelivery } from "../reminders/reminder-worker.ts";
import { sendReplies } from "./telegram/send-replies.ts";
import type { ZaloOaChannel } from "./zalo/zalo-oa-channel.ts";

/** Telegram's limits: about 30 messages a second overall, one a second in one chat. */
const TELEGRAM_PER_SECOND = 30;
const TELEGRAM_PER_CHAT_MS = 1000;

/**
 * Keeps sends within a global rate and a per-chat gap. A chat written to less than the gap ago is not waited for:
 * the time it is free is returned, so the caller sends to other chats meanwhile; otherwise the send is booked and
 * the (short) global gap waited out, and undefined returned.
 */
function createPacer(perSecond: number, perChatMs: number) {
  let nextGlobal = 0;
  const nextByChat = new Map<string, number>();
  return async (chat: string): Promise<number | undefined> => {
    const now = Date.now();
    const chatFree = nextByChat.get(chat) ?? 0;
    if (chatFree > now) return chatFree;
    const at = Math.max(now, nextGlobal);
    nextGlobal = at + 1000 / perSecond;
    nextByChat.set(chat, at + perChatMs);
    if (nextByChat.size > 10_000) nextByChat.clear();
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
    return undefined;
  };
}

/**
 * Delivers a reminder through the user's channel: Telegram (paced under its limits), Zalo OA (inside the 7-day
 * window, by template outside it, else deferred), or "deferred" where the channel cannot start a conversation.
 */
export function createChannelDelivery(deps: {
  content: Content;
  translator: (locale: Locale) => TFunction;
  telegram?: Api;
  zaloOa?: ZaloOaChannel;
}): ReminderDelivery {
  const pace = createPacer(TELEGRAM_PER_SECOND, TELEGRAM_PER_CHAT_MS);
  const render = (entry: ReminderEntry) =>
    renderReplies(
      [reminderReply(entry, deps.content.policy, civilDate(new Date()))],
      deps.translator(entry.locale),
      entry.locale,
    );
  return {
    async deliver(entry) {
      if (entry.ref.channel === "telegram" && deps.telegram) {
        const busyUntil = await pace(entry.ref.userId);
        if (busyUntil !== undefined) return { busyUntil };
        await sendReplies(deps.telegram, entry.ref.userId, render(entry), entry.locale);
        return "sent";
      }
      if (entry.ref.channel === "zalo" && deps.zaloOa) {
        const result = await deps.zaloOa.sendProactive(entry.ref.userId, render(entry), entry.locale);
        return result.status === "window_closed" ? "deferred" : "sent";
      }
      return "deferred";
    },
  };
}
