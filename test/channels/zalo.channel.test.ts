import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createChannelNotifier } from "../../src/channels/channel-notifier.ts";
import { createZaloBotChannel, ZALO_BOT_SECRET_HEADER } from "../../src/channels/zalo/zalo-bot-channel.ts";
import { createZaloOaChannel, type ZaloOaChannel } from "../../src/channels/zalo/zalo-oa-channel.ts";
import { createZaloOaClient } from "../../src/channels/zalo/zalo-oa-client.ts";
import { t, text } from "../../src/core/reply.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisDedupe } from "../../src/infra/redis-dedupe.ts";
import { createRedisInteractionLog } from "../../src/infra/redis-interactions.ts";
import { createRedisWorkQueue } from "../../src/infra/redis-work-queue.ts";
import { createRedisZaloTokenStore } from "../../src/infra/zalo-token-store.ts";
import { createServer, type WebhookRoute } from "../../src/server/create-server.ts";
import { startFakeZaloBot, startFakeZaloOa } from "../helpers/fake-zalo.ts";
import { until } from "../helpers/processes.ts";
import { createTestApp, fixedClock, testRedis } from "../helpers/test-app.ts";

const APP_ID = "360846524940903967";
const OA_SECRET = "oa-secret-key";
const APP_SECRET = "app-secret";
const USER = "246845883529197922123"; // longer than 2^53: must stay a string
const redis = testRedis(8);
const logger = createLogger("silent");
let bot: Bot;
let translator: Parameters<typeof createChannelNotifier>[0]["outbound"]["translator"];
let fake: Awaited<ReturnType<typeof startFakeZaloOa>>;
let oa: ZaloOaChannel;
let url: string;
let stopServer: () => Promise<void>;
const stopWork = new AbortController();
let working: Promise<void>;

/** Another OA channel on the test Redis (as another instance would be), with `changes` to the usual parts. */
const channelWith = (changes: Partial<Parameters<typeof createZaloOaChannel>[0]>) =>
  createZaloOaChannel({
    appId: APP_ID,
    secretKey: OA_SECRET,
    client: clientOf({ accessToken: "AT1", refreshToken: "RT1" }),
    bot,
    dedupe: createRedisDedupe(redis),
    interactions: createRedisInteractionLog(redis),
    ...queues("other"),
    logger,
    ...changes,
  });

/** The OA channel's inbox and outbox, retrying after half a second (ten in production). */
const queues = (name: string) => ({
  inbox: createRedisWorkQueue(redis, `${name}-in`, { firstRetryMs: 500 }),
  outbox: createRedisWorkQueue(redis, `${name}-out`, { firstRetryMs: 500 }),
});

async function serveRoutes(webhooks: WebhookRoute[]) {
  const app = createServer({ bot, webhooks, ready: async () => true, logger });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let eventCounter = 0;
function event(text: string, msgId = `msg${++eventCounter}`) {
  return JSON.stringify({
    app_id: APP_ID,
    sender: { id: USER },
    recipient: { id: "388613280878808645" },
    event_name: "user_send_text",
    message: { text, msg_id: msgId },
    timestamp: String(Date.now() + eventCounter),
  });
}
const sign = (raw: string) => {
  const timestamp = (JSON.parse(raw) as { timestamp: string }).timestamp;
  return `mac=${createHash("sha256").update(`${APP_ID}${raw}${timestamp}${OA_SECRET}`).digest("hex")}`;
};
const post = (raw: string, signature: string | undefined = sign(raw), base = url) =>
  fetch(`${base}/zalo/oa/webhook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(signature ? { "X-ZEvent-Signature": signature } : {}),
    },
    body: raw,
  });

beforeAll(async () => {
  await redis.flushdb();
  ({ bot, translator } = await createTestApp(redis, fixedClock("2026-11-23T03:00:00Z")));
  fake = await startFakeZaloOa({ appSecret: APP_SECRET, accessToken: "AT1", refreshToken: "RT1" });
  const client = clientOf({ accessToken: "AT1", refreshToken: "RT1" });
  oa = createZaloOaChannel({
    appId: APP_ID,
    secretKey: OA_SECRET,
    client,
    bot,
    dedupe: createRedisDedupe(redis),
    interactions: createRedisInteractionLog(redis),
    ...queues("oa"),
    logger,
  });
  working = oa.work(stopWork.signal, (task) => task());
  const server = await serveRoutes([oa.webhook]);
  url = server.base;
  stopServer = server.close;
});
afterAll(async () => {
  stopWork.abort();
  await working;
  await stopServer();
  await fake.close();
  await redis.quit();
});
beforeEach(() => {
  fake.sends.length = 0;
});

/** A client of the fake OA API, its tokens kept in the test Redis (where another client may have put newer ones). */
const clientOf = (initialTokens: { accessToken: string; refreshToken?: string }) =>
  createZaloOaClient({
    apiBase: fake.base,
    oauthBase: fake.base,
    appId: APP_ID,
    appSecret: APP_SECRET,
    initialTokens,
    store: createRedisZaloTokenStore(redis),
    logger,
  });
describe("Zalo OA over real HTTP", () => {
  it("answers a signed event at once (200) and replies through /message/cs to the string user id", async () => {
    const response = await post(event("hộ cận nghèo đóng bhyt bao nhiêu"));
    expect(response.status).toBe(200);
    await fake.until(1);
    expect(fake.sends[0]!.userId).toBe(USER);
    expect(fake.sends[0]!.text).toContain("34.155 đ");
    // Six follow-ups are more than an OA message takes: they become a numbered list.
    expect(fake.sends[0]!.buttons).toHaveLength(0);
    expect(fake.sends[0]!.text).toContain("(Gõ số để chọn.)");
  });

  it("sends up to 5 choices as hidden-query buttons carrying their action", async () => {
    await post(event("nhà tôi 4 người đóng bhyt hộ gia đình bao nhiêu"));
    await fake.until(1);
    expect(fake.sends[0]!.buttons).toEqual([
      { title: "3 tháng", type: "oa.query.hide", payload: "calc:months=3" },
      { title: "6 tháng", type: "oa.query.hide", payload: "calc:months=6" },
      { title: "12 tháng", type: "oa.query.hide", payload: "calc:months=12" },
    ]);
    await post(event("calc:months=12"));
    await fake.until(2);
    expect(fake.sends[1]!.text).toContain("3.825.360 đ cho 12 tháng");
  });

  it("refuses a bad or missing signature with 401 and sends nothing", async () => {
    const raw = event("chào");
    expect((await post(raw, "mac=deadbeef")).status).toBe(401);
    expect((await post(raw, "")).status).toBe(401);
    expect((await post(raw.replace("chào", "chào!"), sign(raw))).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.sends).toHaveLength(0);
  });

  it("handles a replayed event once", async () => {
    const raw = event("chào bot", "replayed-1");
    await post(raw);
    await post(raw);
    await fake.until(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.sends).toHaveLength(1);
  });

  it("refuses a signed event that is old, dated ahead or undated, even once its dedupe key has gone (review F10)", async () => {
    const dated = (timestamp: string | undefined, id: string) =>
      JSON.stringify({
        app_id: APP_ID,
        sender: { id: USER },
        event_name: "user_send_text",
        message: { text: "xin chào", msg_id: id },
        ...(timestamp === undefined ? {} : { timestamp }),
      });
    const hour = 3_600_000;
    for (const [timestamp, reason] of [
      [String(Date.parse("2019-01-01")), "too old"],
      [String(Date.parse("2099-01-01")), "in the future"],
      [undefined, "no timestamp"],
      [String(Date.now() - hour), "too old"],
    ] as const) {
      const raw = dated(timestamp, `stale-${timestamp}`);
      // Signed as Zalo signs: over the timestamp field, empty when there is none.
      const mac = createHash("sha256")
        .update(`${APP_ID}${raw}${timestamp ?? ""}${OA_SECRET}`)
        .digest("hex");
      const response = await post(raw, `mac=${mac}`);
      expect(response.status, reason).toBe(400);
      expect(JSON.stringify(await response.json())).toContain(reason);
    }
    // A fresh event is taken; the same event replayed after its dedupe key expired is refused by its date.
    const fresh = dated(String(Date.now()), "fresh-1");
    expect((await post(fresh)).status).toBe(200);
    await fake.until(1);
    await redis.del(...(await redis.keys("*dedupe:zalo-oa*fresh-1*")));
    const later = channelWith({ now: () => new Date(Date.now() + 20 * 60_000) });
    expect(later.webhook.problem?.(JSON.parse(fresh))).toContain("too old");
    expect(fake.sends).toHaveLength(1);
  });

  it("tries a failed reply again: a 5xx, Zalo's rate limit (-32), up to three tries in all (review F15)", async () => {
    fake.failNext(500);
    await post(event("hotline bhxh"));
    await fake.until(1, 10_000);
    expect(fake.sends[0]!.text).toContain("1900 9068");
    fake.sends.length = 0;
    fake.failNext(-32, -32);
    await post(event("hotline bhxh"));
    await fake.until(1, 10_000);
    fake.sends.length = 0;
    // Three failures in a row: the reply waits in the outbox and is sent when Zalo takes it again.
    fake.failNext(500, 500, 500, 500);
    await post(event("hotline bhxh"));
    await fake.until(1, 10_000);
    expect(fake.sends[0]!.text).toContain("1900 9068");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.sends).toHaveLength(1);
  }, 20_000);

  it("keeps an acknowledged event in Redis until it is answered: a later worker answers it (review F5)", async () => {
    const stored = channelWith(queues("stored"));
    // No worker runs: the instance that acknowledged the events died before answering them.
    const server = await serveRoutes([stored.webhook]);
    // One user's messages are answered in the order they came.
    for (const text of ["hotline bhxh", "thẻ bhyt bị mất"]) {
      const raw = event(text);
      const response = await post(raw, sign(raw), server.base);
      expect(response.status).toBe(200);
    }
    await server.close();
    expect(fake.sends).toHaveLength(0);
    const stop = new AbortController();
    const later = stored.work(stop.signal, (task) => task());
    await fake.until(2);
    stop.abort();
    await later;
    expect(fake.sends.map((send) => send.text)).toEqual([
      expect.stringContaining("1900 9068"),
      expect.stringContaining("Mất"),
    ]);
  });

  it("answers 503 when it cannot store an event (Redis out of reach), so Zalo sends it again", async () => {
    const nowhere = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, lazyConnect: true });
    nowhere.on("error", () => {});
    const cut = channelWith({
      inbox: createRedisWorkQueue(nowhere, "cut-in"),
      outbox: createRedisWorkQueue(nowhere, "cut-out"),
    });
    const server = await serveRoutes([cut.webhook]);
    const raw = event("hotline bhxh");
    const response = await post(raw, sign(raw), server.base);
    await server.close();
    nowhere.disconnect();
    expect(response.status).toBe(503);
  });

  it("gives up a reply Zalo refuses for good (the user left the OA) instead of retrying it, and logs it", async () => {
    fake.failNext(-213);
    const raw = event("hotline bhxh");
    expect((await post(raw)).status).toBe(200);
    await until(async () => (await redis.xlen("bhyt:v1:{queue:oa-in}:dead")) === 1, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(fake.sends).toHaveLength(0);
    expect(await redis.xlen("bhyt:v1:{queue:oa-in}")).toBe(0);
  });
});

describe("Zalo OA tokens and events", () => {
  it("refreshes an expired token, retries, and keeps the rotated refresh token in Redis", async () => {
    fake.expireAccessToken();
    await post(event("sinh viên đóng bhyt bao nhiêu"));
    await fake.until(1);
    expect(fake.sends[0]!.text).toContain("56.925 đ");
    expect(fake.refreshes).toEqual(["RT1"]);
    const stored = JSON.parse((await redis.get("bhyt:v1:{zalo:oa}:tokens")) ?? "{}");
    expect(stored).toMatchObject({ accessToken: "AT2", refreshToken: "RT2" });
  });

  it("refreshes once when two instances find the token expired at the same time", async () => {
    fake.expireAccessToken();
    fake.refreshes.length = 0;
    const instance = () => clientOf({ accessToken: "unused" });
    await Promise.all([instance().sendText(USER, "một"), instance().sendText(USER, "hai")]);
    expect(fake.refreshes).toHaveLength(1);
    expect(fake.sends.map((m) => m.text).sort()).toEqual(["hai", "một"]);
  });

  it("greets a new follower", async () => {
    const raw = JSON.stringify({
      app_id: APP_ID,
      oa_id: "388613280878808645",
      follower: { id: "5566778899001122334455" },
      event_name: "follow",
      timestamp: String(Date.now()),
    });
    expect((await post(raw)).status).toBe(200);
    await fake.until(1);
    expect(fake.sends[0]).toMatchObject({ userId: "5566778899001122334455" });
    expect(fake.sends[0]!.text).toMatch(/chào/i);
  });

  it("answers a numbered list with the option typed back (more than 5 choices)", async () => {
    await post(event("tính giúp tôi tiền bảo hiểm y tế"));
    await fake.until(1);
    expect(fake.sends[0]!.text).toContain("9. ");
    expect(fake.sends[0]!.buttons).toHaveLength(0);
    await post(event("2"));
    await fake.until(2);
    expect(fake.sends[1]!.text).toContain("Bạn tính cho mấy người?");
  });

  it("turns a hidden-query button press (its action as the text) into that action", async () => {
    await post(event("intent:enroll.where"));
    await fake.until(1);
    expect(fake.sends[0]!.text).toContain("Bưu điện");
  });
});

describe("Zalo OA proactive messages and the 7-day window", () => {
  const long = [
    { text: `${"Nhắc gia hạn thẻ BHYT. ".repeat(50)}\n\n${"Các bước gia hạn. ".repeat(80)}`, buttons: [] },
  ];

  it("sends inside the window, in chunks under 2,000 characters, in order", async () => {
    const result = await oa.sendProactive(USER, long, "vi");
    expect(result).toEqual({ status: "sent" });
    // (A reply an earlier test left in the outbox may still be delivered to the same user meanwhile under load.)
    const sent = fake.sends.filter((s) => (s.text ?? "").includes("gia hạn"));
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((s) => (s.text ?? "").length <= 2000)).toBe(true);
    expect(sent[0]!.text!.startsWith("Nhắc gia hạn")).toBe(true);
  });

  it("reports the window closed (no throw) when the user has been silent for 8 days, or Zalo says -230", async () => {
    const silent = "99887766554433221100";
    await createRedisInteractionLog(redis).touch(
      { channel: "zalo", userId: silent },
      new Date(Date.now() - 8 * 86_400_000),
    );
    expect(await oa.sendProactive(silent, long, "vi")).toEqual({ status: "window_closed" });
    expect(fake.sends).toHaveLength(0);
    fake.failNext(-230);
    expect(await oa.sendProactive(USER, long, "vi")).toEqual({ status: "window_closed" });
  });

  it("uses the approved template outside the window when one is configured", async () => {
    const withTemplate = channelWith({
      client: clientOf({ accessToken: "unused" }),
      templateId: "tpl-renewal-1",
    });
    expect(await withTemplate.sendProactive("11223344556677889900", long, "vi")).toEqual({
      status: "template",
    });
    expect(fake.sends[0]).toMatchObject({ path: "/v3.0/oa/message/template", templateId: "tpl-renewal-1" });
  });
});

describe("Zalo Bot Platform", () => {
  const TOKEN = "12345:zalo-bot-secret-part";
  const update = (id: string, text: string, chat = "chat-1") => ({
    event_name: "message.text.received",
    message: { message_id: id, chat: { id: chat, chat_type: "PRIVATE" }, from: { id: chat }, date: 1, text },
  });

  it("answers webhook updates with the right secret, 401 without, once per message", async () => {
    const fakeBot = await startFakeZaloBot(TOKEN);
    const channel = createZaloBotChannel({
      token: TOKEN,
      apiBase: fakeBot.base,
      webhookSecret: "bot-secret-123",
      bot,
      dedupe: createRedisDedupe(redis),
      logger,
    });
    const server = await serveRoutes([channel.webhook]);
    const send = (body: unknown, secret?: string) =>
      fetch(`${server.base}/zalo/bot/webhook`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret ? { [ZALO_BOT_SECRET_HEADER]: secret } : {}),
        },
        body: JSON.stringify(body),
      });
    try {
      expect((await send(update("b1", "chào"), "wrong-secret")).status).toBe(401);
      expect(
        (await send({ ok: true, result: update("b2", "hộ cận nghèo đóng bao nhiêu") }, "bot-secret-123"))
          .status,
      ).toBe(200);
      expect((await send(update("b2", "hộ cận nghèo đóng bao nhiêu"), "bot-secret-123")).status).toBe(200);
      expect(fakeBot.sent).toHaveLength(1);
      expect(fakeBot.sent[0]!.text).toContain("34.155 đ");
      expect(fakeBot.sent[0]!.text).toContain("(Gõ số để chọn.)");
    } finally {
      await server.close();
      await fakeBot.close();
    }
  });

  it("delivers a staff member's reply the bot starts to a Bot Platform chat, and says so when it cannot", async () => {
    const fakeBot = await startFakeZaloBot(TOKEN);
    const channel = createZaloBotChannel({
      token: TOKEN,
      apiBase: fakeBot.base,
      bot,
      dedupe: createRedisDedupe(redis),
      logger,
    });
    const outbound = { ...(translator ? { translator } : {}), zaloBot: channel.send };
    const notifier = createChannelNotifier({ locale: "vi", logger, outbound });
    try {
      await notifier.notify(
        { channel: "zalobot", userId: "chat-77" },
        text(t("common:handoff.from_staff", { message: "Chị mang CCCD ra xã nhé" })),
      );
      expect(fakeBot.sent).toEqual([
        expect.objectContaining({ chat_id: "chat-77", text: "👤 Cán bộ: Chị mang CCCD ra xã nhé" }),
      ]);
      // With no Bot Platform set up, the sender is told it did not go (not "sent").
      const without = createChannelNotifier({
        locale: "vi",
        logger,
        outbound: { ...(translator ? { translator } : {}) },
      });
      await expect(
        without.notify({ channel: "zalobot", userId: "chat-77" }, text(t("common:handoff.back_to_bot"))),
      ).rejects.toThrow();
    } finally {
      await fakeBot.close();
    }
  });

  /** A Bot Platform channel that long-polls the fake at `base`, storing updates in `inbox` when given one. */
  const pollingChannel = (base: string, inbox?: ReturnType<typeof createRedisWorkQueue>) =>
    createZaloBotChannel({
      token: TOKEN,
      apiBase: base,
      bot,
      dedupe: createRedisDedupe(redis),
      logger,
      ...(inbox ? { inbox } : {}),
    });

  it("long-polls getUpdates (one update per call, 408 when none) and answers", async () => {
    const fakeBot = await startFakeZaloBot(TOKEN);
    const channel = pollingChannel(fakeBot.base);
    const stop = new AbortController();
    const polling = channel.poll(stop.signal);
    fakeBot.push(update("p1", "sinh viên đóng bhyt bao nhiêu", "chat-2"));
    await fakeBot.until(1);
    stop.abort();
    await polling;
    await fakeBot.close();
    expect(fakeBot.sent[0]).toMatchObject({ chat_id: "chat-2" });
    expect(fakeBot.sent[0]!.text).toContain("56.925 đ");
  });

  it("keeps a polled update in Redis until it is answered, through a failed send and a worker that was not running", async () => {
    const fakeBot = await startFakeZaloBot(TOKEN);
    const channel = pollingChannel(
      fakeBot.base,
      createRedisWorkQueue(redis, "polled-in", { firstRetryMs: 300 }),
    );
    const stopPolling = new AbortController();
    const polling = channel.poll(stopPolling.signal);
    fakeBot.push(update("q1", "hotline bhxh", "chat-3"));
    // getUpdates handed it out: from here only the inbox has it.
    await until(async () => fakeBot.waiting() === 0, 5_000);
    stopPolling.abort();
    await polling;
    expect(fakeBot.sent).toHaveLength(0);
    // Zalo fails every try of the first attempt; the update is answered on a later one.
    fakeBot.failSends(3);
    const stopWork = new AbortController();
    const working = channel.work(stopWork.signal, (task) => task());
    await fakeBot.until(1, 10_000);
    stopWork.abort();
    await working;
    await fakeBot.close();
    expect(fakeBot.sent).toEqual([{ chat_id: "chat-3", text: expect.stringContaining("1900 9068") }]);
  }, 20_000);
});
