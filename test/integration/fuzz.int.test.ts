import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegram } from "../../src/channels/telegram/telegram-channel.ts";
import { createZaloOaChannel } from "../../src/channels/zalo/zalo-oa-channel.ts";
import { createZaloOaClient } from "../../src/channels/zalo/zalo-oa-client.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisDedupe } from "../../src/infra/redis-dedupe.ts";
import { createRedisInteractionLog } from "../../src/infra/redis-interactions.ts";
import { createRedisWorkQueue } from "../../src/infra/redis-work-queue.ts";
import { createRedisZaloTokenStore } from "../../src/infra/zalo-token-store.ts";
import { createServer } from "../../src/server/create-server.ts";
import { startFakeTelegram } from "../helpers/fake-telegram.ts";
import { startFakeZaloOa } from "../helpers/fake-zalo.ts";
import { createTestApp, testRedis } from "../helpers/test-app.ts";

const redis = testRedis(0);
const logger = createLogger("silent");
let bot: Bot;
let base: string;
let close: () => Promise<void>;
let fakes: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  ({ bot } = await createTestApp(redis));
  const telegramFake = await startFakeTelegram("1:FUZZ-token_abcdefghijklmnopqrstu");
  const zaloFake = await startFakeZaloOa({ appSecret: "s", accessToken: "a", refreshToken: "r" });
  fakes = [telegramFake, zaloFake];
  const telegram = await startTelegram({
    token: "1:FUZZ-token_abcdefghijklmnopqrstu",
    apiRoot: telegramFake.apiRoot,
    webhookSecret: "fuzz",
    bot,
    dedupe: createRedisDedupe(redis),
    translator: (await createTestApp(redis)).translator,
    logger,
  });
  const oa = createZaloOaChannel({
    appId: "1",
    secretKey: "k",
    client: createZaloOaClient({
      apiBase: zaloFake.base,
      oauthBase: zaloFake.base,
      appId: "1",
      appSecret: "s",
      initialTokens: { accessToken: "a", refreshToken: "r" },
      store: createRedisZaloTokenStore(redis),
      logger,
    }),
    bot,
    dedupe: createRedisDedupe(redis),
    interactions: createRedisInteractionLog(redis),
    inbox: createRedisWorkQueue(redis, "fuzz-in"),
    outbox: createRedisWorkQueue(redis, "fuzz-out"),
    logger,
  });
  const server = serve({
    fetch: createServer({ bot, webhooks: [telegram.webhook!, oa.webhook], ready: async () => true, logger })
      .fetch,
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  for (const fake of fakes) await fake.close();
  await redis.quit();
});

describe("the pipeline under random input", () => {
  it("answers any text (random Unicode, control characters, huge) with a reply, quickly, without throwing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.string({ unit: "grapheme", maxLength: 3000 }),
          fc.constantFrom("", " ", "\u0000\u0007\u001b[31m", "/", "/take", "1", "99"),
        ),
        async (text) => {
          const started = performance.now();
          const response = await bot.handle({
            ref: { channel: "http", userId: "fuzz" },
            text,
            receivedAt: new Date(),
          });
          expect(response.replies.length).toBeGreaterThan(0);
          expect(performance.now() - started).toBeLessThan(2000);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("treats forged or random button actions as stale buttons, never as a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (action) => {
        const response = await bot.handle({
          ref: { channel: "http", userId: "fuzz-action" },
          action,
          receivedAt: new Date(),
        });
        expect(response.replies.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe("webhooks under malformed input", () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });

  it("answer random bodies with a clear 4xx (or 200 for a well-formed but odd event), never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 500 }), fc.json(), fc.constant("x".repeat(100_000))),
        async (body) => {
          const telegram = await post("/telegram/webhook", body, {
            "X-Telegram-Bot-Api-Secret-Token": "fuzz",
          });
          expect([200, 400, 413]).toContain(telegram.status);
          const timestamp = "1";
          const mac = createHash("sha256").update(`1${body}${timestamp}k`).digest("hex");
          const zalo = await post("/zalo/oa/webhook", body, { "X-ZEvent-Signature": `mac=${mac}` });
          expect([200, 400, 401, 413]).toContain(zalo.status);
          const api = await post("/api/v1/messages", body);
          expect(api.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses a 2 MB body with 413 before reading it all", async () => {
    const response = await post(
      "/api/v1/messages",
      JSON.stringify({ userId: "a", text: "x".repeat(2_000_000) }),
    );
    expect(response.status).toBe(413);
  });

  it("reads a body sent without a length (chunked) up to the limit, and stops past it", async () => {
    const chunked = (parts: string[]) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${base}/api/v1/messages`, {
          method: "POST",
          headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
        });
        request.on("response", (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on("error", reject);
        for (const part of parts) request.write(part);
        request.end();
      });
    expect(await chunked(['{"userId":"chunky",', '"text":"sinh viên đóng bao nhiêu"}'])).toBe(200);
    const filler = "x".repeat(256 * 1024);
    expect(await chunked(['{"userId":"chunky","text":"', filler, filler, filler, filler, filler, '"}'])).toBe(
      413,
    );
  });
});
