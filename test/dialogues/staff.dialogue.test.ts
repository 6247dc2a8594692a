import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civilDate } from "../../src/core/clock.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisStaffDesk } from "../../src/infra/redis-staff-desk.ts";
import { unansweredKey } from "../../src/infra/unanswered-key.ts";
import { createServer } from "../../src/server/create-server.ts";
import { chatLines, createTestApp, testRedis } from "../helpers/test-app.ts";

const redis = testRedis(12);
const roles = { admins: ["console:boss"], staff: ["console:helper"] };
const desk = createRedisStaffDesk(redis, roles);
let bot: Bot;

beforeAll(async () => {
  await redis.flushdb();
  ({ bot } = await createTestApp(redis, undefined, roles));
});
afterAll(() => redis.quit());

const chat = (lines: string[], userId: string) => chatLines(bot, lines, userId);

describe("roles", () => {
  it("gives a citizen trying an admin command the ordinary help, and changes nothing", async () => {
    const out = await chat(["/staff add telegram:555"], "citizen-1");
    expect(out).toContain("Bạn có thể hỏi mình về");
    expect(await desk.listStaff()).toEqual(["console:helper"]);
  });

  it("lets an admin add and remove staff, kept in Redis", async () => {
    expect(await chat(["/staff add telegram:555"], "boss")).toContain("Đã thêm cán bộ telegram:555");
    expect(await desk.roleOf({ channel: "telegram", userId: "555" })).toBe("staff");
    expect(await chat(["/staff"], "boss")).toContain("console:helper, telegram:555");
    expect(await chat(["/staff remove telegram:555"], "boss")).toContain("Đã bỏ cán bộ telegram:555");
    expect(await desk.roleOf({ channel: "telegram", userId: "555" })).toBe("citizen");
    expect(await chat(["/staff add nonsense"], "boss")).toContain("kênh:mã");
  });

  it("never gives a role to a caller no platform identifies (review F2)", async () => {
    // The message API takes any userId: an http: principal is a citizen whatever the settings say.
    const trusting = createRedisStaffDesk(redis, { admins: ["http:ops"], staff: ["http:helpdesk"] });
    expect(await trusting.roleOf({ channel: "http", userId: "ops" })).toBe("citizen");
    expect(await trusting.roleOf({ channel: "http", userId: "helpdesk" })).toBe("citizen");
    await redis.sadd("bhyt:v1:{staff}:added", "http:helpdesk");
    expect(await desk.roleOf({ channel: "http", userId: "helpdesk" })).toBe("citizen");
    await redis.srem("bhyt:v1:{staff}:added", "http:helpdesk");
    // Staff added from a chat must be people a platform vouches for and can notify.
    for (const principal of ["http:helpdesk", "console:someone"]) {
      expect(await chat([`/staff add ${principal}`], "boss")).toContain("kênh:mã");
      expect(await desk.listStaff()).not.toContain(principal);
    }
  });
});

describe("assisted answers for outreach staff", () => {
  it("answers a pasted citizen question as plain text to paste back, and logs only the topic", async () => {
    const out = await chat(["/hoi Bà Năm ở xã Hợp Thành hỏi: hộ cận nghèo đóng bhyt bao nhiêu?"], "helper");
    expect(out).toContain("34.155 đ");
    expect(out).toContain("Căn cứ:");
    expect(out).toContain("Tính cho hộ này");
    const [logged] = await redis.lrange("bhyt:v1:{staff}:cases", 0, 0);
    expect(JSON.parse(logged!)).toEqual({
      day: civilDate(new Date()),
      staff: "console:helper",
      intent: "contribution.near_poor",
      commune: "Hợp Thành",
    });
    expect(logged).not.toContain("Bà Năm");
  });

  it("computes a pasted question with the citizen's own figures, not the FAQ's example household", async () => {
    const out = await chat(["/hoi Chị Lan hỏi: nhà chị 4 người đóng bhyt 1 năm hết bao nhiêu?"], "helper");
    expect(out).toContain("hộ gia đình: 4 người");
    expect(out).toContain("3.825.360 đ");
    expect(out).toContain("Căn cứ:");
    expect(out).not.toContain("4.371.840");
  });

  it("treats /hoi from a citizen as an unknown command", async () => {
    expect(await chat(["/hoi hộ cận nghèo đóng bao nhiêu"], "citizen-2")).toContain("Bạn có thể hỏi mình về");
  });
});

describe("stats and unanswered questions", () => {
  it("counts messages per day and keeps what the bot could not answer, redacted and grouped", async () => {
    await chat(
      ["thời tiết hà nội mai thế nào, sđt tôi 0912345678", "thoi tiet ha noi mai the nao"],
      "citizen-3",
    );
    const today = civilDate(new Date());
    // The bot's own desk writes its counts about once a second; this one reads them as another instance would.
    let stats = (await desk.stats([today]))[today]!;
    for (let i = 0; i < 30 && (stats.fallback ?? 0) < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      stats = (await desk.stats([today]))[today]!;
    }
    expect(stats.messages).toBeGreaterThanOrEqual(2);
    expect(stats.fallback).toBeGreaterThanOrEqual(2);
    const [top] = await desk.topUnanswered(1);
    expect(top!.count).toBeGreaterThanOrEqual(1);
    const all = await desk.topUnanswered(10);
    expect(all.some((g) => g.key === unansweredKey("thời tiết hà nội mai thế nào, sđt tôi 0912345678"))).toBe(
      true,
    );
    expect(JSON.stringify(all)).not.toContain("0912345678");
    expect(await chat(["/stats"], "boss")).toMatch(/tin nhắn/);
  });

  it("serves stats, unanswered questions and the staff list on the admin API, for the bearer token only", async () => {
    const token = "admin-token-0123456789";
    const app = createServer({
      bot,
      webhooks: [],
      ready: async () => true,
      logger: createLogger("silent"),
      admin: { token, desk },
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = (path: string, bearer?: string) =>
      fetch(`${base}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    try {
      expect((await get("/admin/stats")).status).toBe(401);
      expect((await get("/admin/stats", "wrong-token-000000000")).status).toBe(401);
      const stats = (await (await get("/admin/stats?days=2", token)).json()) as {
        days: Record<string, { messages?: number }>;
      };
      expect(Object.keys(stats.days)).toHaveLength(2);
      const unanswered = (await (await get("/admin/unanswered?limit=5", token)).json()) as {
        groups: { key: string }[];
      };
      expect(unanswered.groups.length).toBeGreaterThan(0);
      const add = await fetch(`${base}/admin/staff`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ principal: "zalo:8839201" }),
      });
      expect(await add.json()).toEqual({ added: true });
      expect(((await (await get("/admin/staff", token)).json()) as { staff: string[] }).staff).toContain(
        "zalo:8839201",
      );
      const bad = await fetch(`${base}/admin/staff`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ principal: "nope" }),
      });
      expect(bad.status).toBe(400);
      const unidentified = await fetch(`${base}/admin/staff`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ principal: "http:helpdesk" }),
      });
      expect(unidentified.status).toBe(400);
      expect(JSON.stringify(await unidentified.json())).toContain("cannot be staff or admin");
      // Guessing is slowed: 10 wrong tokens in a minute, and the address is refused until the minute ends (L2).
      // (Not in a minute's last seconds, so the guesses all count in one.)
      if (Date.now() % 60_000 > 57_000)
        await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000)));
      for (let i = 0; i < 10; i++) await get("/admin/stats", `guess-${i}-000000000000000`);
      expect((await get("/admin/stats", token)).status).toBe(429);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("day counters", () => {
  it("are added up in memory and written about once a second, and every instance's counts add together", async () => {
    const day = "2031-01-02";
    const key = `bhyt:v1:{stats}:${day}`;
    const a = createRedisStaffDesk(redis, roles);
    const b = createRedisStaffDesk(testRedis(12), roles);
    for (let i = 0; i < 3; i++) await a.count(day, ["messages", "intent:contact.hotline"]);
    await b.count(day, ["messages"]);
    await b.count(day, ["messages"]);
    expect(await redis.hgetall(key)).toEqual({}); // nothing written per message
    expect((await a.stats([day]))[day]).toEqual({ messages: 3, "intent:contact.hotline": 3 }); // reading writes
    await new Promise((resolve) => setTimeout(resolve, 1300)); // B writes on its own within a second
    expect(await redis.hgetall(key)).toEqual({ messages: "5", "intent:contact.hotline": "3" });
    expect(await redis.ttl(key)).toBeGreaterThan(0);
  });
});
