import { describe, expect, it } from "vitest";
import { answerSafely } from "../../../src/dialogue/answer-safely.ts";

describe("answerSafely", () => {
  it("gives the handler's outcome when it answers", async () => {
    const outcome = { replies: [] };
    expect(await answerSafely(async () => outcome, "1900 9068")).toBe(outcome);
  });

  it("turns a fault in the bot's own code into an apology with the hotline, and reports it", async () => {
    const faults: unknown[] = [];
    const outcome = await answerSafely(
      async () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
      "1900 9068",
      (error) => faults.push(error),
    );
    expect(JSON.stringify(outcome.replies)).toContain("fault.apology");
    expect(JSON.stringify(outcome.replies)).toContain("1900 9068");
    expect(faults).toHaveLength(1);
  });

  it("lets an outage through, so the channel sends the update again", async () => {
    const outage = new Error("Connection is closed.");
    await expect(
      answerSafely(async () => {
        throw outage;
      }, "1900 9068"),
    ).rejects.toBe(outage);
  });
});
