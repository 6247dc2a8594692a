import { describe, expect, it } from "vitest";
import { terminalChatApp } from "../helpers/test-app.ts";

// Typed replies to the bot's own questions, as people type them where there are no buttons (Zalo, the terminal).
const { chat } = terminalChatApp(7);
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
