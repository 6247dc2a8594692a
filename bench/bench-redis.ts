// Throw-away redis-servers and free ports for the benchmarks.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a redis-server without persistence in a temporary folder, optionally through `wrap` (e.g. taskset). */
export async function startBenchRedis(
  wrap: (command: string, args: string[]) => [string, string[]] = (c, a) => [c, a],
): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "bhyt-bench-redis-"));
  const child: ChildProcess = spawn(
    ...wrap("redis-server", [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      "no",
    ]),
    { stdio: "ignore" },
  );
  const probe = new Redis(port, "127.0.0.1", { retryStrategy: () => 50 });
  probe.on("error", () => {});
  await probe.ping();
  probe.disconnect();
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGKILL");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
