import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SESSION_VERSION } from "../../src/core/session.ts";
import { startLocalRedis } from "../../src/infra/local-redis.ts";
import { createRedis } from "../../src/infra/redis.ts";
import { createRedisChatLock } from "../../src/infra/redis-chat-lock.ts";
import { createRedisSessionStore, sessionKey } from "../../src/infra/redis-session-store.ts";
import { createTestApp, testRedis } from "../helpers/test-app.ts";

const redis = testRedis(1);
afterAll(() => redis.quit());

describe("conversation state in Redis", () => {
  it("survives a restart of the app: a new process sees the language chosen before", async () => {
    const ref = { channel: "console" as const, userId: "restart-1" };
    const first = await createTestApp(redis);
    await first.bot.handle({ ref, text: "/lang en", receivedAt: new Date() });
    const other = testRedis(1);
    const second = await createTestApp(other);
    const response = await second.bot.handle({ ref, text: "chào", receivedAt: new Date() });
    expect(response.locale).toBe("en");
    await other.quit();
  });

  it("drops a stored session of another schema version instead of misreading it", async () => {
    const ref = { channel: "telegram" as const, userId: "old-1" };
    await redis.set(sessionKey(ref), JSON.stringify({ v: SESSION_VERSION + 1, lang: "en" }));
    const discarded: string[] = [];
    const store = createRedisSessionStore(redis, (gone, kept) => !kept && discarded.push(sessionKey(gone)));
    expect(await store.load(ref)).toBeUndefined();
    expect(discarded).toEqual([sessionKey(ref)]);
    expect(await redis.exists(sessionKey(ref))).toBe(0);
  });

  it("keeps the valid fields of a stored session that fails validation: the language and the flow (review F8)", async () => {
    const ref = { channel: "zalobot" as const, userId: "many-choices-1" };
    const choice = (i: number) => ({ action: `reminder:cancel=${i}`, labels: [`huy ${i}`] });
    const flow = { id: "calc", awaiting: "months", data: { group: "household", members: 3 } };
    await redis.set(
      sessionKey(ref),
      JSON.stringify({
        v: SESSION_VERSION,
        locale: "en",
        pendingChoices: Array.from({ length: 45 }, (_, i) => choice(i)),
        flow,
        misses: 0,
        updatedAt: new Date().toISOString(),
      }),
    );
    const kept: boolean[] = [];
    const store = createRedisSessionStore(redis, (_key, wasKept) => kept.push(wasKept));
    const session = await store.load(ref);
    expect(session).toMatchObject({ locale: "en", flow, pendingChoices: [] });
    expect(kept).toEqual([true]);
    // Of another version only the language is kept: its flow may mean something else.
    await redis.set(sessionKey(ref), JSON.stringify({ v: SESSION_VERSION - 1, locale: "en", flow }));
    const older = await store.load(ref);
    expect(older?.locale).toBe("en");
    expect(older?.flow).toBeUndefined();
  });

  it("keeps the language across a reply with more choices than one turn remembers, and a typed number still picks", async () => {
    const ref = { channel: "zalobot" as const, userId: "many-choices-2" };
    const app = await createTestApp(redis);
    await app.bot.handle({ ref, text: "/lang en", receivedAt: new Date() });
    const cards = Array.from({ length: 12 }, (_, i) => `person${i + 1} ${i + 1}/5/2027`).join(", ");
    await app.bot.handle({ ref, text: "remind me to renew the cards", receivedAt: new Date() });
    await app.bot.handle({ ref, text: cards, receivedAt: new Date() });
    await app.bot.handle({ ref, text: "1", receivedAt: new Date() });
    const list = await app.bot.handle({ ref, text: "/nhacnho", receivedAt: new Date() });
    expect(list.locale).toBe("en");
    const picked = await app.bot.handle({ ref, text: "1", receivedAt: new Date() });
    expect(picked.locale).toBe("en");
    expect(picked.replies.map((r) => r.text).join("\n")).not.toMatch(/chưa hiểu/);
  });

  it("expires sessions after a while", async () => {
    const ref = { channel: "zalo" as const, userId: "9007199254740993123" };
    const store = createRedisSessionStore(redis);
    await store.save(ref, {
      v: SESSION_VERSION,
      pendingChoices: [],
      misses: 0,
      updatedAt: new Date().toISOString(),
    });
    expect(await redis.ttl(sessionKey(ref))).toBeGreaterThan(30 * 24 * 3600);
  });

  it("keeps the last messages both ways apart for a day only, numbers hidden, and deletes them with the data", async () => {
    const ref = { channel: "telegram" as const, userId: "recent-1" };
    const { bot } = await createTestApp(redis);
    for (const text of ["chào", "thẻ của tôi số GD4797912345678 hết hạn chưa", "mua ở đâu", "cảm ơn"])
      await bot.handle({ ref, text, receivedAt: new Date() });
    const recentKey = sessionKey(ref).replace(/:session$/, ":recent");
    const kept = JSON.parse((await redis.get(recentKey))!) as { from: string; text: string }[];
    expect(kept.map((m) => m.from)).toEqual(["citizen", "bot", "citizen", "bot", "citizen", "bot"]);
    expect(kept[0]!.text).toContain("hết hạn chưa");
    expect(JSON.stringify(kept)).not.toContain("4797912345678");
    expect(await redis.ttl(recentKey)).toBeLessThanOrEqual(24 * 3600);
    // The long-lived session does not carry them; loading puts them back for the turn.
    expect(await redis.get(sessionKey(ref))).not.toContain("hết hạn chưa");
    expect((await createRedisSessionStore(redis).load(ref))?.recent).toHaveLength(6);
    // A damaged copy is read as none, and the session itself survives it.
    await redis.set(recentKey, "{not json");
    expect((await createRedisSessionStore(redis).load(ref))?.recent).toBeUndefined();
    await bot.handle({ ref, text: "/xoadulieu", receivedAt: new Date() });
    await bot.handle({ ref, text: "có", receivedAt: new Date() });
    expect(await redis.exists(recentKey)).toBe(0);
  });
});

describe("the supervised local redis-server", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "bhyt-local-redis-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts with AOF in the data folder, keeps data across a stop and start, and stops on request", async () => {
    const first = await startLocalRedis(dir);
    expect(first.owned).toBe(true);
    const client = createRedis(first.target);
    await client.set("bhyt:test", "kept");
    expect(await client.config("GET", "appendonly")).toEqual(["appendonly", "yes"]);
    await client.quit();
    await first.stop();
    expect(existsSync(path.join(dir, "appendonlydir"))).toBe(true);

    const second = await startLocalRedis(dir);
    const again = createRedis(second.target);
    expect(await again.get("bhyt:test")).toBe("kept");
    const shared = await startLocalRedis(dir);
    expect(shared.owned).toBe(false);
    await again.quit();
    await second.stop();
  });
});

describe("the per-chat lock shared by instances", () => {
  it("holds through a turn longer than its lease (renewed), lets the chat's next turn wait, and frees at the end", async () => {
    const other = testRedis(1);
    const first = createRedisChatLock(redis, { lockMs: 300, waitMs: 5000 });
    const second = createRedisChatLock(other, { lockMs: 300, waitMs: 5000 });
    const ref = { channel: "zalo" as const, userId: "lock-1" };
    const order: string[] = [];
    const long = first(ref, async () => {
      order.push("long starts");
      await new Promise((resolve) => setTimeout(resolve, 1000)); // three leases long
      order.push("long ends");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = second(ref, async () => order.push("next runs"));
    const elsewhere = second({ ...ref, userId: "lock-2" }, async () => order.push("another chat runs"));
    await Promise.all([long, next, elsewhere]);
    expect(order).toEqual(["long starts", "another chat runs", "long ends", "next runs"]);
    expect(await redis.exists("bhyt:v1:{zalo:lock-1}:lock")).toBe(0);
    await other.quit();
  });
});
