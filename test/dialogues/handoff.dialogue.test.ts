import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
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
// Set to make every note fail, as when staff are out of reach (a Zalo window closed).
let unreachable = false;
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
        if (unreachable) throw new Error("notification not delivered: Zalo window closed");
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

// Staff hear of new cases at most once a minute: each test starts as if the last note were over a minute ago.
const NOTICED = "bhyt:v1:{handoff}:noticed";
beforeEach(() => redis.del(NOTICED));

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

describe("the handoff desk under abuse (review F3)", () => {
  const desk = createRedisHandoffDesk(redis);

  it("gives an unidentified caller of the message API the hotline, not a case", async () => {
    sent.length = 0;
    const reply = (
      await bot.handle({ ref: { channel: "http", userId: "h1" }, text: "gặp cán bộ", receivedAt: new Date() })
    ).replies
      .map((r) => r.text)
      .join("\n");
    expect(reply).toContain("1900 9068");
    expect(await desk.activeFor({ channel: "http", userId: "h1" })).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it("tells staff once a minute, counts the cases in between, and never quotes a clickable link", async () => {
    sent.length = 0;
    await say("60", "cho gặp cán bộ: mở xacminh-bhxh.example.com/c?id=1 gấp");
    expect(sent.map((s) => s.text).join("\n")).not.toContain("xacminh-bhxh");
    expect(sent[0]!.text).toContain("[link]");
    sent.length = 0;
    await say("61", "cho gặp cán bộ");
    await say("62", "cho gặp cán bộ");
    expect(sent).toEqual([]);
    await redis.del(NOTICED);
    await say("63", "cho gặp cán bộ");
    expect(sent.map((s) => s.to).sort()).toEqual(["telegram:900", "telegram:901"]);
    expect(sent[0]!.text).toContain("còn 2 yêu cầu khác");
  });

  it("closes cases nobody took within two hours when anyone next asks, and tells their citizens", async () => {
    await desk.open({ channel: "telegram", userId: "70" }, Date.now() - 3 * 3600 * 1000);
    sent.length = 0;
    await say("71", "cho gặp cán bộ");
    expect(await desk.activeFor({ channel: "telegram", userId: "70" })).toBeUndefined();
    expect(sent).toContainEqual({ to: "telegram:70", text: expect.stringContaining("1900 9068") });
    expect((await say("900", "/cases")).includes("telegram:70")).toBe(false);
  });

  it("stops queueing at the cap of open cases and gives the hotline instead", async () => {
    const open = await redis.zcard("bhyt:v1:{handoff}:open");
    for (let i = open; i < 100; i++)
      await desk.open({ channel: "telegram", userId: `flood-${i}` }, Date.now());
    const reply = await say("80", "cho gặp cán bộ");
    expect(reply).toContain("rất nhiều người đang chờ");
    expect(await desk.activeFor({ channel: "telegram", userId: "80" })).toBeUndefined();
  });
});

describe("staff out of reach (review L7)", () => {
  // An empty queue (the flood test above filled it to its cap).
  beforeEach(() =>
    redis.del("bhyt:v1:{handoff}:case", "bhyt:v1:{handoff}:open", "bhyt:v1:{handoff}:by-user"),
  );

  it("gives the citizen the hotline when no staff member can be told, and keeps no case nobody sees", async () => {
    unreachable = true;
    try {
      const reply = await say("90", "cho gặp cán bộ");
      expect(reply).toContain("chưa có cán bộ trực");
      expect(reply).not.toContain("chuyển bạn cho cán bộ");
      expect(
        await createRedisHandoffDesk(redis).activeFor({ channel: "telegram", userId: "90" }),
      ).toBeUndefined();
    } finally {
      unreachable = false;
    }
  });

  it("tells the citizen when their message could not be passed to the officer", async () => {
    await say("91", "cho gặp cán bộ");
    const id = /#(\d+)/.exec(sent.at(-1)!.text)![1]!;
    await say("900", `/take ${id}`);
    unreachable = true;
    try {
      expect(await say("91", "chị ơi em hỏi thêm")).toContain("chưa chuyển được tin nhắn");
    } finally {
      unreachable = false;
      await say("900", `/close ${id}`);
    }
  });
});
