// Telegram webhook throughput, measured the way it runs in production: `bhyt serve` (Redis sessions, dedupe,
// classifier, replies) in its own process, against a bare grammY echo bot in its own process, both talking to the
// same fake Bot API (a third process) and driven by the same load from this one.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { textUpdate } from "../test/helpers/fake-telegram.ts";
import { freePort, startRedisServer } from "../test/helpers/processes.ts";
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from "./production-node.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOKEN = "111111:BENCH-token_abcdefghijklmnopqrs";
const SECRET = "bench_secret";
const UPDATES = 2000;
const CONCURRENCY = 32;
const CHATS = 2000;
const ROUNDS = 5;

/** Result of one run: updates per second and per-update latency. */
export interface WebhookRun {
  perSecond: number;
  p50: number;
  p99: number;
}

// On a machine with 2+ cores each bot gets core 1 to itself and everything else (load, fake API, Redis) shares
// core 0, so the two bots are measured under the same conditions; without `taskset` nothing is pinned.
const PIN = existsSync("/usr/bin/taskset") && cpus().length >= 2;
const pinned = (core: number, command: string, args: string[]): [string, string[]] =>
  PIN ? ["taskset", ["-c", String(core), command, ...args]] : [command, args];

/** Spawns a process and resolves with its first line of output (a URL or a port). */
function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const newline = out.indexOf("\n");
      if (newline >= 0) resolve({ child, line: out.slice(0, newline).trim() });
    });
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}`)));
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not come up`);
}

async function drive(url: string, texts: readonly string[], firstUpdate: number): Promise<WebhookRun> {
  const timings: number[] = [];
  let next = 0;
  const send = (i: number) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(textUpdate(firstUpdate + i, 10_000 + (i % CHATS), texts[i % texts.length]!)),
    }).then((r) => r.arrayBuffer());
  for (let i = 0; i < 200; i++) await send(UPDATES + 500 + i); // warm-up, outside the measured ids
  const started = performance.now();
  const worker = async () => {
    while (next < UPDATES) {
      const i = next++;
      const t0 = performance.now();
      await send(i);
      timings.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  timings.sort((a, b) => a - b);
  return {
    perSecond: Math.round((UPDATES / elapsed) * 1000),
    p50: timings[Math.floor(timings.length * 0.5)]!,
    p99: timings[Math.floor(timings.length * 0.99)]!,
  };
}

function median(runs: WebhookRun[]): WebhookRun {
  return [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]!;
}

/** Runs both bots over the same messages and returns their throughput (builds dist/ first when missing). */
export async function benchTelegramWebhook(
  texts: readonly string[],
): Promise<{ ours: WebhookRun; bare: WebhookRun; ratios: number[] }> {
  if (!existsSync(path.join(ROOT, "dist/.built")))
    spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "ignore" });
  const children: ChildProcess[] = [];
  const stops: (() => Promise<void>)[] = [];
  // Both bots get the same Node flags, the production ones (see Dockerfile); ours runs compiled, as production does.
  const flags = PRODUCTION_NODE_FLAGS;
  const tsx = [process.execPath, ...flags, "--import", "tsx"] as const;
  try {
    const redis = await startRedisServer({ wrap: (command, args) => pinned(0, command, args) });
    stops.push(redis.stop);
    const redisPort = redis.port;
    const fake = await start(
      ...pinned(0, tsx[0], [...tsx.slice(1), "bench/processes/fake-telegram-server.ts", TOKEN]),
    );
    children.push(fake.child);

    const port = await freePort();
    // BENCH_PROFILE=<dir> writes a CPU profile of the bot under test there.
    const profile = process.env.BENCH_PROFILE
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : [];
    const ours = spawn(...pinned(1, process.execPath, [...profile, ...flags, "dist/cli/main.js", "serve"]), {
      cwd: ROOT,
      stdio: "ignore",
      env: {
        ...process.env,
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        PORT: String(port),
        HOST: "127.0.0.1",
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.line,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        LOG_LEVEL: "warn",
        ...PRODUCTION_ENV,
      },
    });
    children.push(ours);
    await waitFor(`http://127.0.0.1:${port}/readyz`);
    const bare = await start(tsx[0], [
      ...profile,
      ...tsx.slice(1),
      "bench/processes/bare-echo-bot.ts",
      TOKEN,
      fake.line,
      SECRET,
    ]);
    children.push(bare.child);
    // Runs alternate between the two bots, five each. The machine's speed drifts (a shared 2-core VM), so each of
    // our runs is compared with the bare run right after it, and the median of those ratios is the result.
    const oursRuns: WebhookRun[] = [];
    const bareRuns: WebhookRun[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const first = 1 + round * (UPDATES + 1000);
      oursRuns.push(await drive(`http://127.0.0.1:${port}/telegram/webhook`, texts, first));
      bareRuns.push(await drive(`http://127.0.0.1:${bare.line}/telegram/webhook`, texts, first));
    }
    const ratios = oursRuns.map((run, i) => run.perSecond / bareRuns[i]!.perSecond).sort((a, b) => a - b);
    return { ours: median(oursRuns), bare: median(bareRuns), ratios };
  } finally {
    // SIGTERM first (the bots stop cleanly and write any profile), SIGKILL what is still running after 3 s.
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }),
    );
    for (const stop of stops) await stop();
  }
}
