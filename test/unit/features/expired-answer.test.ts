import { describe, expect, it } from "vitest";
import { createApp } from "../../../src/app.ts";
import { createMemorySessionStore } from "../../../src/core/memory-session-store.ts";
import { realContent } from "../../helpers/real-content.ts";
import { fixedClock } from "../../helpers/test-app.ts";

// Content whose legal basis has ended keeps serving (a bot that stops answering on a date helps nobody), but the
// reader is told the answer may be out of date; `content check` fails on it (see load-content tests).
describe("an answer whose legal basis has ended", () => {
  it("is still given, with a notice naming the end date and the hotline", async () => {
    const content = await realContent();
    const intents = new Map(content.intents);
    const maternity = intents.get("benefit.maternity")!;
    intents.set("benefit.maternity", { ...maternity, meta: { ...maternity.meta, valid_to: "2026-01-31" } });
    const { bot } = await createApp({
      config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
      content: { ...content, intents },
      sessions: createMemorySessionStore(),
      clock: fixedClock("2026-11-23T03:00:00Z"),
    });
    const ask = async (text: string, userId: string) =>
      (await bot.handle({ ref: { channel: "console", userId }, text, receivedAt: new Date() })).replies
        .map((r) => r.text)
        .join("\n");
    const expired = await ask("đi sinh con có được bhyt trả không", "u1");
    expect(expired).toContain("hết hiệu lực ngày 31/01/2026");
    expect(expired).toContain("1900 9068");
    const current = await ask("thẻ bhyt bị mất thì làm lại thế nào", "u2");
    expect(current).not.toContain("hết hiệu lực");
  });
});

describe("a malformed user id from a channel (review L5)", () => {
  it("is not answered and stores nothing: a tab or newline, or an id of any length", async () => {
    const content = await realContent();
    const sessions = createMemorySessionStore();
    const { bot } = await createApp({
      config: { DEFAULT_LOCALE: "vi", PROVINCE: undefined },
      content,
      sessions,
    });
    for (const userId of ["tab\tuser", "line\nbreak", "x".repeat(200_000), ""]) {
      const response = await bot.handle({
        ref: { channel: "zalobot", userId },
        text: "chào",
        receivedAt: new Date(),
      });
      expect(response.replies).toEqual([]);
      expect(await sessions.load({ channel: "zalobot", userId })).toBeUndefined();
    }
    const fine = await bot.handle({
      ref: { channel: "zalobot", userId: "a1b2c3" },
      text: "chào",
      receivedAt: new Date(),
    });
    expect(fine.replies.length).toBeGreaterThan(0);
  });
});
