import { describe, expect, it } from "vitest";
import { createLimiter, QueueFullError } from "../../../src/server/limiter.ts";

const later = () => {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
};

describe("the webhook limiter", () => {
  it("runs at most `max` at once, queues up to its size, refuses past it, and tells when all are done", async () => {
    const limit = createLimiter(2, 1);
    const gates = [later(), later(), later()];
    let running = 0;
    let peak = 0;
    const tasks = gates.map((gate) =>
      limit(async () => {
        peak = Math.max(peak, ++running);
        await gate.done;
        running--;
      }),
    );
    expect(limit.full()).toBe(true);
    await expect(limit(async () => {})).rejects.toBeInstanceOf(QueueFullError);
    let idle = false;
    const idled = limit.idle().then(() => (idle = true));
    gates[0]!.finish();
    gates[1]!.finish();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(idle).toBe(false); // the queued one still runs
    gates[2]!.finish();
    await Promise.all([...tasks, idled]);
    expect(peak).toBe(2);
    expect(limit.full()).toBe(false);
  });
});
