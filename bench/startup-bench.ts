// Start to ready: `bhyt serve` compiled and run by plain node with the prebuilt model, against the TypeScript
// sources through the tsx loader training the model at start; each started 3 times on a fresh redis-server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startRedisServer, until } from "../test/helpers/processes.ts";
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from "./production-node.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** One way of starting: its median time to ready, resident memory once ready and after 10,000 messages. */
export interface StartupRun {
  how: string;
  readyMs: number;
  rssMb: number;
  afterMb: number;
  redisCommandsPerMessage: number;
}

const MESSAGES = 10_000;

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

const readTexts = () =>
  readFileSync(path.join(ROOT, "test/fixtures/eval-dev.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => (JSON.parse(line) as { q: string }).q);

// Redis commands the server has sent so far (the sum of INFO commandstats).
async function commandsServed(redisUrl: string): Promise<number> {
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl);
  const info = await redis.info("commandstats");
  await redis.quit();
  return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** Sends 10,000 messages from 2,000 users through the message API, 20 at a time. */
async function sendMessages(base: string): Promise<void> {
  const texts = readTexts();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < MESSAGES) {
        const i = next++;
        await fetch(`${base}/api/v1/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ userId: `mem-${i % 2000}`, text: texts[i % texts.length] }),
        }).then((r) => r.text());
      }
    }),
  );
}

export async function timeStart(
  args: string[],
  env: Record<string, string>,
  load = false,
): Promise<{ ms: number; rss: number; after: number; perMessage: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "silent" },
  });
  await until(
    () =>
      fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      ),
    30_000,
  );
  const ms = performance.now() - started;
  const rss = rssOf(child.pid!);
  let after = 0;
  let perMessage = 0;
  if (load) {
    const before = await commandsServed(env.REDIS_URL!);
    await sendMessages(`http://127.0.0.1:${port}`);
    after = rssOf(child.pid!);
    perMessage = ((await commandsServed(env.REDIS_URL!)) - before) / MESSAGES;
  }
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return { ms, rss, after, perMessage };
}

/** Builds dist/ when missing, then times each way of starting. */
export async function benchStartup(): Promise<StartupRun[]> {
  if (!existsSync(path.join(ROOT, "dist/.built")))
    spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "ignore" });
  const redis = await startRedisServer();
  const runs: StartupRun[] = [];
  try {
    const ways: [string, () => { args: string[]; env: Record<string, string> }][] = [
      // With the image's Node options (see Dockerfile), as production runs.
      [
        "node dist/ (compiled), prebuilt model",
        () => ({ args: [...PRODUCTION_NODE_FLAGS, "dist/cli/main.js", "serve"], env: { ...PRODUCTION_ENV } }),
      ],
      [
        "tsx src/ (loader), model trained at start",
        () => ({
          args: ["--import", "tsx", "src/cli/main.ts", "serve"],
          env: { MODEL_DIR: mkdtempSync(path.join(tmpdir(), "bhyt-nomodel-")) },
        }),
      ],
    ];
    for (const [how, make] of ways) {
      const times: Awaited<ReturnType<typeof timeStart>>[] = [];
      for (let i = 0; i < 3; i++) {
        const { args, env } = make();
        // The first start of each way also takes 10,000 messages (memory after them, Redis commands per message).
        times.push(await timeStart(args, { ...env, REDIS_URL: redis.url }, i === 0));
        if (env.MODEL_DIR) rmSync(env.MODEL_DIR, { recursive: true, force: true });
      }
      const loaded = times[0]!;
      times.sort((a, b) => a.ms - b.ms);
      runs.push({
        how,
        readyMs: times[1]!.ms,
        rssMb: times[1]!.rss,
        afterMb: loaded.after,
        redisCommandsPerMessage: loaded.perMessage,
      });
    }
    return runs;
  } finally {
    await redis.stop();
  }
}
