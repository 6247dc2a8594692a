import { describe, expect, it } from "vitest";
import { decodeAction, encodeAction } from "../../../src/core/actions.ts";
import { formatForChannel, splitText } from "../../../src/core/format-for-channel.ts";
import { REDACTED, redactPersonalNumbers } from "../../../src/core/pii-guard.ts";
import { createSequencer } from "../../../src/core/sequentialize.ts";

describe("personal numbers are never kept", () => {
  it.each([
    ["CCCD của em là 079203001234", `CCCD của em là ${REDACTED}`],
    ["sđt 0912 345 678 nhé", `sđt ${REDACTED} nhé`],
    ["số thẻ GD4797920123456", `số thẻ ${REDACTED}`],
    ["mã bhxh 7912345678", `mã bhxh ${REDACTED}`],
    ["+84 912345678", `+${REDACTED}`],
  ])("%s", (input, expected) => {
    const result = redactPersonalNumbers(input);
    expect(result.found).toBe(true);
    expect(result.text.replace("+[", "[")).toBe(expected.replace("+[", "["));
  });
  it("leaves amounts, dates and household sizes alone", () => {
    expect(redactPersonalNumbers("nhà 4 người đóng 1.366.200 đ từ 15/3/2027").found).toBe(false);
  });
});

describe("button actions", () => {
  it("round-trips and rejects what a client could forge", () => {
    expect(decodeAction(encodeAction({ type: "intent", intent: "contribution.student" }))).toEqual({
      type: "intent",
      intent: "contribution.student",
    });
    expect(decodeAction("lang:fr")).toBeUndefined();
    expect(decodeAction("intent:<script>")).toBeUndefined();
    expect(decodeAction("menu")).toEqual({ type: "menu" });
  });
});

describe("formatting for a channel", () => {
  const reply = {
    text: "Câu hỏi?",
    buttons: [
      { label: "Một", action: "a" },
      { label: "Hai", action: "b" },
    ],
  };
  it("keeps buttons where the channel has them", () => {
    expect(formatForChannel([reply], { textLimit: 100, maxButtons: 5 }, "hint")).toEqual([
      { text: "Câu hỏi?", buttons: reply.buttons },
    ]);
  });
  it("turns buttons into a numbered list where it has none", () => {
    expect(formatForChannel([reply], { textLimit: 100, maxButtons: 0 }, "(gõ số)")[0]).toEqual({
      text: "Câu hỏi?\n\n1. Một\n2. Hai\n(gõ số)",
      buttons: [],
    });
  });
  it("splits long text under the limit at paragraph and word boundaries, losing nothing", () => {
    const text = `${"a ".repeat(30)}\n\n${"b ".repeat(30)}`;
    const pieces = splitText(text, 50);
    expect(pieces.every((p) => p.length <= 50)).toBe(true);
    expect(pieces.join(" ").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
  });
});

describe("sequencing", () => {
  it("runs one chat's messages in order and others in parallel", async () => {
    const run = createSequencer();
    const order: string[] = [];
    const slow = run("chat1", async () => {
      await new Promise((r) => setTimeout(r, 30));
      order.push("1a");
    });
    const fast = run("chat1", async () => order.push("1b"));
    const other = run("chat2", async () => order.push("2"));
    await Promise.all([slow, fast, other]);
    expect(order).toEqual(["2", "1a", "1b"]);
  });
});
