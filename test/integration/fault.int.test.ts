import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/content-sandbox.ts";

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
const dir = mkdtempSync(path.join(tmpdir(), "bhyt-fault-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("Redis restarted under load", () => {
  it("readiness reflects the outage, the bot recovers by itself, and nothing stored is lost", async () => {
    const redisPort = await freePort();
    const startRedis = () => {
      const child = spawn(
        "redis-server",
        [
          "--port",
          String(redisPort),
          "--bind",
          "127.0.0.1",
          "--dir",
          dir,
          "--appendonly",
          "yes",
          "--appendfsync",
          "always",
          "--save",
          "",
        ],
        { stdio: "ignore" },
      );
      children.push(child);
      return child;
    };
    let redis = startRedis();
    const port = await freePort();
    const bot = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    children.push(bot);
    const base = `http://127.0.0.1:${port}`;
    const ready = async () => (await fetch(`${base}/readyz`)).status === 200;
    const ask = (userId: string, text: string) =>
      fetch(`${base}/api/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId, text }),
      });
    await until(ready, 30_000);

    // Steady load, with a reminder set before the outage.
    let stop = false;
    const statuses: number[] = [];
    const load = (async () => {
      for (let i = 0; !stop; i++)
        statuses.push(
          (await ask(`load-${i % 20}`, "hộ cận nghèo đóng bao nhiêu").catch(() => ({ status: 0 }))).status,
        );
    })();
    expect((await ask("keeper", "nhắc tôi gia hạn thẻ bhyt hết hạn 15/3/2027")).status).toBe(200);
    expect((await ask("keeper", "1")).status).toBe(200);

    redis.kill("SIGKILL");
    await new Promise((resolve) => redis.once("exit", resolve));
    await until(async () => !(await ready()));
    redis = startRedis();
    await until(ready);
    await until(async () => (await ask("after", "sinh viên đóng bao nhiêu")).status === 200);
    stop = true;
    await load;

    const reply = (await (await ask("keeper", "/nhacnho")).json()) as { replies: { text: string }[] };
    expect(reply.replies[0]!.text).toContain("15/03/2027");
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 500 || s === 503)).toBe(true);
    expect(bot.exitCode).toBeNull(); // the process survived the outage
  }, 90_000);
});
