import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisClientLimit } from "../../src/infra/redis-rate-limit.ts";
import { sessionKey } from "../../src/infra/redis-session-store.ts";
import { boundConnections, MAX_CONNECTIONS } from "../../src/server/bound-connections.ts";
import { createServer } from "../../src/server/create-server.ts";
import { createTestApp, testRedis } from "../helpers/test-app.ts";

// Review F1 and F14: the message API is not an open door.
const redis = testRedis(16);
const TOKEN = "widget-token-0123456789abcdef";
const servers: { base: string; close: () => Promise<void> }[] = [];

async function start(options: { apiToken?: string; perClient?: number }) {
  const { bot } = await createTestApp(redis);
  const app = createServer({
    bot,
    webhooks: [],
    ready: async () => true,
    logger: createLogger("silent"),
    ...(options.apiToken ? { apiToken: options.apiToken } : {}),
    clientAllowed: createRedisClientLimit(redis, options.perClient ?? 120),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  servers.push({ base, close });
  return base;
}

const send = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

let open: string;
let guarded: string;
beforeAll(async () => {
  await redis.flushdb();
  open = await start({});
  guarded = await start({ apiToken: TOKEN, perClient: 3 });
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await redis.quit();
});

describe("the message API", () => {
  it("with no token set, answers this machine only, not a request a proxy forwarded from elsewhere", async () => {
    expect((await send(open, { userId: "local-1", text: "chào" })).status).toBe(200);
    const forwarded = await send(
      open,
      { userId: "far-1", text: "chào" },
      { "x-forwarded-for": "203.0.113.9" },
    );
    expect(forwarded.status).toBe(401);
    expect(JSON.stringify(await forwarded.json())).toContain("API_TOKEN");
  });

  it("with API_TOKEN set, answers only the bearer of the token", async () => {
    const far = { "x-forwarded-for": "203.0.113.10" };
    expect((await send(guarded, { userId: "w-1", text: "chào" }, far)).status).toBe(401);
    expect(
      (await send(guarded, { userId: "w-1", text: "chào" }, { ...far, authorization: "Bearer wrong" }))
        .status,
    ).toBe(401);
    expect(
      (await send(guarded, { userId: "w-1", text: "chào" }, { ...far, authorization: `Bearer ${TOKEN}` }))
        .status,
    ).toBe(200);
  });

  it("limits each client address per minute whatever user ids it uses (the first request above counts)", async () => {
    const from = { "x-forwarded-for": "203.0.113.10", authorization: `Bearer ${TOKEN}` };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await send(guarded, { userId: `many-${i}`, text: "chào" }, from)).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it("refuses a body over 16 KB unread, and keeps a web visitor's session a day, not six months", async () => {
    const big = await send(open, { userId: "big-1", text: "x".repeat(20_000) });
    expect(big.status).toBe(413);
    expect((await send(open, { userId: "ttl-1", text: "chào" })).status).toBe(200);
    const ttl = await redis.ttl(sessionKey({ channel: "http", userId: "ttl-1" }));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(24 * 3600);
  });
});

describe("every connection is bounded", () => {
  it("gives requests 15 s, headers 10 s, and holds at most 1,000 connections", () => {
    const server = createHttpServer();
    boundConnections(server);
    expect(server.requestTimeout).toBe(15_000);
    expect(server.headersTimeout).toBe(10_000);
    expect(server.maxConnections).toBe(MAX_CONNECTIONS);
  });
});
