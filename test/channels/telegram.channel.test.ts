import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Api } from "grammy";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendReplies } from "../../src/channels/telegram/send-replies.ts";
import {
  startTelegram,
  TELEGRAM_SECRET_HEADER,
  type TelegramChannel,
} from "../../src/channels/telegram/telegram-channel.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisDedupe } from "../../src/infra/redis-dedupe.ts";
import { createServer } from "../../src/server/create-server.ts";
import { callbackUpdate, startFakeTelegram, textUpdate } from "../helpers/fake-telegram.ts";
import { createTestApp, fixedClock, testRedis } from "../helpers/test-app.ts";

const TOKEN = "123456:TEST-token_abcdefghijklmnopqrstu";
const SECRET = "s3cret-webhook_token";
const redis = testRedis(6);
const logger = createLogger("silent");
let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
let bot: Bot;
let translator: Awaited<ReturnType<typeof createTestApp>>["translator"];

beforeAll(async () => {
  await redis.flushdb();
  fake = await startFakeTelegram(TOKEN);
  ({ bot, translator } = await createTestApp(redis, fixedClock("2026-11-23T03:00:00Z")));
});
afterAll(async () => {
  await fake.close();
  await redis.quit();
});

const telegramOptions = (webhookSecret?: string) => ({
  token: TOKEN,
  apiRoot: fake.apiRoot,
  bot,
  dedupe: createRedisDedupe(redis),
  translator,
  logger,
  ...(webhookSecret ? { webhookSecret } : {}),
});

/** Serves a channel's webhook over real HTTP on a free port. */
async function serveWebhook(channel: TelegramChannel) {
  const app = createServer({ bot, webhooks: [channel.webhook!], ready: async () => true, logger });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/webhook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const postUpdate = (url: string, body: unknown, secret: string | undefined = SECRET) =>
  fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { [TELEGRAM_SECRET_HEADER]: secret } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const sent = () =>
  fake.callsOf("sendMessage").map(
    (c) =>
      c.params as {
        chat_id: number;
        text: string;
        reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
      },
  );

describe("Telegram in webhook mode, over real HTTP", () => {
  let channel: TelegramChannel;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    channel = await startTelegram(telegramOptions(SECRET));
    await fake.until((calls) => calls.filter((c) => c.method === "setMyCommands").length === 3);
    ({ url, close } = await serveWebhook(channel));
  });
  afterAll(async () => close());
  afterEach(() => fake.reset());

  const post = (body: unknown, secret?: string) => postUpdate(url, body, secret);

  it("registered its identity and the command menu in both languages", async () => {
    fake.reset();
    const channelStart = await startTelegram(telegramOptions(SECRET));
    // The menu is registered in the background: the server does not wait for it.
    await fake.until((calls) => calls.filter((c) => c.method === "setMyCommands").length === 3);
    await channelStart.stop();
    expect(fake.callsOf("getMe").length).toBeGreaterThan(0);
    const menus = fake
      .callsOf("setMyCommands")
      .map((c) => c.params as { language_code?: string; commands: { command: string }[] });
    expect(menus.map((m) => m.language_code ?? "default").sort()).toEqual(["default", "en", "vi"]);
    expect(menus[0]!.commands.map((c) => c.command)).toEqual([
      "start",
      "help",
      "lang",
      "nhacnho",
      "xoadulieu",
    ]);
  });

  it("answers a question with escaped HTML and inline buttons, and a button press with the right answer", async () => {
    const response = await post(textUpdate(1001, 42, "hộ cận nghèo đóng bhyt bao nhiêu <b>?</b>"));
    expect(response.status).toBe(200);
    const [answer] = sent();
    expect(answer!.chat_id).toBe(42);
    expect(answer!.text).toContain("34.155 đ");
    expect(answer!.text).not.toContain("<b>");
    const buttons = answer!.reply_markup!.inline_keyboard.flat();
    const where = buttons.find((b) => b.callback_data === "intent:enroll.where");
    expect(where).toBeDefined();

    fake.reset();
    expect((await post(callbackUpdate(1002, 42, where!.callback_data))).status).toBe(200);
    expect(fake.callsOf("answerCallbackQuery")).toHaveLength(1);
    expect(sent()[0]!.text).toContain("Bưu điện");
  });

  it("refuses a request without the right secret: 401 and no reply", async () => {
    expect((await post(textUpdate(1003, 43, "chào"), "wrong")).status).toBe(401);
    expect((await post(textUpdate(1004, 43, "chào"), "")).status).toBe(401);
    expect(sent()).toHaveLength(0);
  });

  it("does not acknowledge an update whose reply could not be sent: 503, and the re-send is answered (review F5, F6)", async () => {
    // Telegram out of reach while the reply is sent: the reply cannot be sent now.
    fake.dropNext("sendMessage");
    const update = textUpdate(1101, 46, "hotline bhxh");
    expect((await post(update)).status).toBe(503);
    fake.reset();
    // Telegram sends it again: it was given back, not marked handled.
    expect((await post(update)).status).toBe(200);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]!.text).toContain("1900 9068");
    expect((await post(update)).status).toBe(200);
    expect(sent()).toHaveLength(1);
  });

  it("answers 503 while Redis is out of reach, so Telegram keeps the update and sends it again", async () => {
    const dead = new Redis("redis://127.0.0.1:1", {
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    const outage = await startTelegram({ ...telegramOptions(SECRET), dedupe: createRedisDedupe(dead) });
    const served = await serveWebhook(outage);
    try {
      expect((await postUpdate(served.url, textUpdate(1102, 47, "chào"))).status).toBe(503);
      expect(sent()).toHaveLength(0);
    } finally {
      await served.close();
      await outage.stop();
      dead.disconnect();
    }
    expect((await post(textUpdate(1102, 47, "chào"))).status).toBe(200);
    expect(sent()).toHaveLength(1);
  });

  it("handles a re-sent update once", async () => {
    const update = textUpdate(1005, 44, "chào bot");
    expect((await post(update)).status).toBe(200);
    expect((await post(update)).status).toBe(200);
    expect(sent()).toHaveLength(1);
  });

  it("waits out a 429 and delivers the reply once", async () => {
    fake.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1, 1);
    const started = Date.now();
    expect((await post(textUpdate(1006, 45, "sinh viên đóng bhyt bao nhiêu"))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.callsOf("sendMessage")).toHaveLength(2);
    expect(sent()[1]!.text).toContain("56.925 đ");
  });

  it("survives a failing Telegram API and keeps answering", async () => {
    fake.failNext("sendMessage", 500, "Internal Server Error", 1);
    expect((await post(textUpdate(1007, 46, "chào"))).status).toBe(200);
    expect((await post(textUpdate(1008, 46, "hotline bhxh là gì"))).status).toBe(200);
    expect(sent().at(-1)!.text).toContain("1900 9068");
  });

  it("fails an update at once when Telegram cannot be reached, with no retry that could hold the chat for an hour", async () => {
    fake.dropNext("sendMessage");
    // Not acknowledged: Telegram keeps the update and sends it again later (review F5).
    expect((await post(textUpdate(1020, 47, "chào"))).status).toBe(503);
    expect(fake.callsOf("sendMessage")).toHaveLength(1);
    expect((await post(textUpdate(1021, 47, "hotline bhxh là gì"))).status).toBe(200);
    expect(fake.callsOf("sendMessage")).toHaveLength(2);
    expect(sent().at(-1)!.text).toContain("1900 9068");
  });

  it("answers a forwarded question in a block that can be pasted back", async () => {
    const forwarded = textUpdate(1009, 47, "BHYT hộ gia đình đóng bao nhiêu?", {
      forward_origin: { type: "hidden_user", sender_user_name: "Bà Năm", date: 1_699_999_000 },
    });
    expect((await post(forwarded)).status).toBe(200);
    const [note, answer] = sent();
    expect(note!.text).toContain("chuyển tiếp");
    expect(answer!.text.startsWith("<blockquote expandable>")).toBe(true);
    expect(answer!.text).toContain("113.850 đ");
  });

  it("refuses malformed bodies with a clear 400", async () => {
    const bad = await post("{not json");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "body is not valid JSON" });
    const huge = await post(JSON.stringify(textUpdate(1012, 49, "x".repeat(2 * 1024 * 1024))));
    expect(huge.status).toBe(413);
    const noId = await post({ message: { text: "hi" } });
    expect(noId.status).toBe(400);
    expect(sent()).toHaveLength(0);
  });

  it("keeps the conversation in Redis across updates", async () => {
    await post(textUpdate(1010, 48, "/lang en"));
    fake.reset();
    await post(textUpdate(1011, 48, "bhyt hộ gia đình đóng bao nhiêu"));
    expect(sent()[0]!.text).toContain("113,850 VND");
    expect(await redis.get("bhyt:v1:{telegram:48}:session")).toContain('"locale":"en"');
  });
});

describe("Telegram while slow work runs", () => {
  it("shows “typing…” when the answer takes a while", async () => {
    fake.reset();
    const slow: Bot = {
      handle: async (message) => {
        await new Promise((resolve) => setTimeout(resolve, 80));
        return bot.handle(message);
      },
    };
    const channel = await startTelegram({ ...telegramOptions(SECRET), bot: slow, typingAfterMs: 20 });
    await channel.webhook!.handle(textUpdate(3001, 70, "chào"));
    expect(fake.callsOf("sendChatAction")[0]?.params).toMatchObject({ chat_id: 70, action: "typing" });
    expect(sent()).toHaveLength(1);
  });
});

describe("Telegram at start", () => {
  afterEach(() => fake.reset());

  it("stops the start with a clear message when Telegram refuses the token", async () => {
    await expect(
      startTelegram({ ...telegramOptions(SECRET), token: "999999:WRONG-token_abcdefghijklmnopqr" }),
    ).rejects.toThrow(/TELEGRAM_BOT_TOKEN: refused by Telegram \(404 Not Found\)/);
  });

  it("starts while Telegram cannot be reached, refuses webhooks with 503 until it answers, then serves", async () => {
    fake.dropNext("getMe", 3);
    const channel = await startTelegram({ ...telegramOptions(SECRET), reconnectMs: 200 });
    const { url, close } = await serveWebhook(channel);
    const early = await postUpdate(url, textUpdate(4001, 80, "chào"));
    expect(early.status).toBe(503);
    expect(await early.json()).toEqual({ error: "not connected to Telegram yet" });
    await fake.until((calls) => calls.some((c) => c.method === "setMyCommands"));
    expect(fake.callsOf("getMe")).toHaveLength(4);
    expect((await postUpdate(url, textUpdate(4001, 80, "hotline bhxh là gì"))).status).toBe(200);
    expect(sent().at(-1)).toMatchObject({ chat_id: 80, text: expect.stringContaining("1900 9068") });
    await channel.stop();
    await close();
  });

  it("does not wait for the command menu, and stops cleanly while Telegram is unreachable", async () => {
    fake.failNext("setMyCommands", 429, "Too Many Requests: retry after 5", 3, 5);
    const channel = await startTelegram(telegramOptions());
    // Started while the menu's first call still waits out its 429 (5 s) before trying again.
    expect(fake.callsOf("setMyCommands").length).toBeLessThanOrEqual(1);
    await fake.until((calls) => calls.some((c) => c.method === "getUpdates"));
    fake.dropNext("getUpdates", 10);
    await channel.stop(); // grammY's last getUpdates fails: the stop still ends, without throwing
  });

  it("stops trying when the server stops", async () => {
    fake.dropNext("getMe", 100);
    const channel = await startTelegram({ ...telegramOptions(), reconnectMs: 50 });
    await channel.stop();
    const tries = fake.callsOf("getMe").length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.callsOf("getMe")).toHaveLength(tries);
    expect(fake.callsOf("getUpdates")).toHaveLength(0);
  });
});

describe("Telegram in long-polling mode", () => {
  it("fetches updates with getUpdates and answers them", async () => {
    fake.reset();
    const channel = await startTelegram(telegramOptions());
    fake.push(textUpdate(2001, 50, "chào bot"));
    await fake.until((calls) => calls.some((c) => c.method === "sendMessage"));
    await channel.stop();
    expect(fake.callsOf("deleteWebhook").length).toBeGreaterThan(0);
    expect(sent()[0]!.chat_id).toBe(50);
  });
});

describe("sending long replies", () => {
  it("splits under 4,096 characters, in order, with the buttons under the last part", async () => {
    fake.reset();
    const api = new Api(TOKEN, { apiRoot: fake.apiRoot });
    const paragraph = `${"Đoạn văn dài về bảo hiểm y tế. ".repeat(40)}\n\n`;
    await sendReplies(
      api,
      60,
      [{ text: paragraph.repeat(8), buttons: [{ label: "Xem thêm", action: "more:x" }] }],
      "vi",
    );
    const parts = sent();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(4096);
    expect(parts.slice(0, -1).every((p) => !p.reply_markup)).toBe(true);
    expect(parts.at(-1)!.reply_markup!.inline_keyboard.flat()[0]!.callback_data).toBe("more:x");
  });
});
