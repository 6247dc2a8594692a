// Real processes for tests and benchmarks: throw-away redis-servers and `bhyt serve` instances on free ports.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./content-sandbox.ts";

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once `check` holds (errors count as "not yet"); rejects after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Spawns redis-server (or Sentinel) with `args` and resolves once it accepts connections on `port`. */
export async function launchRedis(
  args: string[],
  port: number,
  wrap: (command: string, args: string[]) => [string, string[]] = (command, rest) => [command, rest],
): Promise<ChildProcess> {
  const child = spawn(...wrap("redis-server", args), { stdio: "ignore" });
  await new Promise<void>((resolve, reject) => {
    child.once("error", (error) =>
      reject(new Error(`Tests need redis-server on PATH (apt-get install redis-server): ${error.message}`)),
    );
    child.once("spawn", () => resolve());
  });
  await until(() => portOpen(port), 10_000);
  return child;
}

/** Resolves when a process has exited (at once if it already has). */
export const exited = (child: ChildProcess): Promise<unknown> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", resolve));

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/** A redis-server of our own, in a temporary folder, that can be killed and started again on the same data. */
export interface RedisProcess {
  port: number;
  url: string;
  /** The running server (replaced by `start`). */
  child: ChildProcess;
  /** Starts the server again on the same port and folder (after `kill`). */
  start(): Promise<void>;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/** Starts redis-server on a free port; `aof` keeps every write on disk (appendfsync always), as production does. */
export async function startRedisServer(
  options: { aof?: boolean; wrap?: (command: string, args: string[]) => [string, string[]] } = {},
): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "bhyt-redis-"));
  const persistence = options.aof
    ? ["--appendonly", "yes", "--appendfsync", "always"]
    : ["--appendonly", "no"];
  // 32 databases: each test file that writes to Redis has its own, and there are more such files than the default 16.
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--dir",
    dir,
    "--save",
    "",
    "--databases",
    "32",
    ...persistence,
  ];
  const handle: RedisProcess = {
    port,
    url: `redis://127.0.0.1:${port}`,
    child: undefined as unknown as ChildProcess,
    async start() {
      handle.child = await launchRedis(args, port, options.wrap);
    },
    async kill() {
      handle.child.kill("SIGKILL");
      await exited(handle.child);
    },
    async stop() {
      handle.child.kill("SIGTERM");
      await exited(handle.child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await handle.start();
  return handle;
}

/** A running `bhyt serve` process. */
export interface ServeProcess {
  base: string;
  child: ChildProcess;
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

/** Starts `bhyt serve` on a free port with `env` (and Node flags) and waits until it is ready. */
export async function startServe(
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}`;
  // An exited process counts as "done waiting", so a start-up error is reported at once, with its output.
  await until(async () => child.exitCode !== null || (await fetch(`${base}/readyz`)).ok, 30_000).catch(
    () => {},
  );
  if (
    child.exitCode !== null ||
    !(await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    child.kill("SIGKILL");
    throw new Error(`bhyt serve did not become ready: ${stderr}`);
  }
  return {
    base,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
