import { afterAll, describe, expect, it } from "vitest";
import {
  type RedisProcess,
  type ServeProcess,
  startRedisServer,
  startServe,
  until,
} from "../helpers/processes.ts";

let redis: RedisProcess | undefined;
let bot: ServeProcess | undefined;
afterAll(async () => {
  await bot?.stop();
  await redis?.stop();
});

describe("Redis restarted under load", () => {
  it("readiness reflects the outage, the bot recovers by itself, and nothing stored is lost", async () => {
    redis = await startRedisServer({ aof: true });
    bot = await startServe({ REDIS_URL: redis.url });
    const { base } = bot;
    const ready = async () => (await fetch(`${base}/readyz`)).status === 200;
    const ask = (userId: string, text: string) =>
      fetch(`${base}/api/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId, text }),
      });

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

    await redis.kill();
    await until(async () => !(await ready()));
    await redis.start();
    await until(ready);
    await until(async () => (await ask("after", "sinh viên đóng bao nhiêu")).status === 200);
    stop = true;
    await load;

    const reply = (await (await ask("keeper", "/nhacnho")).json()) as { replies: { text: string }[] };
    expect(reply.replies[0]!.text).toContain("15/03/2027");
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 500 || s === 503)).toBe(true);
    expect(bot.child.exitCode).toBeNull(); // the process survived the outage
    // Every connection's problems went through the logger: no plain "[ioredis] Unhandled error event" lines.
    expect(bot.stderr()).not.toContain("Unhandled error event");
  }, 90_000);
});
