import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { ConversationRef } from "../../src/core/types.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { renderReplies } from "../../src/i18n/render.ts";
import { createRedisHandoffDesk } from "../../src/infra/redis-handoff-desk.ts";
import { createRedisSessionStore } from "../../src/infra/redis-session-store.ts";
import { createRedisStaffDesk } from "../../src/infra/redis-staff-desk.ts";
import { realContent } from "../helpers/real-content.ts";
import { testRedis } from "../helpers/test-app.ts";

const redis = testRedis(13);
const sent: { to: string; text: string }[] = [];
let bot: Bot;
let render: (reply: Reply) => string;

beforeAll(async () => {
  await redis.flushdb();
  const content = await realContent();
  const app = await createApp({
    config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
    content,
    sessions: createRedisSessionStore(redis),
    staffDesk: createRedisStaffDesk(redis, { admins: [], staff: ["telegram:900", "telegram:901"] }),
    handoff: createRedisHandoffDesk(redis),
    notifier: {
      async notify(to: ConversationRef, reply: Reply) {
        sent.push({ to: `${to.channel}:${to.userId}`, text: render(reply) });
      },
    },
  });
  bot = app.bot;
  render = (reply) => renderReplies([reply], app.translator("vi"), "vi")[0]!.text;
});
afterAll(() => redis.quit());

const say = async (userId: string, text: string) =>
  (await bot.handle({ ref: { channel: "telegram", userId }, text, receivedAt: new Date() })).replies
    .map((r) => r.text)
    .join("\n");

describe("human handoff", () => {
  it("queues a citizen who asks for a person, tells the staff, and lets one of them take and answer", async () => {
    const queued = await say("42", "tôi muốn gặp cán bộ tư vấn trực tiếp");
    expect(queued).toContain("chuyển bạn cho cán bộ");
    expect(sent.map((s) => s.to).sort()).toEqual(["telegram:900", "telegram:901"]);
    const id = /#(\d+)/.exec(sent[0]!.text)![1]!;

    expect(await say("900", "/cases")).toContain(`#${id} telegram:42`);
    sent.length = 0;
    expect(await say("900", `/take ${id}`)).toContain(`Bạn đã nhận #${id}`);
    expect(sent).toEqual([{ to: "telegram:42", text: expect.stringContaining("Một cán bộ đã nhận") }]);
    expect(await say("901", `/take ${id}`)).toContain("đã có cán bộ nhận");

    // While a person has the chat the bot is silent and passes the citizen's words on.
    sent.length = 0;
    expect(await say("42", "hộ cận nghèo đóng bao nhiêu")).toBe("");
    expect(sent).toEqual([
      { to: "telegram:900", text: expect.stringContaining("hộ cận nghèo đóng bao nhiêu") },
    ]);

    sent.length = 0;
    expect(await say("900", `/reply ${id} Chào chị, người cận nghèo đóng 30%.`)).toContain(
      `Đã gửi cho #${id}`,
    );
    expect(sent).toEqual([{ to: "telegram:42", text: "👤 Cán bộ: Chào chị, người cận nghèo đóng 30%." }]);

    expect(await say("900", `/close ${id}`)).toContain(`Đã kết thúc #${id}`);
    expect(await say("42", "hộ cận nghèo đóng bao nhiêu")).toContain("34.155 đ");
  });

  it("queues a citizen the bot failed to understand twice", async () => {
    sent.length = 0;
    await say("43", "asdf qwer zxcv");
    const second = await say("43", "lkjh poiu mnbv");
    expect(second).toContain("chuyển bạn cho cán bộ");
    expect(sent.length).toBe(2);
  });

  it("gives the chat back to the bot when the citizen types /bot", async () => {
    await say("44", "cho tôi nói chuyện với người thật");
    const id = /#(\d+)/.exec(sent.at(-1)!.text)![1]!;
    await say("900", `/take ${id}`);
    expect(await say("44", "/bot")).toContain("trò chuyện lại với trợ lý tự động");
    expect(await say("44", "hotline bhxh")).toContain("1900 9068");
  });

  it("refuses staff commands from citizens, neutrally", async () => {
    expect(await say("45", "/cases")).toContain("Bạn có thể hỏi mình về");
    expect(await say("45", "/take 1")).toContain("Bạn có thể hỏi mình về");
  });
});
