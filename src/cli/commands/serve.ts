import { serve } from "@hono/node-server";
import { createApp } from "../../app.ts";
import { createChannelNotifier } from "../../channels/channel-notifier.ts";
import { createChannelDelivery } from "../../channels/reminder-delivery.ts";
import { startTelegram, type TelegramChannel } from "../../channels/telegram/telegram-channel.ts";
import { startZalo } from "../../channels/zalo/start-zalo.ts";
import { type ContentEditor, createContentEditor } from "../../content/content-editor.ts";
import { civilDate } from "../../core/clock.ts";
import { countingScheduled } from "../../features/reminders/reminder-book.ts";
import type { ThrottleMaker } from "../../infra/failure-throttle.ts";
import { createLogger } from "../../infra/logger.ts";
import { CHANNEL_LABEL, createMetrics } from "../../infra/metrics.ts";
import { createRedisChatLock } from "../../infra/redis-chat-lock.ts";
import { createRedisConsoleInbox } from "../../infra/redis-console-inbox.ts";
import { createRedisConsoleSessions } from "../../infra/redis-console-sessions.ts";
import { createRedisContentVersions } from "../../infra/redis-content-versions.ts";
import { createRedisDedupe } from "../../infra/redis-dedupe.ts";
import { createRedisFailureThrottle } from "../../infra/redis-failure-throttle.ts";
import { createRedisHandoffDesk } from "../../infra/redis-handoff-desk.ts";
import { createRedisClientLimit, createRedisRateLimit } from "../../infra/redis-rate-limit.ts";
import { migrateReminderLayout } from "../../infra/redis-reminder-migrate.ts";
import { createRedisReminderStore } from "../../infra/redis-reminder-store.ts";
import { createRedisStaffDesk } from "../../infra/redis-staff-desk.ts";
import { createReminderWorker } from "../../reminders/reminder-worker.ts";
import { boundConnections, drainableConnections } from "../../server/bound-connections.ts";
import { createServer, MAX_CONCURRENT_EVENTS, type WebhookRoute } from "../../server/create-server.ts";
import { createLimiter } from "../../server/limiter.ts";
import { measureBot } from "../../server/measured-bot.ts";
import { mountConsole } from "../../web-console/console-routes.tsx";
import { signInLink } from "../../web-console/sign-in-link.ts";
import { botTrial } from "../../web-console/try-bot.tsx";
import { modelDirOf, openSessions, settingsOrExit } from "../bootstrap.ts";

/** `serve`: the HTTP server (webhooks, message API, health) and the configured channels, until SIGINT/SIGTERM. */
export async function serveCommand(): Promise<void> {
  const { config, content } = await settingsOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  // A failure nobody awaited is logged, and the other users keep being served (Node would exit otherwise).
  process.on("unhandledRejection", (reason) =>
    logger.error({ err: reason instanceof Error ? reason.message : String(reason) }, "unhandled rejection"),
  );
  const sessions = await openSessions(config, logger, { allowMemory: false });
  // A failing start-up step closes what is already open, so the process exits with the error instead of hanging.
  const opened: (() => Promise<void>)[] = [() => sessions.close()];
  const orClose = <T>(step: Promise<T>): Promise<T> =>
    step.catch(async (error: unknown) => {
      for (const close of opened.reverse()) await close().catch(() => {});
      throw error;
    });
  const redis = sessions.redis!;
  const reminders = createRedisReminderStore(redis);
  const migrated = await orClose(migrateReminderLayout(redis));
  if (migrated > 0) logger.info({ cards: migrated }, "reminders moved to the compact layout");
  const staffDesk = createRedisStaffDesk(redis, { admins: config.ADMINS, staff: config.STAFF });
  const handoff = createRedisHandoffDesk(redis);
  const consoleSessions = createRedisConsoleSessions(redis);
  // Staff replies to a terminal user wait in their inbox until their chat shows them.
  const outbound: Parameters<typeof createChannelNotifier>[0]["outbound"] = {
    console: createRedisConsoleInbox(redis),
  };
  const notifier = createChannelNotifier({ locale: config.DEFAULT_LOCALE, logger, outbound });
  const metrics = createMetrics();
  redis.on("error", () => metrics.redisErrors.inc());
  let editor: ContentEditor | undefined;
  const created = await orClose(
    createApp({
      config,
      content,
      sessions: sessions.store,
      logger,
      modelDir: modelDirOf(config),
      reminders: countingScheduled(reminders, (count) => {
        void staffDesk.count(civilDate(new Date()), ["reminders_scheduled"], count).catch(() => {});
      }),
      staffDesk,
      handoff,
      notifier,
      contentEditor: () => editor,
      rateLimit: createRedisRateLimit(redis),
      chatLock: createRedisChatLock(redis, { logger }),
      // Links only where the operator said where the console is reached (a link to localhost helps nobody).
      ...(config.PUBLIC_URL
        ? {
            consoleLink: async (principal: string) => {
              const made = await signInLink(principal, {
                desk: staffDesk,
                sessions: consoleSessions,
                publicUrl: config.PUBLIC_URL!,
              });
              return "link" in made ? made.link : undefined;
            },
          }
        : {}),
    }),
  );
  const { translator, modelBuildMs, modelSource, reload } = created;
  const bot = measureBot(created.bot, metrics);
  outbound.translator = translator;
  // Admin content edits: the version in force is applied at start, and every instance follows announcements.
  const versions = createRedisContentVersions(redis);
  editor = createContentEditor({ base: content, versions, reload, today: () => civilDate(new Date()) });
  const inForce = await orClose(versions.current());
  if (inForce > 0) {
    const applied = await orClose(editor.activate(inForce));
    if (!applied.ok)
      logger.error(
        { version: inForce, issues: applied.issues },
        "content version no longer valid; serving the files",
      );
  }
  const stopListening = await orClose(
    versions.listen((version) => {
      void editor.follow(version).then(
        (r) => {
          if (!r.ok)
            logger.error(
              { version, issues: r.issues },
              "content version refused; previous one keeps serving",
            );
        },
        (error: Error) => logger.error({ version, err: error.message }, "content version could not be read"),
      );
    }),
  );
  opened.push(stopListening);
  const webhooks: WebhookRoute[] = [];
  let telegram: TelegramChannel | undefined;
  if (config.TELEGRAM_BOT_TOKEN) {
    telegram = await orClose(
      startTelegram({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
        bot,
        dedupe: createRedisDedupe(redis),
        translator,
        logger,
        onError: () => metrics.channelErrors.inc({ channel: "telegram" }),
      }),
    );
    if (telegram.webhook) webhooks.push(telegram.webhook);
  }
  const zalo = startZalo({ config, bot, dedupe: createRedisDedupe(redis), redis, logger });
  webhooks.push(...zalo.webhooks);
  if (telegram) outbound.telegram = telegram.api;
  if (zalo.oa) outbound.zaloOa = zalo.oa;
  if (zalo.botSend) outbound.zaloBot = zalo.botSend;
  // The reminder worker: several instances may run it on one Redis (claims are atomic and leased).
  const delivery = createChannelDelivery({
    content,
    translator,
    ...(telegram ? { telegram: telegram.api } : {}),
    ...(zalo.oa ? { zaloOa: zalo.oa } : {}),
  });
  const stopWorker = new AbortController();
  const working = createReminderWorker({
    store: reminders,
    delivery,
    logger,
    quietHours: config.REMINDER_QUIET_HOURS,
    onFailed: (entry) => metrics.channelErrors.inc({ channel: CHANNEL_LABEL[entry.ref.channel] }),
    onSent: () => {
      metrics.reminders.inc();
      void staffDesk.count(civilDate(new Date()), ["reminders_sent"]).catch(() => {});
    },
  }).run(stopWorker.signal, 5000);
  const events = createLimiter(MAX_CONCURRENT_EVENTS);
  // Wrong admin tokens and sign-in links are counted in Redis: every instance refuses a client that used them up.
  const throttles: ThrottleMaker = (scope, perMinute) => createRedisFailureThrottle(redis, scope, perMinute);
  const zaloWorking = zalo.work(stopWorker.signal, (task) => events(task));
  const app = createServer({
    events,
    bot,
    webhooks,
    ...(config.ADMIN_TOKEN
      ? { admin: { token: config.ADMIN_TOKEN, desk: staffDesk, editor, versions } }
      : {}),
    ...(config.API_TOKEN ? { apiToken: config.API_TOKEN } : {}),
    clientAllowed: createRedisClientLimit(redis),
    trustedProxies: config.TRUSTED_PROXIES,
    throttles,
    ready: async () => (await redis.ping()) === "PONG",
    metrics,
    logger,
  });
  // The web console at /console, on the same server.
  mountConsole(app, {
    sessions: consoleSessions,
    editor,
    versions,
    desk: staffDesk,
    handoff,
    notifier,
    current: created.current,
    understand: created.understand,
    tryBot: botTrial(created.bot),
    today: () => civilDate(new Date()),
    throttles,
    trustedProxies: config.TRUSTED_PROXIES,
  });
  const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const consoleUrl = `${publicUrl}/console`;
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    logger.info(
      {
        port: info.port,
        content: content.version,
        model: modelSource,
        modelMs: Math.round(modelBuildMs),
        console: consoleUrl,
      },
      "serving",
    );
    // Someone who started it by hand sees in words that it is ready and where the console is (the log is JSON, on
    // standard output; this line goes to standard error, also when it is written to a file).
    process.stderr.write(`Ready. Web console: ${consoleUrl}\n`);
    // Started by hand in a terminal by a console: admin ("ADMINS=console:me"): the sign-in link comes at once, with
    // no second terminal. Never in a log: only on a terminal, which only the person at it reads.
    const here = config.ADMINS.find((principal) => principal.startsWith("console:"));
    if (here && process.stderr.isTTY)
      void signInLink(here, { desk: staffDesk, sessions: consoleSessions, publicUrl })
        .then((made) => {
          if ("link" in made)
            process.stderr.write(`Sign in as ${here} (the link works once, for 10 minutes): ${made.link}\n`);
        })
        .catch(() => {});
  });
  boundConnections(server);
  const drain = drainableConnections(server);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  // Graceful stop: no new requests (those in flight finish), no new updates from polling, stored Zalo events being
  // answered finish (the others wait in Redis for the next instance), the reminder worker releases its claims, then
  // Redis closes (and a supervised redis-server stops). Each wait has a deadline, so a stuck client or channel
  // cannot hold the stop forever.
  logger.info("stopping");
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  drain();
  // A stop waits STOP_DEADLINE_SECONDS for requests, acknowledged events and the reminder worker (Docker waits 10 s
  // by default; compose sets stop_grace_period above it). Telegram updates waiting their turn are given back (503:
  // Telegram sends them again, to another instance).
  events.close();
  stopWorker.abort();
  await telegram?.stop();
  await zalo.stop();
  const finished = await Promise.race([
    Promise.all([closed, events.idle(), working, zaloWorking]).then(() => true),
    new Promise<boolean>((resolve) =>
      setTimeout(resolve, config.STOP_DEADLINE_SECONDS * 1000, false).unref(),
    ),
  ]);
  if (!finished) {
    // The deadline is kept: work still running is cut off here rather than left running against a closed Redis.
    // A Telegram update cut off this way was not marked handled (its claim lapses), so Telegram's re-send is
    // handled by another instance.
    logger.warn("stopping: requests or events still running after the deadline; exiting anyway");
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    await Promise.race([
      staffDesk.flush().catch(() => {}),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]);
    process.exit(0);
  }
  await stopListening();
  await staffDesk.flush().catch((error: Error) => logger.warn({ err: error.message }, "counts not written"));
  await sessions.close();
}
