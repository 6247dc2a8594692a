// Load on loopback: `bhyt serve` (Redis sessions, rate limit, classifier, answers) answering POST /api/v1/messages,
// driven by autocannon for 10 seconds with 50 connections and 20,000 distinct users.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { freePort, startBenchRedis } from "./bench-redis.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Requests per second and latency percentiles of the message API under load. */
export async function benchHttpLoad(texts: readonly string[]) {
  const redis = await startBenchRedis();
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ["--max-semi-space-size=32", "--import", "tsx", "src/cli/main.ts", "serve"],
    {
      cwd: ROOT,
      stdio: "ignore",
      env: {
        ...process.env,
        REDIS_URL: `redis://127.0.0.1:${redis.port}`,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
      },
    },
  );
  try {
    for (
      let i = 0;
      i < 400 &&
      !(await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    let n = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/api/v1/messages`,
      connections: 50,
      duration: 10,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (request) => {
            n++;
            return {
              ...request,
              body: JSON.stringify({ userId: `load-${n % 20_000}`, text: texts[n % texts.length] }),
            };
          },
        },
      ],
    });
    return {
      perSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await redis.stop();
  }
}
