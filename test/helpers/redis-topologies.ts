// Larger Redis deployments, for real, on loopback: a Sentinel-watched master with a replica, and a 3-master Cluster.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { exited, freePort, launchRedis, until } from "./processes.ts";

const run = promisify(execFile);
const cli = async (port: number, ...args: string[]) =>
  (await run("redis-cli", ["-p", String(port), ...args])).stdout.trim();

/** A running group of Redis processes and how to take it down. */
export interface RedisTopology {
  /** host:port list for REDIS_SENTINELS or REDIS_CLUSTER_NODES. */
  nodes: string;
  ports: number[];
  /** Stops one process (by port) with SIGKILL, as a crash would. */
  kill(port: number): Promise<void>;
  stop(): Promise<void>;
}

async function group(): Promise<{
  add: (args: (dir: string) => string[], port: number) => Promise<void>;
  kill: (port: number) => Promise<void>;
  stop: () => Promise<void>;
}> {
  const root = mkdtempSync(path.join(tmpdir(), "bhyt-topology-"));
  const children = new Map<number, Awaited<ReturnType<typeof launchRedis>>>();
  return {
    async add(args, port) {
      const own = mkdtempSync(path.join(root, `${port}-`));
      children.set(port, await launchRedis(args(own), port));
    },
    async kill(port) {
      const child = children.get(port);
      child?.kill("SIGKILL");
      if (child) await exited(child);
    },
    async stop() {
      for (const child of children.values()) child.kill("SIGKILL");
      await Promise.all([...children.values()].map(exited));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

const base = (port: number, dir: string) => ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir];

/** A master, a replica and one Sentinel watching them as "mymaster"; `nodes` lists the Sentinel. */
export async function startSentinelGroup(): Promise<RedisTopology & { master: number; replica: number }> {
  const g = await group();
  const [master, replica, sentinel] = [await freePort(), await freePort(), await freePort()];
  await g.add((dir) => [...base(master, dir), "--save", ""], master);
  await g.add(
    (dir) => [...base(replica, dir), "--save", "", "--replicaof", "127.0.0.1", String(master)],
    replica,
  );
  await g.add((dir) => {
    const conf = path.join(dir, "sentinel.conf");
    writeFileSync(
      conf,
      [
        `port ${sentinel}`,
        "bind 127.0.0.1",
        `dir ${dir}`,
        `sentinel monitor mymaster 127.0.0.1 ${master} 1`,
        "sentinel down-after-milliseconds mymaster 1000",
        "sentinel failover-timeout mymaster 5000",
        "",
      ].join("\n"),
    );
    return [conf, "--sentinel"];
  }, sentinel);
  await until(async () => (await cli(replica, "info", "replication")).includes("master_link_status:up"));
  return {
    nodes: `127.0.0.1:${sentinel}`,
    ports: [master, replica, sentinel],
    master,
    replica,
    kill: g.kill,
    stop: g.stop,
  };
}

/** Three Cluster masters sharing the 16,384 slots; `nodes` lists all three as seeds. */
export async function startCluster(): Promise<RedisTopology> {
  const g = await group();
  const ports = [await freePort(), await freePort(), await freePort()];
  for (const port of ports)
    await g.add(
      (dir) => [
        ...base(port, dir),
        "--save",
        "",
        "--cluster-enabled",
        "yes",
        "--cluster-config-file",
        path.join(dir, "nodes.conf"),
        "--cluster-node-timeout",
        "2000",
      ],
      port,
    );
  await run("redis-cli", [
    "--cluster",
    "create",
    ...ports.map((port) => `127.0.0.1:${port}`),
    "--cluster-replicas",
    "0",
    "--cluster-yes",
  ]);
  for (const port of ports)
    await until(async () => (await cli(port, "cluster", "info")).includes("cluster_state:ok"));
  return { nodes: ports.map((port) => `127.0.0.1:${port}`).join(","), ports, kill: g.kill, stop: g.stop };
}
