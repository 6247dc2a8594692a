import type { Logger } from "pino";
import { z } from "zod";
import type { Locale } from "../../content/content.ts";
import { type ChannelCapabilities, formatForChannel, NUMBERED_HINT } from "../../core/format-for-channel.ts";
import type { RenderedReply } from "../../core/reply.ts";
import type { Bot } from "../../dialogue/create-bot.ts";
import { type Dedupe, once } from "../../infra/redis-dedupe.ts";
import type { WorkQueue } from "../../infra/redis-work-queue.ts";
import type { WebhookRoute } from "../../server/create-server.ts";
import { ZaloApiError } from "./zalo-errors.ts";
import { withZaloRetries, zaloPermanent } from "./zalo-retry.ts";

/** The header the Bot Platform puts the webhook secret in. */
export const ZALO_BOT_SECRET_HEADER = "X-Bot-Api-Secret-Token";

/** The Bot Platform shows plain text of 2,000 characters and no buttons: choices become a numbered list. */
export const ZALO_BOT_CAPABILITIES: ChannelCapabilities = { textLimit: 2000, maxButtons: 0 };

const Id = z.union([z.string(), z.number()]).transform(String);
const UpdateSchema = z.looseObject({
  event_name: z.string(),
  message: z.looseObject({
    message_id: Id,
    chat: z.looseObject({ id: Id }),
    text: z.string().optional(),
  }),
});
type Update = z.infer<typeof UpdateSchema>;

/** Reads an update, which may come wrapped as `{ok, result}`. */
function parseUpdate(body: unknown): Update | undefined {
  const inner = (body as { result?: unknown })?.result ?? body;
  const parsed = UpdateSchema.safeParse(inner);
  return parsed.success ? parsed.data : undefined;
}

/** The Zalo Bot Platform channel (a Telegram-like API): webhook with a secret header, or long polling. */
export function createZaloBotChannel(deps: {
  token: string;
  apiBase: string;
  webhookSecret?: string;
  bot: Bot;
  dedupe: Dedupe;
  logger: Logger;
  /** Where polled updates wait until answered (getUpdates hands each update out once: it must not be lost). */
  inbox?: WorkQueue;
}) {
  async function callApi<T>(
    method: string,
    params: Record<string, unknown>,
    timeoutMs = 10_000,
    stop?: AbortSignal,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(`${deps.apiBase}/bot${deps.token}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(params),
      signal: stop ? AbortSignal.any([timeout, stop]) : timeout,
    });
    const body = (await response.json().catch(() => ({}))) as {
      ok?: boolean;
      result?: T;
      error_code?: number;
      description?: string;
    };
    if (!body.ok)
      throw new ZaloApiError(
        body.error_code ?? response.status,
        body.description ?? "request failed",
        response.status,
      );
    return body.result as T;
  }

  async function handleUpdate(update: Update): Promise<void> {
    await once(deps.dedupe, "zalo-bot", `${update.event_name}:${update.message.message_id}`, () =>
      answerUpdate(update),
    );
  }

  async function answerUpdate(update: Update): Promise<void> {
    const chatId = update.message.chat.id;
    const text = update.event_name === "message.text.received" ? (update.message.text ?? "") : "";
    const response = await deps.bot.handle({
      ref: { channel: "zalobot", userId: chatId },
      text,
      receivedAt: new Date(),
    });
    await send(chatId, response.replies, response.locale);
  }

  /** Sends rendered replies to a chat (an answer, or a message the bot starts: a staff member's reply). */
  async function send(chatId: string, replies: RenderedReply[], locale: Locale): Promise<void> {
    for (const message of formatForChannel(replies, ZALO_BOT_CAPABILITIES, NUMBERED_HINT[locale]))
      await withZaloRetries((timeoutMs) =>
        callApi("sendMessage", { chat_id: chatId, text: message.text.normalize("NFC") }, timeoutMs),
      );
  }

  const webhook: WebhookRoute = {
    path: "/zalo/bot/webhook",
    ...(deps.webhookSecret ? { secret: { header: ZALO_BOT_SECRET_HEADER, value: deps.webhookSecret } } : {}),
    problem: (body) => (parseUpdate(body) ? undefined : "not a Zalo Bot Platform update"),
    handle: async (body) => handleUpdate(parseUpdate(body)!),
  };

  /** Long polling: one update per call; 408 means no update arrived in time. Runs until `signal` aborts. */
  async function poll(signal: AbortSignal): Promise<void> {
    await callApi("deleteWebhook", {}).catch(() => {});
    while (!signal.aborted) {
      try {
        const result = await callApi<unknown>("getUpdates", { timeout: "30" }, 40_000, signal);
        const update = parseUpdate(result);
        if (update) await (deps.inbox ? deps.inbox.add(update) : handleUpdate(update));
      } catch (error) {
        if (signal.aborted) break;
        if (!(error instanceof ZaloApiError && error.code === 408)) {
          deps.logger.warn({ err: (error as Error).message }, "zalo bot: polling failed, retrying");
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    }
  }

  /** Answers polled updates from the inbox until `signal` aborts, within the server's event limit. */
  function work(signal: AbortSignal, limit: <T>(task: () => Promise<T>) => Promise<T>): Promise<void> {
    if (!deps.inbox) return Promise.resolve();
    return deps.inbox.run(signal, {
      limit,
      logger: deps.logger,
      handle: (job) => handleUpdate(UpdateSchema.parse(job)),
      permanent: zaloPermanent,
      orderKey: (job) => (job as Update).message.chat.id,
    });
  }

  return { webhook, handleUpdate, poll, callApi, work, send };
}
