// Start to ready: `bhyt serve` compiled and run by plain node with the prebuilt model, against the TypeScript
// sources through the tsx loader training the model at start; each started 3 times on a fresh redis-server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startRedisServer, until } from "../test/helpers/processes.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** One way of starting: its median time to ready and resident memory once ready. */
export interface StartupRun {
  how: string;
  readyMs: number;
  rssMb: number;
}

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

async function timeStart(args: string[], env: Record<string, string>): Promise<{ ms: number; rss: number }> {
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
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return { ms, rss };
}

/** Builds dist/ when missing, then times each way of starting. */
export async function benchStartup(): Promise<StartupRun[]> {
  if (!existsSync(path.join(ROOT, "dist/.built")))
    spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "ignore" });
  const redis = await startRedisServer();
  const runs: StartupRun[] = [];
  try {
    const ways: [string, () => { args: string[]; env: Record<string, string> }][] = [
      ["node dist/ (compiled), prebuilt model", () => ({ args: ["dist/cli/main.js", "serve"], env: {} })],
      [
        "tsx src/ (loader), model trained at start",
        () => ({
          args: ["--import", "tsx", "src/cli/main.ts", "serve"],
          env: { MODEL_DIR: mkdtempSync(path.join(tmpdir(), "bhyt-nomodel-")) },
        }),
      ],
    ];
    for (const [how, make] of ways) {
      const times: { ms: number; rss: number }[] = [];
      for (let i = 0; i < 3; i++) {
        const { args, env } = make();
        times.push(await timeStart(args, { ...env, REDIS_URL: redis.url }));
        if (env.MODEL_DIR) rmSync(env.MODEL_DIR, { recursive: true, force: true });
      }
      times.sort((a, b) => a.ms - b.ms);
      runs.push({ how, readyMs: times[1]!.ms, rssMb: times[1]!.rss });
    }
    return runs;
  } finally {
    await redis.stop();
  }
}
