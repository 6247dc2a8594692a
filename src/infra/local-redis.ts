import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import type { RedisTarget } from "./redis.ts";

/** Thrown when no Redis can be had; its message is the one line the contract asks for. */
export class RedisUnavailableError extends Error {
  constructor(detail: string) {
    super(
      `Redis is needed but not available (${detail}). Set REDIS_URL, or install Redis: apt-get install redis-server, brew install redis, or run docker compose up.`,
    );
    this.name = "RedisUnavailableError";
  }
}

/** A Redis the bot can use, and how to let go of it. */
export interface RedisHandle {
  /** Where the server is: a URL, a unix socket path, Sentinels or Cluster nodes. */
  target: RedisTarget;
  /** True when this process started the server (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

/** Starts (or reuses) a supervised redis-server with its data in `dataDir`, AOF on, listening on a unix socket. */
export async function startLocalRedis(dataDir: string): Promise<RedisHandle> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const socket = socketPath(dir);
  if (existsSync(socket) && (await answersPing(socket))) {
    return { target: { path: socket }, owned: false, stop: async () => {} };
  }
  const child = spawn(
    "redis-server",
    [
      "--port",
      "0",
      "--unixsocket",
      socket,
      "--unixsocketperm",
      "700",
      "--dir",
      dir,
      "--appendonly",
      "yes",
      "--save",
      "",
      "--logfile",
      path.join(dir, "redis.log"),
    ],
    { stdio: "ignore" },
  );
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new RedisUnavailableError(error.code === "ENOENT" ? "redis-server is not installed" : error.message),
      ),
    );
    child.once("exit", (code) =>
      reject(
        new RedisUnavailableError(
          `redis-server exited with code ${code}; see ${path.join(dir, "redis.log")}`,
        ),
      ),
    );
  });
  failed.catch(() => undefined);
  // Last resort if this process dies without stopping it: a supervised server must not outlive its supervisor.
  const orphanGuard = () => child.kill("SIGTERM");
  process.once("exit", orphanGuard);
  child.once("exit", () => process.off("exit", orphanGuard));
  await Promise.race([waitForPing(socket, 5000), failed]);
  // Another process may have won the race to start it; then ours exits and theirs serves us both.
  return { target: { path: socket }, owned: true, stop: () => stopChild(child) };
}

function socketPath(dir: string): string {
  const inside = path.join(dir, "redis.sock");
  // Unix socket paths are limited to about 107 bytes; a deep checkout gets a socket in the temp dir instead.
  if (Buffer.byteLength(inside) < 100) return inside;
  return path.join(
    tmpdir(),
    `bhyt-redis-${createHash("sha256").update(dir).digest("hex").slice(0, 12)}.sock`,
  );
}

async function answersPing(socket: string): Promise<boolean> {
  const client = new Redis({
    path: socket,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function waitForPing(socket: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(socket) && (await answersPing(socket))) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new RedisUnavailableError(`redis-server did not answer within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    // SIGTERM makes redis-server flush the AOF and exit cleanly.
    child.kill("SIGTERM");
  });
}
