// Web console page times with a full store: 10,000 unanswered questions recorded (kept as at most 5,000 groups)
// and 100 content versions, on a fresh redis-server; every page fetched over loopback as a signed-in admin.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Redis } from "ioredis";
import { createApp } from "../src/app.ts";
import type { Content } from "../src/content/content.ts";
import { createContentEditor } from "../src/content/content-editor.ts";
import { createLogger } from "../src/infra/logger.ts";
import { createRedisConsoleSessions } from "../src/infra/redis-console-sessions.ts";
import { createRedisContentVersions } from "../src/infra/redis-content-versions.ts";
import { createRedisHandoffDesk } from "../src/infra/redis-handoff-desk.ts";
import { createRedisSessionStore } from "../src/infra/redis-session-store.ts";
import { createRedisStaffDesk } from "../src/infra/redis-staff-desk.ts";
import { createServer } from "../src/server/create-server.ts";
import { mountConsole } from "../src/web-console/console-routes.tsx";
import { botTrial } from "../src/web-console/try-bot.tsx";
import { startRedisServer } from "../test/helpers/processes.ts";

/** One page's times. */
export interface PageTime {
  page: string;
  p50: number;
  max: number;
}

const WORDS = ["the", "bhyt", "con", "me", "xa", "phuong", "ho", "ngheo", "vien", "phi", "so", "dong"];
// Distinct wording per number (the log groups questions by their words, digits removed).
const wording = (n: number) =>
  `hỏi về ${[0, 1, 2, 3].map((i) => WORDS[Math.floor(n / WORDS.length ** i) % WORDS.length]).join(" ")} ạ`;

/** Seeds the store, serves the console, and times each page (`rounds` fetches after one warm-up). */
export async function benchConsolePages(content: Content, rounds = 20): Promise<PageTime[]> {
  const server = await startRedisServer();
  const redis = new Redis(server.port, "127.0.0.1", { enableAutoPipelining: true });
  try {
    const desk = createRedisStaffDesk(redis, { admins: ["telegram:1"], staff: [] });
    for (let i = 0; i < 10_000; i += 500) {
      // The log takes 600 new records a minute; the bench writes a year's worth at once.
      await redis.del(...(await redis.keys("bhyt:v1:{unanswered}:rate:*")), "none");
      await Promise.all(
        Array.from({ length: 500 }, (_, j) =>
          desk.recordUnanswered(wording(i + j), {
            channel: "telegram",
            userId: String(Math.floor((i + j) / 25)),
          }),
        ),
      );
    }
    const versions = createRedisContentVersions(redis);
    const intents = [...content.intents.keys()];
    const edits: { answers: Record<string, { vi: { title: string; body: string } }>; examples: object } = {
      answers: {},
      examples: {},
    };
    for (let v = 1; v <= 100; v++) {
      const intent = intents[v % intents.length]!;
      edits.answers[intent] = {
        vi: { title: `Chủ đề ${v}`, body: `Nội dung sửa lần ${v}, gọi {{hotline}}.` },
      };
      await versions.add(structuredClone(edits), "telegram:1", `answer ${intent} (vi)`);
    }
    const app = await createApp({
      config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
      content,
      sessions: createRedisSessionStore(redis),
      staffDesk: desk,
    });
    const editor = createContentEditor({
      base: content,
      versions,
      reload: app.reload,
      today: () => "2026-11-23",
    });
    const sessions = createRedisConsoleSessions(redis);
    const handoff = createRedisHandoffDesk(redis);
    const http = createServer({
      bot: app.bot,
      webhooks: [],
      ready: async () => true,
      logger: createLogger("silent"),
    });
    mountConsole(http, {
      sessions,
      editor,
      versions,
      desk,
      handoff,
      notifier: { notify: async () => {} },
      current: app.current,
      understand: app.understand,
      tryBot: botTrial(app.bot),
      today: () => "2026-11-23",
    });
    const listening = serve({ fetch: http.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => listening.once("listening", resolve));
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const opened = (await sessions.redeem(await sessions.issueLink("telegram:1", "admin")))!;
    const headers = { cookie: `bhyt_console=${opened.id}`, "x-csrf-token": opened.session.csrf };
    const preview = new URLSearchParams({ locale: "vi", title: "Tổng đài", body: "Gọi {{hotline}} nhé." });
    const pages: [string, () => Promise<Response>][] = [
      ["/console", () => fetch(`${base}/console`, { headers })],
      ["/console/answers", () => fetch(`${base}/console/answers`, { headers })],
      [
        "/console/answers/<intent> (with preview)",
        () => fetch(`${base}/console/answers/contact.hotline`, { headers }),
      ],
      [
        "POST …/preview (live preview)",
        () =>
          fetch(`${base}/console/answers/contact.hotline/preview`, {
            method: "POST",
            headers,
            body: preview,
          }),
      ],
      [
        "/console/answers/history (100 versions)",
        () => fetch(`${base}/console/answers/history`, { headers }),
      ],
      [
        "/console/answers/history/100 (diff)",
        () => fetch(`${base}/console/answers/history/100`, { headers }),
      ],
      ["/console/unanswered (10,000 recorded)", () => fetch(`${base}/console/unanswered`, { headers })],
      ["/console/chats", () => fetch(`${base}/console/chats`, { headers })],
      ["/console/stats (30 days)", () => fetch(`${base}/console/stats`, { headers })],
      ["/console/stats.csv", () => fetch(`${base}/console/stats.csv`, { headers })],
    ];
    const times: PageTime[] = [];
    for (const [page, load] of pages) {
      await (await load()).text();
      const ms: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        const response = await load();
        await response.text();
        if (!response.ok) throw new Error(`${page}: ${response.status}`);
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      times.push({ page, p50: ms[Math.floor(ms.length / 2)]!, max: ms.at(-1)! });
    }
    await new Promise<void>((resolve) => listening.close(() => resolve()));
    return times;
  } finally {
    await redis.quit();
    await server.stop();
  }
}
