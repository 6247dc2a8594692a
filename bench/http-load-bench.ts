// Load on loopback: `bhyt serve` (Redis sessions, rate limit, classifier, answers) answering POST /api/v1/messages,
// driven by autocannon for 10 seconds with 50 connections and 20,000 distinct users.
import autocannon from "autocannon";
import { startRedisServer, startServe } from "../test/helpers/processes.ts";

/** Requests per second and latency percentiles of the message API under load. */
export async function benchHttpLoad(texts: readonly string[]) {
  const redis = await startRedisServer();
  // A larger young generation is the production setting (see Dockerfile).
  const server = await startServe({ REDIS_URL: redis.url }, ["--max-semi-space-size=32"]);
  try {
    let n = 0;
    const result = await autocannon({
      url: `${server.base}/api/v1/messages`,
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
    await server.stop();
    await redis.stop();
  }
}
