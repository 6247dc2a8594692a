import type { Logger } from "pino";
import { decodeAction } from "../../core/actions.ts";
import { type ChannelCapabilities, formatForChannel, NUMBERED_HINT } from "../../core/format-for-channel.ts";
import type { RenderedReply } from "../../core/reply.ts";
import type { InboundMessage } from "../../core/types.ts";
import type { Bot } from "../../dialogue/create-bot.ts";
import { type Dedupe, once } from "../../infra/redis-dedupe.ts";
import type { InteractionLog } from "../../infra/redis-interactions.ts";
import { ZaloApiError } from "./zalo-errors.ts";
import type { ZaloOaClient } from "./zalo-oa-client.ts";
import { type ZaloOaEvent, zaloEventId, zaloOaRoute } from "./zalo-oa-webhook.ts";

/** What an OA message shows: 2,000 characters, at most 5 buttons (more become a numbered list). */
export const ZALO_OA_CAPABILITIES: ChannelCapabilities = { textLimit: 2000, maxButtons: 5 };

/** Zalo's rule for customer-service messages: only within 7 days of the user's last interaction. */
export const ZALO_OA_WINDOW_DAYS = 7;

/** How a proactive message went: sent as a normal reply, sent as an approved template, or not allowed now. */
export type ProactiveResult = { status: "sent" } | { status: "template" } | { status: "window_closed" };

/** The OA channel: the signed webhook in, replies out, and proactive sends that respect the reply window. */
export function createZaloOaChannel(deps: {
  appId: string;
  secretKey: string;
  client: ZaloOaClient;
  bot: Bot;
  dedupe: Dedupe;
  interactions: InteractionLog;
  logger: Logger;
  templateId?: string;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());

  async function send(userId: string, replies: readonly RenderedReply[], locale: "vi" | "en"): Promise<void> {
    for (const message of formatForChannel(replies, ZALO_OA_CAPABILITIES, NUMBERED_HINT[locale])) {
      const buttons = message.buttons.map((b) => ({ title: b.label.slice(0, 100), payload: b.action }));
      await deps.client.sendText(userId, message.text.normalize("NFC"), buttons);
    }
  }

  async function handleEvent(event: ZaloOaEvent): Promise<void> {
    await once(deps.dedupe, "zalo-oa", zaloEventId(event), () => answerEvent(event));
  }

  async function answerEvent(event: ZaloOaEvent): Promise<void> {
    const userId = event.sender?.id ?? event.follower?.id;
    if (!userId || event.event_name === "unfollow" || event.event_name.startsWith("oa_send")) return;
    const ref = { channel: "zalo" as const, userId };
    await deps.interactions.touch(ref, now());
    const text =
      event.event_name === "follow"
        ? "/start"
        : event.event_name === "user_send_text"
          ? (event.message?.text ?? "")
          : "";
    // A hidden-query button comes back as the user's message carrying the button's action.
    const inbound: InboundMessage = decodeAction(text)
      ? { ref, action: text, receivedAt: now() }
      : { ref, text, receivedAt: now() };
    const response = await deps.bot.handle(inbound);
    await send(userId, response.replies, response.locale);
  }

  const webhook = zaloOaRoute(deps.appId, deps.secretKey, handleEvent, now);

  return {
    webhook,
    handleEvent,
    /**
     * Sends replies the user did not just ask for (a reminder): as a normal message inside the 7-day window, as the
     * configured template outside it, else reports the window closed (the caller delivers at the next contact).
     */
    async sendProactive(
      userId: string,
      replies: readonly RenderedReply[],
      locale: "vi" | "en",
    ): Promise<ProactiveResult> {
      const last = await deps.interactions.lastSeen({ channel: "zalo", userId });
      const open = last !== undefined && now().getTime() - last.getTime() < ZALO_OA_WINDOW_DAYS * 86_400_000;
      if (open) {
        try {
          await send(userId, replies, locale);
          return { status: "sent" };
        } catch (error) {
          if (!(error instanceof ZaloApiError && error.kind === "window")) throw error;
        }
      }
      if (!deps.templateId) return { status: "window_closed" };
      const text = replies
        .map((r) => r.text)
        .join("\n\n")
        .slice(0, 400);
      await deps.client.sendTemplate(userId, deps.templateId, { content: text });
      return { status: "template" };
    },
  };
}

/** The OA channel. */
export type ZaloOaChannel = ReturnType<typeof createZaloOaChannel>;
