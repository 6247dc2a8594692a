import { serve } from "@hono/node-server";
import { createApp } from "../../app.ts";
import { startTelegram, type TelegramChannel } from "../../channels/telegram/telegram-channel.ts";
import { startZalo } from "../../channels/zalo/start-zalo.ts";
import { createLogger } from "../../infra/logger.ts";
import { createRedisDedupe } from "../../infra/redis-dedupe.ts";
import { createServer, type WebhookRoute } from "../../server/create-server.ts";
import { configOrExit, contentOrExit, openSessions } from "../bootstrap.ts";

/** `serve`: the HTTP server (webhooks, message API, health) and the configured channels, until SIGINT/SIGTERM. */
export async function serveCommand(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  const content = await contentOrExit();
  const sessions = await openSessions(config, logger, { allowMemory: false });
  const redis = sessions.redis!;
  const { bot, translator, modelBuildMs } = await createApp({
    config,
    content,
    sessions: sessions.store,
    logger,
  });
  const webhooks: WebhookRoute[] = [];
  let telegram: TelegramChannel | undefined;
  try {
    if (config.TELEGRAM_BOT_TOKEN) {
      telegram = await startTelegram({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
        bot,
        dedupe: createRedisDedupe(redis),
        translator,
        logger,
      });
      if (telegram.webhook) webhooks.push(telegram.webhook);
    }
  } catch (error) {
    await sessions.close();
    throw error;
  }
  const zalo = startZalo({ config, bot, dedupe: createRedisDedupe(redis), redis, logger });
  webhooks.push(...zalo.webhooks);
  const app = createServer({
    bot,
    webhooks,
    ready: async () => (await redis.ping()) === "PONG",
    logger,
  });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) =>
    logger.info({ port: info.port, content: content.version, modelMs: Math.round(modelBuildMs) }, "serving"),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  logger.info("stopping");
  await telegram?.stop();
  await zalo.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await sessions.close();
}
