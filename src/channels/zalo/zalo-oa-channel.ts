import type { Logger } from "pino";
import { decodeAction } from "../../core/actions.ts";
import { type ChannelCapabilities, formatForChannel, NUMBERED_HINT } from "../../core/format-for-channel.ts";
import type { RenderedReply } from "../../core/reply.ts";
import type { InboundMessage } from "../../core/types.ts";
import type { Bot } from "../../dialogue/create-bot.ts";
import { type Dedupe, once } from "../../infra/redis-dedupe.ts";
import type { InteractionLog } from "../../infra/redis-interactions.ts";
import type { WorkQueue } from "../../infra/redis-work-queue.ts";
import { ZaloApiError } from "./zalo-errors.ts";
import type { ZaloButton, ZaloOaClient } from "./zalo-oa-client.ts";
import { type ZaloOaEvent, ZaloOaEventSchema, zaloEventId, zaloOaRoute } from "./zalo-oa-webhook.ts";
import { zaloPermanent } from "./zalo-retry.ts";

/** What an OA message shows: 2,000 characters, at most 5 buttons (more become a numbered list). */
export const ZALO_OA_CAPABILITIES: ChannelCapabilities = { textLimit: 2000, maxButtons: 5 };

/** Zalo's rule for customer-service messages: only within 7 days of the user's last interaction. */
export const ZALO_OA_WINDOW_DAYS = 7;

/** How a proactive message went: sent as a normal reply, sent as an approved template, or not allowed now. */
export type ProactiveResult = { status: "sent" } | { status: "template" } | { status: "window_closed" };

/** One OA message as sent: its text and buttons. */
interface OaMessage {
  text: string;
  buttons: ZaloButton[];
}

/** Replies still to send to a user (the first failed for a passing reason), kept in the outbox queue. */
interface OutboxJob {
  userId: string;
  messages: OaMessage[];
}

/**
 * The OA channel: the signed webhook in (stored in the inbox queue before Zalo gets its 200), replies out (those
 * Zalo fails to take wait in the outbox queue and are tried again), and proactive sends that respect the reply
 * window.
 */
export function createZaloOaChannel(deps: {
  appId: string;
  secretKey: string;
  client: ZaloOaClient;
  bot: Bot;
  dedupe: Dedupe;
  interactions: InteractionLog;
  inbox: WorkQueue;
  outbox: WorkQueue;
  logger: Logger;
  templateId?: string;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());

  const messagesOf = (replies: readonly RenderedReply[], locale: "vi" | "en"): OaMessage[] =>
    formatForChannel(replies, ZALO_OA_CAPABILITIES, NUMBERED_HINT[locale]).map((message) => ({
      text: message.text.normalize("NFC"),
      buttons: message.buttons.map((b) => ({ title: b.label.slice(0, 100), payload: b.action })),
    }));

  async function send(userId: string, replies: readonly RenderedReply[], locale: "vi" | "en"): Promise<void> {
    for (const message of messagesOf(replies, locale))
      await deps.client.sendText(userId, message.text, message.buttons);
  }

  /**
   * Sends in order; when Zalo fails to take one for a passing reason (after the client's own tries), it and the
   * rest go to the outbox, unless nothing was sent yet and `failFirst` asks to fail (the outbox's own retry).
   */
  async function sendOrKeep(job: OutboxJob, failFirst: boolean): Promise<void> {
    for (const [index, message] of job.messages.entries()) {
      try {
        await deps.client.sendText(job.userId, message.text, message.buttons);
      } catch (error) {
        if (zaloPermanent(error) || (failFirst && index === 0)) throw error;
        await deps.outbox.add({ userId: job.userId, messages: job.messages.slice(index) });
        deps.logger.warn({ err: (error as Error).message }, "zalo oa: reply kept to send again");
        return;
      }
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
    await sendOrKeep({ userId, messages: messagesOf(response.replies, response.locale) }, false);
  }

  const webhook = zaloOaRoute(deps.appId, deps.secretKey, (event) => deps.inbox.add(event), now);

  return {
    webhook,
    handleEvent,
    /** Answers stored events and sends kept replies until `signal` aborts, within the server's event limit. */
    work(signal: AbortSignal, limit: <T>(task: () => Promise<T>) => Promise<T>): Promise<void> {
      const common = { limit, permanent: zaloPermanent, logger: deps.logger };
      return Promise.all([
        deps.inbox.run(signal, {
          ...common,
          handle: (job) => handleEvent(ZaloOaEventSchema.parse(job)),
          orderKey: (job) => (job as ZaloOaEvent).sender?.id,
        }),
        deps.outbox.run(signal, {
          ...common,
          handle: (job) => sendOrKeep(job as OutboxJob, true),
          orderKey: (job) => (job as OutboxJob).userId,
        }),
      ]).then(() => {});
    },
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
