import { spawnSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisStaffDesk } from "../../src/infra/redis-staff-desk.ts";
import { unansweredKey } from "../../src/infra/unanswered-key.ts";
import { createServer } from "../../src/server/create-server.ts";
import { editableApp, testRedis } from "../helpers/test-app.ts";

const TOKEN = "content-admin-token-123";
const redisA = testRedis(14);
const redisB = testRedis(14);
const desk = createRedisStaffDesk(redisA, { admins: ["telegram:boss"], staff: [] });
let botA: Bot;
let botB: Bot;
let base: string;
let stop: () => Promise<void>;

async function instance(redis: typeof redisA) {
  const { app, versions, editor } = await editableApp(redis, { staffDesk: desk });
  const unlisten = await versions.listen((v) => void editor?.follow(v));
  return { app, versions, editor, unlisten };
}

beforeAll(async () => {
  await redisA.flushdb();
  const a = await instance(redisA);
  const b = await instance(redisB);
  botA = a.app.bot;
  botB = b.app.bot;
  const server = serve({
    fetch: createServer({
      bot: botA,
      webhooks: [],
      ready: async () => true,
      logger: createLogger("silent"),
      admin: { token: TOKEN, desk, editor: a.editor, versions: a.versions },
    }).fetch,
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = async () => {
    await a.unlisten();
    await b.unlisten();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
});
afterAll(async () => {
  await stop();
  await redisA.quit();
  await redisB.quit();
});

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
// Everyone writes from Telegram: callers of the message API are not identified, so they hold no role (review F2)
// and their unanswered questions are not logged (F12).
const ask = async (bot: Bot, text: string, user = "reader") =>
  (await bot.handle({ ref: { channel: "telegram", userId: user }, text, receivedAt: new Date() })).replies
    .map((r) => r.text)
    .join("\n");
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error("condition not reached");
}

describe("editing the FAQ without a redeploy", () => {
  it("changes an answer at once, on every instance, as a new version with its author", async () => {
    const edit = await call("PUT", "/admin/content/answers/contact.hotline/vi", {
      title: "Tổng đài, liên hệ BHXH",
      body: "Gọi tổng đài {{hotline}} (đã cập nhật).",
      author: "chi.lan",
    });
    expect(await edit.json()).toEqual({ version: 1 });
    expect(await ask(botA, "số tổng đài bhxh là gì")).toContain("(đã cập nhật)");
    await eventually(async () => (await ask(botB, "số tổng đài bhxh là gì")).includes("(đã cập nhật)"));
    const versions = (await (await call("GET", "/admin/content/versions")).json()) as {
      current: number;
      versions: { author: string }[];
    };
    expect(versions.current).toBe(1);
    expect(versions.versions[0]!.author).toBe("chi.lan");
    // The terminal commands use the version in force too (a clerk checks an edit with `bhyt ask`).
    const asked = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "ask", "số tổng đài bhxh là gì"],
      {
        encoding: "utf8",
        env: { ...process.env, REDIS_URL: `${inject("redisUrl")}/14`, LOG_LEVEL: "" },
        timeout: 30_000,
      },
    );
    expect(asked.stdout).toContain("(đã cập nhật)");
  }, 40_000);

  it("refuses a broken edit with the reason and keeps serving the version in force", async () => {
    const broken = await call("PUT", "/admin/content/answers/contact.hotline/vi", {
      title: "Tổng đài",
      body: "Gọi {{so_tong_dai}}.",
    });
    expect(broken.status).toBe(422);
    const reason = (await broken.json()) as { issues: string[] };
    expect(reason.issues.join("\n")).toContain("so_tong_dai");
    expect(await ask(botA, "số tổng đài bhxh là gì")).toContain("(đã cập nhật)");
    expect(
      (await call("PUT", "/admin/content/answers/contact.hotline/xx", { title: "a", body: "b" })).status,
    ).toBe(400);
  });

  it("refuses links off the allowlist in every form a chat app makes clickable, translator syntax and oversized text (review F11)", async () => {
    const payloads = [
      "Gia hạn nhanh: t.me/bhyt_giahan_bot",
      "Xem www.evil.example/pay",
      "Đóng tại evil-bhyt.vn/pay",
      "HTTPS://EVIL.EXAMPLE/pay",
      "Nhắn tg://resolve?domain=scam_bot",
      "Mở zalo://evil",
      'Gọi $t(common:fallback.hotline, {"hotline": "1900-0000"})',
      "Gọi {{- hotline}}",
      "Gọi tổng đài. ".repeat(200),
    ];
    for (const body of payloads) {
      const edit = await call("PUT", "/admin/content/answers/contact.hotline/vi", {
        title: "Tổng đài",
        body,
      });
      expect(edit.status, body.slice(0, 40)).toBe(422);
    }
    expect(await ask(botA, "số tổng đài bhxh là gì")).toContain("(đã cập nhật)");
    const official = await call("PUT", "/admin/content/answers/contact.hotline/vi", {
      title: "Tổng đài, liên hệ BHXH",
      body: "Gọi tổng đài {{hotline}} (đã cập nhật) hoặc vào HTTPS://DICHVUCONG.GOV.VN.",
    });
    expect(official.status).toBe(200);
  });

  it("rolls back to any version, the files included", async () => {
    const { versions } = (await (await call("GET", "/admin/content/versions")).json()) as {
      versions: unknown[];
    };
    expect(await (await call("POST", "/admin/content/rollback", { version: 0 })).json()).toEqual({
      version: versions.length + 1,
      restored: 0,
    });
    expect(await ask(botA, "số tổng đài bhxh là gì")).not.toContain("(đã cập nhật)");
    // The rollback is itself a version: who put the old texts back, and when.
    const after = (await (await call("GET", "/admin/content/versions")).json()) as {
      current: number;
      versions: { note: string; author: string }[];
    };
    expect(after.current).toBe(versions.length + 1);
    expect(after.versions.at(-1)).toMatchObject({ note: "rollback 0", author: "admin" });
    await eventually(async () => !(await ask(botB, "số tổng đài bhxh là gì")).includes("(đã cập nhật)"));
    expect((await call("POST", "/admin/content/rollback", { version: 99 })).status).toBe(422);
  });

  it("lets an admin read and edit answers and examples in chat; others get the ordinary help", async () => {
    expect(await ask(botA, "/answer contact.hotline", "boss")).toContain("{{hotline}}");
    expect(await ask(botA, "/setanswer contact.hotline vi Gọi {{hotline}} bất cứ lúc nào.", "boss")).toMatch(
      /Đã lưu phiên bản \d+/,
    );
    expect(await ask(botA, "số tổng đài bhxh là gì", "reader1")).toContain("bất cứ lúc nào");
    expect(await ask(botA, "/setanswer contact.hotline vi Gọi {{khong_co}}.", "boss")).toContain("Không lưu");
    expect(await ask(botA, "/setanswer contact.hotline vi Hack.", "mallory")).toContain(
      "Bạn có thể hỏi mình về",
    );
    expect(await ask(botA, "số tổng đài bhxh là gì", "reader2")).toContain("bất cứ lúc nào");
  });

  it("turns an unanswered question into an example of an intent in one action, effective at once", async () => {
    const odd = "cái mẩu nhựa xanh có chữ đỏ bị chó gặm nát rồi";
    await ask(botA, odd, "citizen-x");
    const groups = (await (await call("GET", "/admin/unanswered?limit=50")).json()) as {
      groups: { key: string }[];
    };
    const group = groups.groups.find((g) => g.key === unansweredKey(odd));
    expect(group).toBeDefined();
    const promote = await call("POST", "/admin/unanswered/promote", {
      group: group!.key,
      intent: "card.lost_reissue",
    });
    expect(promote.status).toBe(200);
    const left = (await (await call("GET", "/admin/unanswered?limit=200")).json()) as {
      groups: { key: string }[];
    };
    expect(left.groups.map((g) => g.key)).not.toContain(group!.key);
    const reply = await botA.handle({
      ref: { channel: "http", userId: "citizen-y" },
      text: odd,
      receivedAt: new Date(),
    });
    expect(reply.understood?.intent).toBe("card.lost_reissue");
    const exported = (await (await call("GET", "/admin/content/export")).json()) as {
      examples: Record<string, { vi: string[] }>;
    };
    expect(exported.examples["card.lost_reissue"]?.vi).toContain(odd);
  });
});
