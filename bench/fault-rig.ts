// The rig the opt-in fault runs share: `bhyt serve` against a Redis of its own and fake Telegram and Zalo OA APIs,
// senders that behave as the platforms do (send again until a 200), and the count of chats answered.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { openSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeTelegram, textUpdate } from "../test/helpers/fake-telegram.ts";
import { startFakeZaloOa } from "../test/helpers/fake-zalo.ts";
import { freePort, startRedisServer, until } from "../test/helpers/processes.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOKEN = "424242:FAULT-token_abcdefghijklmnopqrst";
const SECRET = "fault-secret";
const OA_APP = "5566";
const OA_KEY = "fault-oa-secret";

/** One update or event the platform keeps sending until it gets a 200. */
export interface Delivery {
  channel: "telegram" | "zalo";
  /** The chat or user the reply must reach. */
  chat: string;
  body: string;
  headers: Record<string, string>;
  status?: number;
}

/** Starts Redis (AOF), the fakes, and a way to start `bhyt serve` on one port against them. */
export async function startRig(extraEnv: Record<string, string> = {}) {
  const redis = await startRedisServer({ aof: true });
  const telegram = await startFakeTelegram(TOKEN);
  const zalo = await startFakeZaloOa({
    appSecret: "fault-app",
    accessToken: "fault-AT",
    refreshToken: "fault-RT",
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;

  const startBot = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
      cwd: ROOT,
      // What the bot writes (warnings and errors) goes to BENCH_LOG when set, for looking into a run.
      stdio: ["ignore", "ignore", process.env.BENCH_LOG ? openSync(process.env.BENCH_LOG, "a") : "ignore"],
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        PORT: String(port),
        HOST: "127.0.0.1",
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        ZALO_OA_APP_ID: OA_APP,
        ZALO_OA_SECRET_KEY: OA_KEY,
        ZALO_APP_SECRET: "fault-app",
        ZALO_OA_ACCESS_TOKEN: "fault-AT",
        ZALO_OA_REFRESH_TOKEN: "fault-RT",
        ZALO_OA_API_BASE: zalo.base,
        ZALO_OAUTH_BASE: zalo.base,
        LOG_LEVEL: process.env.BENCH_LOG ? "warn" : "silent",
        ...extraEnv,
      },
    });
    const live = () =>
      fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
    await until(live, 60_000);
    return child;
  };

  /** A Telegram update from chat `chat`. */
  const telegramUpdate = (id: number, text: string): Delivery => ({
    channel: "telegram",
    chat: String(id),
    body: JSON.stringify(textUpdate(id, id, text)),
    headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET },
  });

  /** A signed Zalo OA text event from user `…<id>`, dated now. */
  const zaloEvent = (id: number, text: string): Delivery => {
    const timestamp = String(Date.now());
    const user = `8800${String(id).padStart(14, "0")}`;
    const body = JSON.stringify({
      app_id: OA_APP,
      sender: { id: user },
      event_name: "user_send_text",
      message: { text, msg_id: `fault-${id}` },
      timestamp,
    });
    const mac = createHash("sha256").update(`${OA_APP}${body}${timestamp}${OA_KEY}`).digest("hex");
    return { channel: "zalo", chat: user, body, headers: { "X-ZEvent-Signature": `mac=${mac}` } };
  };

  /** `n` deliveries of `text` from new chats numbered from `first`, a fifth of them Zalo OA events. */
  const burst = (first: number, n: number, text: string): Delivery[] =>
    Array.from({ length: n }, (_, i) =>
      i % 5 === 4 ? zaloEvent(first + i, text) : telegramUpdate(first + i, text),
    );

  /** Posts a delivery once and keeps the status (0 when the server could not be reached). */
  const deliver = async (d: Delivery): Promise<void> => {
    d.status = await fetch(`${base}/${d.channel === "telegram" ? "telegram" : "zalo/oa"}/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...d.headers },
      body: d.body,
    }).then(
      (r) => r.status,
      () => 0,
    );
  };

  /** Sends again every delivery without a 200, `wait` ms apart, as the platforms do, for up to `rounds` rounds. */
  const resendUntilAcknowledged = async (deliveries: Delivery[], wait: number, rounds = 20) => {
    for (let round = 0; round < rounds; round++) {
      const again = deliveries.filter((d) => d.status !== 200);
      if (again.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
      await Promise.all(again.map(deliver));
    }
  };

  /** Chats that got no reply and chats that got the same reply twice. */
  const count = (deliveries: Delivery[]) => {
    const replies = new Map<string, string[]>();
    const add = (chat: string, text: string) => replies.set(chat, [...(replies.get(chat) ?? []), text]);
    for (const call of telegram.callsOf("sendMessage")) {
      const params = call.params as { chat_id: number; text: string };
      add(String(params.chat_id), params.text);
    }
    for (const send of zalo.sends) add(send.userId, send.text ?? "");
    const lost = deliveries.filter((d) => !replies.has(d.chat)).length;
    const twice = deliveries.filter((d) => {
      const texts = replies.get(d.chat) ?? [];
      return new Set(texts).size < texts.length;
    }).length;
    return { lost, twice };
  };

  /** Waits until every chat has a reply or `maxMs` has passed, then a little longer for any second reply. */
  const settle = async (deliveries: Delivery[], maxMs: number) => {
    await until(async () => count(deliveries).lost === 0, maxMs).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  };

  return {
    redis,
    settle,
    startBot,
    burst,
    deliver,
    resendUntilAcknowledged,
    count,
    /** Forgets the replies seen so far. */
    reset() {
      telegram.reset();
      zalo.sends.length = 0;
    },
    async close() {
      await telegram.close();
      await zalo.close();
      await redis.stop();
    },
  };
}

/** Stops a bot process with `signal` and resolves with its exit code and how long it took. */
export async function stopBot(
  child: ChildProcess,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, ms: 0 };
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill(signal);
  return { code: await exited, ms: Date.now() - started };
}
