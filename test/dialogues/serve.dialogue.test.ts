import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { Agent, get } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startFakeTelegram, textUpdate } from "../helpers/fake-telegram.ts";
import { startFakeZaloOa } from "../helpers/fake-zalo.ts";
import { freePort, type ServeProcess, startServe, until } from "../helpers/processes.ts";

const TOKEN = "654321:SERVE-token_abcdefghijklmnopqrs";
const SECRET = "serve_secret";
let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
let zalo: Awaited<ReturnType<typeof startFakeZaloOa>>;
let serve: ServeProcess;
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  fake = await startFakeTelegram(TOKEN);
  zalo = await startFakeZaloOa({
    appSecret: "zalo-app-secret",
    accessToken: "serve-AT",
    refreshToken: "serve-RT",
  });
  serve = await startServe(serveEnv());
  ({ base, child } = serve);
});

/** The environment of the served bot: Telegram and Zalo OA against the fakes, Redis database 7. */
const serveEnv = () => ({
  REDIS_URL: `${inject("redisUrl")}/7`,
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_API_ROOT: fake.apiRoot,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  ZALO_OA_APP_ID: "4455",
  ZALO_OA_SECRET_KEY: "zalo-oa-secret",
  ZALO_APP_SECRET: "zalo-app-secret",
  ZALO_OA_ACCESS_TOKEN: "serve-AT",
  ZALO_OA_REFRESH_TOKEN: "serve-RT",
  ZALO_OA_API_BASE: zalo.base,
  ZALO_OAUTH_BASE: zalo.base,
  LOG_LEVEL: "info",
});
afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGKILL");
  await fake.close();
  await zalo.close();
});

/** A text event from Zalo user `…88<user>`, and its signature with the test app id and OA secret key. */
function signedOaEvent(text: string, msgId: string, timestamp: string, user = 99) {
  const raw = JSON.stringify({
    app_id: "4455",
    sender: { id: `77001122334455667788${user}` },
    event_name: "user_send_text",
    message: { text, msg_id: msgId },
    timestamp,
  });
  const mac = createHash("sha256").update(`4455${raw}${timestamp}zalo-oa-secret`).digest("hex");
  return { raw, mac };
}

const postOaEvent = (serverBase: string, raw: string, mac: string) =>
  fetch(`${serverBase}/zalo/oa/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-ZEvent-Signature": `mac=${mac}` },
    body: raw,
  });

describe("bhyt serve", () => {
  it("is live and ready, with Redis reachable", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
  });

  it("answers Telegram webhooks and the message API", async () => {
    const update = await fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(textUpdate(9001, 99, "hộ cận nghèo đóng bhyt bao nhiêu")),
    });
    expect(update.status).toBe(200);
    expect(fake.callsOf("sendMessage").at(-1)?.params.text).toContain("34.155 đ");

    const api = await fetch(`${base}/api/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: "widget-1", text: "how much do students pay", lang: "en" }),
    });
    const body = (await api.json()) as { intent: string; replies: { text: string }[] };
    expect(body.intent).toBe("contribution.student");
    expect(body.replies[0]?.text).toContain("56,925 VND");
    const bad = await fetch(`${base}/api/v1/messages`, {
      method: "POST",
      body: JSON.stringify({ text: "" }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe("invalid request");
  });

  it("answers a signed Zalo OA event", async () => {
    const event = signedOaEvent("hotline bhxh", "serve-1", String(Date.now()));
    expect((await postOaEvent(base, event.raw, event.mac)).status).toBe(200);
    await zalo.until(1);
    expect(zalo.sends[0]).toMatchObject({ userId: "7700112233445566778899" });
    expect(zalo.sends[0]!.text).toContain("1900 9068");
  });

  it("serves Prometheus metrics counting the messages handled and the channel errors", async () => {
    fake.failNext("sendMessage", 400, "Bad Request: chat not found");
    const failing = await fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(textUpdate(9002, 98, "sinh viên đóng bao nhiêu")),
    });
    expect(failing.status).toBe(200); // logged and counted; Telegram would only resend the same failure
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/bhyt_channel_errors_total\{channel="telegram"\} 1/);
    expect(text).toMatch(/bhyt_messages_total\{channel="telegram"\} [1-9]/);
    // The same channel names as the error counter and the webhook paths.
    expect(text).toMatch(/bhyt_messages_total\{channel="zalo_oa"\} [1-9]/);
    expect(text).toContain('bhyt_intents_total{intent="contribution.near_poor",band="answer"}');
    expect(text).toContain("bhyt_message_seconds_bucket");
  });

  it("never logs the bot token", () => {
    expect(serve.stderr()).not.toContain(TOKEN);
    expect(serve.stderr()).not.toContain("serve-AT");
    expect(serve.stderr()).not.toContain("serve-RT");
  });

  it("stops cleanly on SIGTERM; acknowledged events it did not answer are answered by the next instance, once (review F5)", async () => {
    // Zalo OA events are stored before they are acknowledged: a stop must not drop them (they are deduped, so
    // Zalo would never send them again).
    const before = zalo.sends.length;
    const acks = await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const event = signedOaEvent(
          "hộ gia đình đóng bhyt bao nhiêu",
          `stop-${i}`,
          String(Date.now()),
          10 + i,
        );
        return postOaEvent(base, event.raw, event.mac).then((r) => r.status);
      }),
    );
    expect(acks.every((status) => status === 200)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const next = await startServe(serveEnv());
    try {
      const answers = () => zalo.sends.slice(before);
      await until(async () => new Set(answers().map((send) => send.userId)).size === 30, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const perUser = new Map<string, string[]>();
      for (const send of answers())
        perUser.set(send.userId, [...(perUser.get(send.userId) ?? []), send.text ?? ""]);
      for (const texts of perUser.values()) expect(new Set(texts).size).toBe(texts.length);
    } finally {
      await next.stop();
    }
  }, 40_000);
});

describe("bhyt serve stopping under load (review F7)", () => {
  it("exits within its deadline while replies hang, and gives queued Telegram updates back with 503", async () => {
    const slowToken = "765432:SLOW-token_abcdefghijklmnopqrs";
    const slow = await startFakeTelegram(slowToken);
    const stopping = await startServe({
      REDIS_URL: `${inject("redisUrl")}/18`,
      TELEGRAM_BOT_TOKEN: slowToken,
      TELEGRAM_API_ROOT: slow.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      STOP_DEADLINE_SECONDS: "2",
    });
    try {
      slow.slow("sendMessage", 20_000);
      // 64 are handled at once; the rest wait their turn.
      const posts = Array.from({ length: 80 }, (_, i) =>
        fetch(`${stopping.base}/telegram/webhook`, {
          method: "POST",
          headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
          body: JSON.stringify(textUpdate(90_000 + i, 5000 + i, "hotline bhxh")),
        }).then(
          (r) => r.status,
          () => 0,
        ),
      );
      await until(async () => slow.callsOf("sendMessage").length >= 64, 15_000);
      const started = Date.now();
      const exited = new Promise<number | null>((resolve) =>
        stopping.child.once("exit", (code) => resolve(code)),
      );
      stopping.child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
      const statuses = await Promise.all(posts);
      // The queued ones were told to come again; none was acknowledged without being answered.
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(16);
      expect(statuses.filter((s) => s === 200)).toEqual([]);
    } finally {
      if (stopping.child.exitCode === null) stopping.child.kill("SIGKILL");
      await slow.close();
    }
  }, 40_000);
});

describe("bhyt serve stopping with browsers connected", () => {
  it("does not wait for its deadline while a browser keeps asking on an open connection", async () => {
    const open = await startServe({ REDIS_URL: `${inject("redisUrl")}/19`, STOP_DEADLINE_SECONDS: "30" });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // Like the console's chat page: a request every 300 ms on the same kept-alive connection.
    let polling = true;
    const poll = (async () => {
      while (polling) {
        await new Promise<void>((resolve) =>
          get(`${open.base}/healthz`, { agent }, (res) => res.resume().on("end", resolve)).on("error", () =>
            resolve(),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    })();
    // And a spare connection a browser opens ahead of need, which sends nothing (it held the stop for the whole
    // deadline: the newcomer's trial of the console).
    const spare = connect(Number(new URL(open.base).port), "127.0.0.1").on("error", () => {});
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const started = Date.now();
      const exited = new Promise<number | null>((resolve) =>
        open.child.once("exit", (code) => resolve(code)),
      );
      open.child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      polling = false;
      await poll;
      agent.destroy();
      spare.destroy();
      if (open.child.exitCode === null) open.child.kill("SIGKILL");
    }
  }, 60_000);
});

describe("bhyt serve with channels not fully working at start", () => {
  it("serves everything else while Telegram cannot be reached, and says so in the log", async () => {
    const nobody = await freePort();
    const down = await startServe({
      REDIS_URL: `${inject("redisUrl")}/7`,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${nobody}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      LOG_LEVEL: "info",
    });
    try {
      const api = await fetch(`${down.base}/api/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId: "tg-down", text: "hotline bhxh là gì" }),
      });
      expect(((await api.json()) as { replies: { text: string }[] }).replies[0]!.text).toContain("1900 9068");
      const webhook = await fetch(`${down.base}/telegram/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
        body: JSON.stringify(textUpdate(9901, 99, "chào")),
      });
      expect(webhook.status).toBe(503);
      expect(down.stderr()).toContain("telegram not reachable; trying again");
    } finally {
      await down.stop();
    }
  });

  it("checks Zalo OA signatures with only the signature pair set (an OA being set up)", async () => {
    const setup = await startServe({
      REDIS_URL: `${inject("redisUrl")}/7`,
      ZALO_OA_APP_ID: "4455",
      ZALO_OA_SECRET_KEY: "zalo-oa-secret",
      LOG_LEVEL: "info",
    });
    try {
      const event = signedOaEvent("chào", "setup-1", String(Date.now()));
      expect((await postOaEvent(setup.base, event.raw, "00".repeat(32))).status).toBe(401);
      expect((await postOaEvent(setup.base, event.raw, event.mac)).status).toBe(200);
      await until(async () => setup.stderr().includes("ZALO_OA_ACCESS_TOKEN is not set"));
    } finally {
      await setup.stop();
    }
  });

  it("stops at once with a clear message when Telegram refuses the token", async () => {
    await expect(
      startServe({
        REDIS_URL: `${inject("redisUrl")}/7`,
        TELEGRAM_BOT_TOKEN: "999999:WRONG-token_abcdefghijklmnopqr",
        TELEGRAM_API_ROOT: fake.apiRoot,
      }),
    ).rejects.toThrow(/TELEGRAM_BOT_TOKEN: refused by Telegram \(404 Not Found\)/);
  });
});

describe("bhyt serve started by hand in a terminal", () => {
  it("gives a console: admin a working sign-in link at once, and never when its output is not a terminal", async () => {
    const port = await freePort();
    const env = {
      ...process.env,
      REDIS_URL: `${inject("redisUrl")}/9`,
      ADMINS: "console:me",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: "silent",
    };
    // `script` gives the server a terminal, as a person starting it by hand has.
    const command = `${process.execPath} --import tsx src/cli/main.ts serve`;
    const terminal = spawn("script", ["-qec", command, "/dev/null"], {
      env,
      stdio: ["ignore", "pipe", "ignore"],
      detached: true,
    });
    let output = "";
    terminal.stdout!.on("data", (chunk) => (output += chunk));
    try {
      await until(async () => /Sign in as console:me/.test(output), 30_000);
      const link = /(http:\/\/127\.0\.0\.1:\d+\/console\/sign-in\?token=[A-Za-z0-9_-]+)/.exec(output)![1]!;
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Đăng nhập bảng điều khiển");
    } finally {
      process.kill(-terminal.pid!, "SIGTERM");
      await until(
        async () =>
          !(await fetch(`http://127.0.0.1:${port}/healthz`).then(
            () => true,
            () => false,
          )),
        15_000,
      );
    }
    // Started with its output going elsewhere (a service, a log file): ready, and no link written.
    const piped = await startServe({ REDIS_URL: `${inject("redisUrl")}/9`, ADMINS: "console:me" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(piped.stderr()).toContain("Ready. Web console");
    expect(piped.stderr()).not.toContain("Sign in as");
    await piped.stop();
  }, 60_000);
});
