import type { Api } from "grammy";
import type { TFunction } from "i18next";
import type { Logger } from "pino";
import type { Locale } from "../content/content.ts";
import type { RenderedReply, Reply } from "../core/reply.ts";
import type { ConsoleInbox, ConversationRef } from "../core/types.ts";
import { NotDeliveredError, type Notifier } from "../features/staff/handoff-desk.ts";
import { renderReplies } from "../i18n/render.ts";
import { sendReplies } from "./telegram/send-replies.ts";
import type { ZaloOaChannel } from "./zalo/zalo-oa-channel.ts";

/** Messages the bot starts itself (handoff notes to staff, staff replies to citizens), through the right channel. */
export function createChannelNotifier(deps: {
  locale: Locale;
  logger: Logger;
  /** Filled in once the app and channels exist (they are built after the bot that uses this notifier). */
  outbound: {
    translator?: (locale: Locale) => TFunction;
    telegram?: Api;
    zaloOa?: ZaloOaChannel;
    zaloBot?: (chatId: string, replies: RenderedReply[], locale: Locale) => Promise<void>;
    console?: ConsoleInbox;
  };
}): Notifier {
  return {
    async notify(to: ConversationRef, reply: Reply) {
      const { translator, telegram, zaloOa, zaloBot, console } = deps.outbound;
      if (!translator) return;
      const rendered = renderReplies([reply], translator(deps.locale), deps.locale);
      if (to.channel === "telegram" && telegram)
        await sendReplies(telegram, to.userId, rendered, deps.locale);
      else if (to.channel === "zalobot" && zaloBot) await zaloBot(to.userId, rendered, deps.locale);
      else if (to.channel === "zalo" && zaloOa) {
        const result = await zaloOa.sendProactive(to.userId, rendered, deps.locale);
        if (result.status === "window_closed") {
          deps.logger.warn({ to: to.channel }, "notification not delivered: Zalo window closed");
          throw new NotDeliveredError("the Zalo window is closed");
        }
      } else if (to.channel === "console" && console)
        await console.deliver(to.userId, rendered.map((message) => message.text).join("\n\n"));
      else {
        deps.logger.warn(
          { to: to.channel },
          "notification not delivered: channel cannot start a conversation",
        );
        // The sender says so (a staff member's reply shown as sent would leave the citizen waiting unseen).
        throw new NotDeliveredError(`no way to reach ${to.channel} users from here`);
      }
    },
  };
}
