import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { chatLines, createTestApp, fixedClock, testRedis } from "../helpers/test-app.ts";

// Typed replies to the bot's own questions, as people type them where there are no buttons (Zalo, the terminal).
const redis = testRedis(7);
let bot: Bot;

beforeAll(async () => {
  await redis.flushdb();
  ({ bot } = await createTestApp(redis, fixedClock("2026-11-23T03:00:00Z")));
});
afterAll(() => redis.quit());

const chat = (lines: string[], userId: string, locale?: "vi" | "en") => chatLines(bot, lines, userId, locale);
const ASK_REMINDER = "nhắc tôi gia hạn thẻ bhyt, thẻ hết hạn ngày 20/5/2027";

describe("typed replies to the bot's own question (sessions and reminders in Redis)", () => {
  it.each(["ok", "có", "Có ạ", "dạ được", "oke nhé", "đồng ý", "yes", "dat nhac"])(
    'a typed "%s" confirms a reminder, which is then really stored',
    async (reply) => {
      const user = `typed-yes-${reply}`;
      const out = await chat([ASK_REMINDER, reply], user);
      expect(out).toContain("Đã đặt 3 lời nhắc");
      expect(out).not.toContain("Không có gì");
      expect(await chat(["/nhacnho"], user)).toContain("20/05/2027");
    },
  );

  it.each(["không", "ko", "thôi khỏi", "no"])(
    'a typed "%s" declines, and no reminder is stored',
    async (reply) => {
      const user = `typed-no-${reply}`;
      const out = await chat([ASK_REMINDER, reply], user);
      expect(out).not.toContain("Đã đặt");
      expect(await chat(["/nhacnho"], user)).not.toContain("20/05/2027");
    },
  );

  it('deletes what the bot keeps after /xoadulieu and a typed "có"', async () => {
    const user = "typed-forget";
    await chat([ASK_REMINDER, "ok"], user);
    const out = await chat(["/xoadulieu", "có"], user);
    expect(out).toMatch(/đã xóa/i);
    expect(await chat(["/nhacnho"], user)).not.toContain("20/05/2027");
  });

  it("says which numbers it offered when a typed number is not one of them, and keeps the choices", async () => {
    const out = await chat(["/xoadulieu", "7", "1"], "typed-range");
    expect(out).toContain("Chỉ có các lựa chọn từ 1 đến 2");
    expect(out).toMatch(/đã xóa/i);
  });
});
