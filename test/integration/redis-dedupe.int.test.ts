import { afterAll, describe, expect, it } from "vitest";
import { createRedisDedupe, EventInProgressError, once } from "../../src/infra/redis-dedupe.ts";
import { testRedis } from "../helpers/test-app.ts";

const redis = testRedis(17);
afterAll(() => redis.quit());

describe("events handled once, and again when handling was cut short (review F6)", () => {
  const dedupe = createRedisDedupe(redis);

  it("claims an event once; confirmed, it stays handled; given back, it can be claimed again", async () => {
    expect(await dedupe.claim("t", "1")).toBe("claimed");
    expect(await dedupe.claim("t", "1")).toBe("busy");
    await dedupe.release("t", "1");
    expect(await dedupe.claim("t", "1")).toBe("claimed");
    await dedupe.done("t", "1");
    expect(await dedupe.claim("t", "1")).toBe("handled");
    expect(await redis.ttl("bhyt:v1:{dedupe:t}:1")).toBeGreaterThan(47 * 3600);
  });

  it("frees a claim whose handler died once its lease runs out", async () => {
    expect(await dedupe.claim("t", "2")).toBe("claimed");
    // Meanwhile a re-send is neither handled nor dropped: its sender is told to come again.
    await expect(once(dedupe, "t", "2", async () => {})).rejects.toThrow(EventInProgressError);
    const lease = await redis.ttl("bhyt:v1:{dedupe:t}:2");
    expect(lease).toBeGreaterThan(0);
    expect(lease).toBeLessThanOrEqual(120);
    await redis.pexpire("bhyt:v1:{dedupe:t}:2", 1); // the lease running out
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await dedupe.claim("t", "2")).toBe("claimed");
  });

  it("gives an event back when its handler throws, and marks it handled when it succeeds", async () => {
    await expect(once(dedupe, "t", "3", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    let runs = 0;
    expect(await once(dedupe, "t", "3", async () => void runs++)).toBe(true);
    expect(await once(dedupe, "t", "3", async () => void runs++)).toBe(false);
    expect(runs).toBe(1);
  });
});
