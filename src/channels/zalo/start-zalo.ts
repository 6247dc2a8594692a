import type { Logger } from "pino";
import type { Config } from "../../config/load-config.ts";
import type { Bot } from "../../dialogue/create-bot.ts";
import type { RedisClient } from "../../infra/redis.ts";
import type { Dedupe } from "../../infra/redis-dedupe.ts";
import { createRedisInteractionLog } from "../../infra/redis-interactions.ts";
import { createRedisWorkQueue } from "../../infra/redis-work-queue.ts";
import { createRedisZaloTokenStore } from "../../infra/zalo-token-store.ts";
import type { WebhookRoute } from "../../server/create-server.ts";
import { createZaloBotChannel } from "./zalo-bot-channel.ts";
import { createZaloOaChannel, type ZaloOaChannel } from "./zalo-oa-channel.ts";
import { createZaloOaClient } from "./zalo-oa-client.ts";
import { zaloOaRoute } from "./zalo-oa-webhook.ts";

/** Runs a task within the server's event limit. */
type Limit = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * The Zalo channels the configuration enables: their webhook routes, the work on stored OA events and kept replies,
 * and a way to stop Bot Platform polling.
 */
export function startZalo(deps: {
  config: Config;
  bot: Bot;
  dedupe: Dedupe;
  redis: RedisClient;
  logger: Logger;
}) {
  const { config, bot, dedupe, redis, logger } = deps;
  const webhooks: WebhookRoute[] = [];
  const stopPolling = new AbortController();
  let polling: Promise<void> = Promise.resolve();
  let oaChannel: ZaloOaChannel | undefined;
  let botWork: ((signal: AbortSignal, limit: Limit) => Promise<void>) | undefined;
  let botSend: ReturnType<typeof createZaloBotChannel>["send"] | undefined;

  if (config.ZALO_OA_APP_ID && config.ZALO_OA_SECRET_KEY && !config.ZALO_OA_ACCESS_TOKEN) {
    // An OA being set up: signatures can be checked, but nothing can be sent without API access.
    webhooks.push(
      zaloOaRoute(config.ZALO_OA_APP_ID, config.ZALO_OA_SECRET_KEY, async (event) =>
        logger.warn(
          { event: event.event_name },
          "zalo oa: event not answered: ZALO_OA_ACCESS_TOKEN is not set",
        ),
      ),
    );
    logger.warn(
      "zalo oa: webhook at POST /zalo/oa/webhook checks signatures; replies need ZALO_OA_ACCESS_TOKEN",
    );
  }
  if (config.ZALO_OA_APP_ID && config.ZALO_OA_SECRET_KEY && config.ZALO_OA_ACCESS_TOKEN) {
    const client = createZaloOaClient({
      apiBase: config.ZALO_OA_API_BASE,
      oauthBase: config.ZALO_OAUTH_BASE,
      appId: config.ZALO_OA_APP_ID,
      ...(config.ZALO_APP_SECRET ? { appSecret: config.ZALO_APP_SECRET } : {}),
      initialTokens: {
        accessToken: config.ZALO_OA_ACCESS_TOKEN,
        ...(config.ZALO_OA_REFRESH_TOKEN ? { refreshToken: config.ZALO_OA_REFRESH_TOKEN } : {}),
      },
      store: createRedisZaloTokenStore(redis),
      logger,
    });
    const oa = createZaloOaChannel({
      appId: config.ZALO_OA_APP_ID,
      secretKey: config.ZALO_OA_SECRET_KEY,
      client,
      bot,
      dedupe,
      interactions: createRedisInteractionLog(redis),
      inbox: createRedisWorkQueue(redis, "zalo-oa-in"),
      outbox: createRedisWorkQueue(redis, "zalo-oa-out"),
      logger,
      ...(config.ZALO_OA_TEMPLATE_ID ? { templateId: config.ZALO_OA_TEMPLATE_ID } : {}),
    });
    webhooks.push(oa.webhook);
    oaChannel = oa;
    logger.info("zalo oa: webhook at POST /zalo/oa/webhook");
  }

  if (config.ZALO_BOT_TOKEN) {
    const zaloBot = createZaloBotChannel({
      token: config.ZALO_BOT_TOKEN,
      apiBase: config.ZALO_BOT_API_BASE,
      ...(config.ZALO_BOT_WEBHOOK_SECRET ? { webhookSecret: config.ZALO_BOT_WEBHOOK_SECRET } : {}),
      bot,
      dedupe,
      logger,
      ...(config.ZALO_BOT_WEBHOOK_SECRET ? {} : { inbox: createRedisWorkQueue(redis, "zalo-bot-in") }),
    });
    botWork = zaloBot.work;
    botSend = zaloBot.send;
    if (config.ZALO_BOT_WEBHOOK_SECRET) {
      webhooks.push(zaloBot.webhook);
      logger.info("zalo bot: webhook at POST /zalo/bot/webhook");
    } else {
      logger.info("zalo bot: long polling");
      polling = zaloBot.poll(stopPolling.signal);
    }
  }

  return {
    webhooks,
    oa: oaChannel,
    /** Sends messages the bot starts to a Zalo Bot Platform chat (staff replies), when that channel is set. */
    botSend,
    /** Answers stored OA events and polled Bot Platform updates, and sends kept replies, until `signal` aborts. */
    work: async (signal: AbortSignal, limit: Limit) => {
      await Promise.all([oaChannel?.work(signal, limit), botWork?.(signal, limit)]);
    },
    stop: async () => {
      stopPolling.abort();
      await polling;
    },
  };
}
