import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createRedisRateLimit } from "../../src/infra/redis-rate-limit.ts";
import { createRedisReminderStore } from "../../src/infra/redis-reminder-store.ts";
import { createRedisSessionStore } from "../../src/infra/redis-session-store.ts";
import { createRedisStaffDesk } from "../../src/infra/redis-staff-desk.ts";
import { unansweredKey } from "../../src/infra/unanswered-key.ts";
import { REPO_ROOT } from "../helpers/content-sandbox.ts";
import { realContent } from "../helpers/real-content.ts";
import { createTestApp, testRedis } from "../helpers/test-app.ts";

const redis = testRedis(15);
let bot: Bot;
beforeAll(async () => {
  await redis.flushdb();
  ({ bot } = await createTestApp(redis));
});
afterAll(() => redis.quit());

const send = async (userId: string, input: { text?: string; action?: string }) =>
  bot.handle({ ref: { channel: "telegram", userId }, ...input, receivedAt: new Date() });
const say = async (userId: string, text: string) =>
  (await send(userId, { text })).replies.map((r) => r.text).join("\n");

describe("privacy", () => {
  it("puts the privacy notice one tap from the help", async () => {
    const help = await send("p1", { text: "/help" });
    const button = help.replies.flatMap((r) => r.buttons).find((b) => b.action === "privacy:show");
    expect(button?.label).toContain("Quyền riêng tư");
    const notice = (await send("p1", { action: "privacy:show" })).replies[0]!.text;
    expect(notice).toContain("/xoadulieu");
    expect(notice).toContain("không lưu số căn cước");
  });

  it("/xoadulieu asks once, then deletes the conversation state, reminders and recorded questions", async () => {
    await say("p2", "nhắc tôi gia hạn thẻ bhyt hết hạn 15/3/2027");
    await send("p2", { action: "rem:confirm=yes" });
    await say("p2", "qwerty zxcvb asdfg");
    await redis.set("bhyt:v1:{telegram:p2}:seen", String(Date.now()));
    const store = createRedisReminderStore(redis);
    expect((await store.listFor({ channel: "telegram", userId: "p2" })).length).toBe(3);
    const desk = createRedisStaffDesk(redis, { admins: [], staff: [] });
    expect((await desk.topUnanswered(50)).some((g) => g.key === unansweredKey("qwerty zxcvb asdfg"))).toBe(
      true,
    );

    expect(await say("p2", "/xoadulieu")).toContain("không hoàn tác được");
    expect((await send("p2", { action: "privacy:forget" })).replies[0]!.text).toContain("Đã xóa dữ liệu");
    expect(await redis.get("bhyt:v1:{telegram:p2}:session")).toBeNull();
    // Nothing else of theirs stays under their key either: when they last wrote, their message counts (L1).
    expect(await redis.keys("bhyt:v1:{telegram:p2}:*")).toEqual([]);
    expect(await store.listFor({ channel: "telegram", userId: "p2" })).toEqual([]);
    expect((await desk.topUnanswered(50)).some((g) => g.key === unansweredKey("qwerty zxcvb asdfg"))).toBe(
      false,
    );
  });

  it("forgets every time a user asked, and their wording where others asked the same", async () => {
    const desk = createRedisStaffDesk(redis, { admins: [], staff: [] });
    const x = { channel: "zalo" as const, userId: "asker-x" };
    const y = { channel: "zalo" as const, userId: "asker-y" };
    await desk.recordUnanswered("câu hỏi lạ chỉ x hỏi", x);
    await desk.recordUnanswered("câu hỏi lạ chỉ x hỏi!!", x); // the same group, twice
    await desk.recordUnanswered("Câu hỏi chung của cả hai?", y);
    await desk.recordUnanswered("câu hỏi chung của cả hai!!!", x); // the same group; X's wording is the latest
    await desk.forgetUser(x);
    const groups = await desk.topUnanswered(50);
    expect(groups.some((g) => g.key === unansweredKey("cau hoi la chi x hoi"))).toBe(false);
    const shared = groups.find((g) => g.key === unansweredKey("cau hoi chung cua ca hai"));
    expect(shared?.count).toBe(1);
    expect(shared?.example).not.toBe("câu hỏi chung của cả hai!!!");
  });

  it("keeps an unanswered question at most 180 days after it was last asked, wording included", async () => {
    const desk = createRedisStaffDesk(redis, { admins: [], staff: [] });
    const ref = { channel: "zalo" as const, userId: "old-asker" };
    await desk.recordUnanswered("hoi cau cu tu nam ngoai", ref);
    await desk.recordUnanswered("hoi cau moi hom nay", ref);
    const day = 24 * 3600 * 1000;
    await redis.zadd(
      "bhyt:v1:{unanswered}:seen",
      Date.now() - 181 * day,
      unansweredKey("hoi cau cu tu nam ngoai"),
    );
    await redis.zadd(
      "bhyt:v1:{unanswered}:seen",
      Date.now() - 179 * day,
      unansweredKey("hoi cau moi hom nay"),
    );
    await desk.recordUnanswered("mot cau khac nua", ref); // any new record applies the limits
    const keys = (await desk.topUnanswered(50)).map((g) => g.key);
    expect(keys).not.toContain(unansweredKey("hoi cau cu tu nam ngoai"));
    expect(keys).toContain(unansweredKey("hoi cau moi hom nay"));
    expect(
      await redis.hget("bhyt:v1:{unanswered}:example", unansweredKey("hoi cau cu tu nam ngoai")),
    ).toBeNull();
  });
});

describe("the unanswered log when full", () => {
  it("keeps a new question once 5,000 groups are held, dropping one of the least asked instead", async () => {
    const desk = createRedisStaffDesk(redis, { admins: [], staff: [] });
    await redis.del(...["groups", "example", "example-by", "seen"].map((k) => `bhyt:v1:{unanswered}:${k}`));
    const now = Date.now();
    const fill = redis.pipeline();
    for (let i = 0; i < 5000; i++) {
      fill.zadd("bhyt:v1:{unanswered}:groups", 1, `held ${i}`);
      fill.zadd("bhyt:v1:{unanswered}:seen", now, `held ${i}`);
    }
    await fill.exec();
    // Its words sort before every group held, as many as they were asked: the first a plain drop would take.
    await desk.recordUnanswered("bhyt có trả tiền tiêm phòng dại không", {
      channel: "zalo",
      userId: "late-1",
    });
    const keys = (await desk.topUnanswered(5000)).map((g) => g.key);
    expect(keys).toContain(unansweredKey("bhyt có trả tiền tiêm phòng dại không"));
    expect(keys).toHaveLength(5000);
    await redis.del(...["groups", "example", "example-by", "seen"].map((k) => `bhyt:v1:{unanswered}:${k}`));
  });
});

describe("the unanswered log under a flood (review F12)", () => {
  it("keeps the real questions: no unidentified callers, 30 questions per user, 600 records a minute in all", async () => {
    const desk = createRedisStaffDesk(redis, { admins: [], staff: [] });
    await desk.recordUnanswered("the cua me toi bi mat chu roi lam sao", {
      channel: "zalo",
      userId: "real-1",
    });
    for (let i = 0; i < 50; i++)
      await desk.recordUnanswered(`qqzx vvbn ${"x".repeat(i + 1)} zz`, {
        channel: "http",
        userId: `junk-${i}`,
      });
    const flooder = { channel: "telegram" as const, userId: "flooder" };
    for (let i = 0; i < 50; i++) await desk.recordUnanswered(`rac ${"y".repeat(i + 1)} rac`, flooder);
    const keys = (await desk.topUnanswered(5000)).map((g) => g.key);
    expect(keys).toContain(unansweredKey("the cua me toi bi mat chu roi lam sao"));
    expect(keys.filter((k) => k.startsWith("qqzx"))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("rac "))).toHaveLength(30);
    // Past the minute's quota nothing more is written, whoever writes.
    // (This minute and the next, so the test cannot straddle two.)
    const now = Math.floor(Date.now() / 60_000);
    const minutes = [now, now + 1].map((m) => `bhyt:v1:{unanswered}:rate:${m}`);
    for (const minute of minutes) await redis.set(minute, 600, "EX", 120);
    await desk.recordUnanswered("mot cau that nhung qua muon", { channel: "zalo", userId: "real-2" });
    expect((await desk.topUnanswered(5000)).map((g) => g.key)).not.toContain(
      unansweredKey("mot cau that nhung qua muon"),
    );
    await redis.del(...minutes);
  });
});

describe("rate limit", () => {
  it("tells the 31st message of a minute to slow down, leaves the rest unanswered, and never limits staff", async () => {
    // The limit counts per clock minute: start early in one, so the test never straddles two.
    if (Date.now() % 60_000 > 45_000) await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000)));
    const content = await realContent();
    const limited = (
      await createApp({
        config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
        content,
        sessions: createRedisSessionStore(redis),
        staffDesk: createRedisStaffDesk(redis, { admins: [], staff: ["zalo:busy-staff"] }),
        rateLimit: createRedisRateLimit(redis, 30),
      })
    ).bot;
    const ask = async (userId: string) =>
      (
        await limited.handle({ ref: { channel: "zalo", userId }, text: "chào", receivedAt: new Date() })
      ).replies
        .map((r) => r.text)
        .join("\n");
    for (let i = 0; i < 30; i++) expect(await ask("fast")).not.toContain("nhanh quá");
    expect(await ask("fast")).toContain("Bạn gửi nhanh quá");
    expect(await ask("fast")).toBe(""); // a flood does not get a flood of answers
    expect(await ask("calm")).not.toContain("nhanh quá");
    for (let i = 0; i < 31; i++) await ask("busy-staff");
    expect(await ask("busy-staff")).not.toBe("");
  }, 30_000);
});

describe("logs", () => {
  it("redact personal numbers and bot tokens inside logged objects as well as messages", () => {
    const script = [
      'import { createLogger } from "./src/infra/logger.ts";',
      "const logger = createLogger('info');",
      "logger.info({ text: 'số tôi 0912345678', nested: { id: '079203001234' } }, 'cccd 079203001234');",
      "logger.error({ err: new Error('bad card HN4010120123456') }, 'failed');",
      "logger.warn({ a: { b: { c: { d: { e: { f: { g: { h: 'sđt 0987654321' } } } } } } } }, 'deep');",
      "logger.info({ at: new Date(0) }, 'dated');",
      "logger.error({ err: new Error('GET https://api.telegram.org/bot123456:TEST-token_abcdefghijklmnopqrstu/getMe') }, 'api');",
      "logger.flush();",
    ].join("\n");
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(result.stderr).toContain("[redacted]");
    expect(result.stderr).not.toContain("0912345678");
    expect(result.stderr).not.toContain("079203001234");
    expect(result.stderr).toContain("bad card"); // an error's message is kept, its numbers are not
    expect(result.stderr).not.toContain("4010120123456");
    expect(result.stderr).not.toContain("0987654321");
    expect(result.stderr).toContain('"at":"1970-01-01T00:00:00.000Z"');
    expect(result.stderr).toContain("/bot[secret]/getMe"); // a bot token inside a URL in an error
    expect(result.stderr).not.toContain("TEST-token");
  });
});
