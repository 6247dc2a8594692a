import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createChannelDelivery } from "../../src/channels/reminder-delivery.ts";
import { startTelegram, TELEGRAM_SECRET_HEADER } from "../../src/channels/telegram/telegram-channel.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisDedupe } from "../../src/infra/redis-dedupe.ts";
import { createRedisReminderStore } from "../../src/infra/redis-reminder-store.ts";
import { createRedisSessionStore } from "../../src/infra/redis-session-store.ts";
import { createReminderWorker } from "../../src/reminders/reminder-worker.ts";
import { localTime } from "../../src/reminders/schedule-times.ts";
import { createServer } from "../../src/server/create-server.ts";
import { callbackUpdate, startFakeTelegram, textUpdate } from "../helpers/fake-telegram.ts";
import { realContent } from "../helpers/real-content.ts";
import { chatLines, createTestApp, fixedClock, testRedis } from "../helpers/test-app.ts";

const redis = testRedis(10);
const logger = createLogger("silent");
let bot: Bot;
let app: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  await redis.flushdb();
  app = await createTestApp(redis, fixedClock("2026-11-23T03:00:00Z"));
  bot = app.bot;
});
afterAll(() => redis.quit());

const chat = (lines: string[], userId: string) => chatLines(bot, lines, userId);

describe("renewal reminders in the terminal chat (stored in Redis)", () => {
  it("asks the expiry, confirms one schedule per member, lists them and cancels one or all", async () => {
    const out = await chat(
      ["nhắc tôi gia hạn thẻ bhyt", "bố 15/3/2027, mẹ 20/4/2027", "1", "/nhacnho"],
      "rem-1",
    );
    expect(out).toContain("Thẻ BHYT hết hạn ngày nào?");
    expect(out).toContain("Thẻ của bố: hết hạn 15/03/2027, nhắc 3 lần");
    expect(out).toContain("Thẻ của mẹ: hết hạn 20/04/2027, nhắc 3 lần");
    expect(out).toContain("Đã đặt 6 lời nhắc");
    expect(out).toContain("- Thẻ của bố: hết hạn 15/03/2027; nhắc ngày 13/02, 08/03, 14/03");
    const cancelOne = await chat(["/nhacnho", "1"], "rem-1");
    expect(cancelOne).toContain("Đã hủy 3 lời nhắc");
    const rest = await chat(["/nhacnho"], "rem-1");
    expect(rest).not.toContain("bố:");
    expect(rest).toContain("Thẻ của mẹ: hết hạn 20/04/2027");
    const all = await chat(["/nhacnho", "2"], "rem-1");
    expect(all).toContain("Đã hủy 3 lời nhắc");
    expect(await chat(["/nhacnho"], "rem-1")).toContain("chưa có lời nhắc");
  });

  it("refuses an impossible date, tells an expired card to renew, and asks again", async () => {
    const out = await chat(["nhắc tôi gia hạn thẻ, hết hạn 31/2/2027", "1/1/2020", "15/3/2027"], "rem-2");
    expect(out).toContain("“31/2/2027” không phải một ngày có thật");
    expect(out).toContain("Thẻ đã hết hạn ngày 01/01/2020");
    expect(out).toContain("Thẻ của bạn: hết hạn 15/03/2027");
  });
});

describe("caps on what one user can schedule (review F4)", () => {
  it("sets a card once however often it is sent, and at most 20 cards per user", async () => {
    const ref = { channel: "console" as const, userId: "rem-cap" };
    const book = createRedisReminderStore(redis);
    const names =
      "Lan Hoa Hùng Dũng Tuấn Huy Hải Long Phúc Quân Trang Linh Mai Cúc Đào Sơn Thành Bình Khoa Hiếu Nga Yến Vy Thảo Tâm";
    const cards = names
      .split(" ")
      .map((name, i) => `${name} ${i + 1}/5/2028`)
      .join(", ");
    // Dates in 2028: nothing here falls due when later tests run the worker.
    await chat(["nhắc tôi gia hạn thẻ bhyt", "bố 15/3/2028", "1"], "rem-cap");
    const again = await chat(["nhắc tôi gia hạn thẻ bhyt", "bố 15/3/2028", "1"], "rem-cap");
    expect(again).toContain("đã được đặt nhắc rồi");
    expect(new Set((await book.listFor(ref)).map((r) => r.entry.label)).size).toBe(1);
    // "bố" holds one of the 20 places already: 19 of the 25 new cards are set.
    const many = await chat(["nhắc tôi gia hạn thẻ bhyt", cards, "1"], "rem-cap");
    expect(many).toContain("tối đa 20 thẻ, nên 6 thẻ chưa được đặt");
    const held = await book.listFor(ref);
    expect(new Set(held.map((r) => `${r.entry.label} ${r.entry.expiry}`)).size).toBe(20);
  });
});

describe("forged reminder buttons (review L3)", () => {
  it("are refused without scheduling anything, and the user's list still shows", async () => {
    const ref = { channel: "console" as const, userId: "rem-forged" };
    for (const value of ["2027031.x", "abcdefgh.x", "99999999.zz", "20270231.x", "20990101.x"]) {
      const reply = await bot.handle({ ref, action: `rem:snooze=${value}`, receivedAt: new Date() });
      expect(reply.replies.map((r) => r.text).join("\n"), value).toContain("không còn dùng được");
    }
    expect(await createRedisReminderStore(redis).listFor(ref)).toEqual([]);
    expect(await chat(["/nhacnho"], "rem-forged")).toContain("chưa có lời nhắc");
  });
});

describe("a reminder a channel cannot send now", () => {
  it("waits for the user's next message and comes first in the reply", async () => {
    await chat(["nhắc tôi gia hạn thẻ bhyt hết hạn 15/3/2027", "1"], "rem-3");
    const content = await realContent();
    // The terminal cannot start a conversation, like Zalo outside its 7-day window: delivery is deferred.
    const worker = createReminderWorker({
      store: createRedisReminderStore(redis),
      delivery: createChannelDelivery({ content, translator: app.translator }),
      logger,
      now: () => localTime("2027-02-13", 8) + 60_000,
    });
    expect((await worker.tick()).later).toBe(1);
    const next = await chat(["chào"], "rem-3");
    expect(next.indexOf("⏰ Nhắc gia hạn")).toBe(0);
    expect(await chat(["chào"], "rem-3")).not.toContain("⏰");
  });

  it("stays waiting when taking it fails: the turn fails cleanly, nothing unhandled, nothing lost", async () => {
    await chat(["nhắc tôi gia hạn thẻ bhyt hết hạn 15/3/2027", "1"], "rem-4");
    const store = createRedisReminderStore(redis);
    const worker = createReminderWorker({
      store,
      delivery: createChannelDelivery({ content: await realContent(), translator: app.translator }),
      logger,
      now: () => localTime("2027-02-13", 8) + 60_000,
    });
    expect((await worker.tick()).later).toBe(1);
    const broken = await createApp({
      config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
      content: await realContent(),
      sessions: createRedisSessionStore(redis),
      reminders: { ...store, takePending: () => Promise.reject(new Error("Redis went away")) },
    });
    const ref = { channel: "console" as const, userId: "rem-4" };
    await expect(broken.bot.handle({ ref, text: "/nhacnho", receivedAt: new Date() })).rejects.toThrow(
      "Redis went away",
    );
    // The deferred reminder is still there for the next message.
    expect((await chat(["chào"], "rem-4")).indexOf("⏰ Nhắc gia hạn")).toBe(0);
  });
});

describe("a reminder delivered on Telegram, and its buttons", () => {
  it("sends the due reminder with the amount and renewal steps; “I renewed” moves it to next year", async () => {
    const token = "222222:REMIND-token_abcdefghijklmnopq";
    const fake = await startFakeTelegram(token);
    const channel = await startTelegram({
      token,
      apiRoot: fake.apiRoot,
      webhookSecret: "s3cret",
      bot,
      dedupe: createRedisDedupe(redis),
      translator: app.translator,
      logger,
    });
    const server = serve({
      fetch: createServer({ bot, webhooks: [channel.webhook!], ready: async () => true, logger }).fetch,
      port: 0,
      hostname: "127.0.0.1",
    });
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/webhook`;
    const post = (update: unknown) =>
      fetch(url, {
        method: "POST",
        headers: { [TELEGRAM_SECRET_HEADER]: "s3cret", "content-type": "application/json" },
        body: JSON.stringify(update),
      });
    try {
      await post(textUpdate(501, 77, "nhắc tôi gia hạn thẻ bhyt hộ gia đình 4 người, hết hạn 15/3/2027"));
      await post(callbackUpdate(502, 77, "rem:confirm=yes"));
      expect(fake.callsOf("sendMessage").at(-1)?.params.text).toContain("Đã đặt 3 lời nhắc");

      fake.reset();
      const content = await realContent();
      const worker = createReminderWorker({
        store: createRedisReminderStore(redis),
        delivery: createChannelDelivery({ content, translator: app.translator, telegram: channel.api }),
        logger,
        now: () => localTime("2027-02-13", 8) + 60_000,
      });
      expect((await worker.tick()).sent).toBe(1);
      const reminder = fake.callsOf("sendMessage")[0]!.params as {
        chat_id: number;
        text: string;
        reply_markup: { inline_keyboard: { callback_data: string }[][] };
      };
      expect(String(reminder.chat_id)).toBe("77");
      expect(reminder.text).toContain("hết hạn ngày 15/03/2027");
      expect(reminder.text).toContain(
        `${new Intl.NumberFormat("vi-VN").format((113_850 + 79_695 + 68_310 + 56_925) * 12)} đ cho 4 người`,
      );
      expect(reminder.text).toContain("OTP");
      const renewed = reminder.reply_markup.inline_keyboard
        .flat()
        .find((b) => b.callback_data.startsWith("rem:renewed="))!;

      fake.reset();
      await post(callbackUpdate(503, 77, renewed.callback_data));
      expect(fake.callsOf("sendMessage")[0]?.params.text).toContain("15/03/2028");
      const list = await createRedisReminderStore(redis).listFor({ channel: "telegram", userId: "77" });
      expect(list.map((r) => r.entry.expiry)).toEqual(["2028-03-15", "2028-03-15", "2028-03-15"]);
      expect(list.every((r) => r.entry.members === 4)).toBe(true);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    }
  });
});

describe("fair delivery (review F4)", () => {
  it("sends one user's backlog a chat at a time without holding up anyone else's reminder", async () => {
    const token = "333333:FAIR-token_abcdefghijklmnopqrs";
    const fake = await startFakeTelegram(token);
    try {
      const store = createRedisReminderStore(redis);
      const due = localTime("2027-02-13", 8);
      const entry = (userId: string, label: string) => ({
        entry: {
          ref: { channel: "telegram" as const, userId },
          label,
          expiry: "2027-03-15",
          daysBefore: 30,
          locale: "vi" as const,
          attempts: 0,
          members: 0,
        },
        at: due,
      });
      const names = ["Lan", "Hoa", "Hùng", "Dũng", "Tuấn", "Huy", "Hải", "Long", "Phúc", "Quân"];
      await store.schedule(
        { channel: "telegram", userId: "9001" },
        names.map((n) => entry("9001", n)),
      );
      await store.schedule({ channel: "telegram", userId: "9002" }, [entry("9002", "bố")]);
      const content = await realContent();
      const worker = createReminderWorker({
        store,
        delivery: createChannelDelivery({
          content,
          translator: app.translator,
          telegram: new Api(token, { apiRoot: fake.apiRoot }),
        }),
        logger,
        now: () => due + 60_000,
      });
      const first = await worker.tick();
      const chats = fake.callsOf("sendMessage").map((c) => String((c.params as { chat_id: number }).chat_id));
      // In one pass: the other user's reminder and one of the backlog; the rest wait for the chat to be free.
      expect(chats.sort()).toEqual(["9001", "9002"]);
      expect(first).toMatchObject({ sent: 2, later: 9 });
    } finally {
      await fake.close();
    }
  });
});
