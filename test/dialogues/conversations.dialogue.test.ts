import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { REPO_ROOT } from "../helpers/content-sandbox.ts";
import { terminalChatApp } from "../helpers/test-app.ts";

// Scripted conversations kept as data (test/conversations/*.yaml), typed into the terminal chat of the real bot
// with sessions, reminders and the staff desk in Redis: each turn's reply must contain every `expect` text and
// none of the `reject` texts, and each `once` text exactly once (case-insensitive).
const TurnSchema = z.strictObject({
  say: z.string().min(1),
  expect: z.array(z.string().min(1)).default([]),
  reject: z.array(z.string().min(1)).default([]),
  // Texts that must be in the reply exactly once (a button offered twice is a defect).
  once: z.array(z.string().min(1)).default([]),
});
const ConversationSchema = z.strictObject({
  name: z.string().min(1),
  /** The review defect or the flow it covers (D01…, or a flow name). */
  covers: z.string().min(1),
  locale: z.enum(["vi", "en"]).optional(),
  turns: z.array(TurnSchema).min(1),
});

const folder = path.join(REPO_ROOT, "test/conversations");
const files = readdirSync(folder).filter((file) => file.endsWith(".yaml"));
const conversations = files.flatMap((file) =>
  z
    .array(ConversationSchema)
    .parse(parse(readFileSync(path.join(folder, file), "utf8")))
    .map((conversation, index) => ({ ...conversation, id: `${file.replace(/\.yaml$/, "")}-${index + 1}` })),
);

const { chat } = terminalChatApp(4);

describe("scripted conversations (test/conversations/)", () => {
  it("has conversations with distinct names", () => {
    expect(conversations.length).toBeGreaterThanOrEqual(80);
    expect(new Set(conversations.map((c) => c.name)).size).toBe(conversations.length);
  });

  it.each(conversations)("$id: $name", async ({ id, locale, turns }) => {
    for (const [index, turn] of turns.entries()) {
      const reply = (await chat([turn.say], `conversation-${id}`, locale)).toLowerCase();
      const where = `turn ${index + 1} (“${turn.say}”) replied:\n${reply}`;
      for (const wanted of turn.expect) expect(reply, where).toContain(wanted.toLowerCase());
      for (const unwanted of turn.reject) expect(reply, where).not.toContain(unwanted.toLowerCase());
      for (const single of turn.once) expect(reply.split(single.toLowerCase()).length - 1, where).toBe(1);
    }
  });
});
