import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAction, encodeAction } from "../../../src/core/actions.ts";
import { clip } from "../../../src/core/clip.ts";
import { formatForChannel, splitText } from "../../../src/core/format-for-channel.ts";
import { REDACTED, redactPersonalNumbers } from "../../../src/core/pii-guard.ts";
import { choices, t, withoutRepeatedChoices } from "../../../src/core/reply.ts";
import { createSequencer } from "../../../src/core/sequentialize.ts";
import { isInternalAddress } from "../../../src/server/client-address.ts";
import { isRetryable } from "../../../src/server/retryable.ts";

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
    expect(redactPersonalNumbers("lương 100.000.000 đồng, 3 người 12 tháng năm 2026").found).toBe(false);
  });
  it.each([
    "sdt0912345678",
    "CCCD001099012345",
    "thehn4010123456789",
    "(+84) 912 345 678",
    "(091) 234 5678",
    "0912  345  678",
    "０９１２３４５６７８",
    "09123456789",
    "sdt_0912345678",
  ])("the review's leaking form %s (F9)", (input) => {
    const result = redactPersonalNumbers(input);
    expect(result.found).toBe(true);
    expect(result.text).not.toMatch(/\d{3}/);
  });
  it("in any everyday format: stuck to a word, grouped, bracketed, with +84, in full-width digits", () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const number = fc.oneof(
      fc
        .tuple(fc.constantFrom("3", "5", "7", "8", "9"), fc.array(digit, { minLength: 8, maxLength: 8 }))
        .map(([first, rest]) => `0${first}${rest.join("")}`),
      fc.array(digit, { minLength: 12, maxLength: 12 }).map((d) => d.join("")),
      fc.array(digit, { minLength: 10, maxLength: 10 }).map((d) => d.join("")),
      fc
        .tuple(fc.constantFrom("HN", "GD", "DN", "hn"), fc.array(digit, { minLength: 13, maxLength: 13 }))
        .map(([letters, d]) => `${letters}${d.join("")}`),
    );
    const typed = fc
      .record({
        number,
        separator: fc.constantFrom("", " ", ".", "-", "  ", " - "),
        group: fc.integer({ min: 2, max: 4 }),
        country: fc.boolean(),
        wide: fc.boolean(),
        before: fc.constantFrom("", "sdt", "sđt ", "CCCD", "the", "số ", "("),
        after: fc.constantFrom("", " nhé", ")", ", cảm ơn"),
      })
      .map(({ number, separator, group, country, wide, before, after }) => {
        const withCountry =
          country && number.startsWith("0") && number.length === 10 ? `+84${number.slice(1)}` : number;
        const grouped = withCountry.match(new RegExp(`.{1,${group}}`, "g"))!.join(separator);
        const shown = wide
          ? grouped.replace(/[0-9+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
          : grouped;
        return { text: `${before}${shown}${after}`, digits: number.replace(/\D/g, "") };
      });
    fc.assert(
      fc.property(typed, ({ text, digits }) => {
        const { text: kept, found } = redactPersonalNumbers(text);
        expect(found).toBe(true);
        // No four digits of the number survive in a row.
        const left = kept.replace(/\D/g, "");
        for (let i = 0; i + 4 <= digits.length; i++) expect(left).not.toContain(digits.slice(i, i + 4));
      }),
      { numRuns: 500 },
    );
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

describe("failures a channel should send again", () => {
  it("are the passing ones: storage or the network out of reach, a 5xx or 429, wrapped or not", () => {
    const redisDown = Object.assign(new Error("Reached the max retries per request limit"), {
      name: "MaxRetriesPerRequestError",
    });
    const botError = (error: unknown) =>
      Object.assign(new Error("Error in middleware"), { name: "BotError", error });
    expect(isRetryable(botError(redisDown))).toBe(true);
    expect(
      isRetryable(
        botError(Object.assign(new Error("Bad Gateway"), { name: "GrammyError", error_code: 502 })),
      ),
    ).toBe(true);
    expect(
      isRetryable(botError(Object.assign(new Error("Network request failed"), { name: "HttpError" }))),
    ).toBe(true);
    expect(isRetryable(new Error("Connection is closed."))).toBe(true);
    expect(isRetryable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(
      isRetryable(botError(Object.assign(new Error("Bad Request: chat not found"), { error_code: 400 }))),
    ).toBe(false);
  });
});

describe("clipping a text for a note", () => {
  it("never cuts a character in half (L4)", () => {
    const text = `${"a".repeat(299)}😀 và tiếp`;
    const clipped = clip(text, 300);
    expect(clipped).toBe(`${"a".repeat(299)}😀`);
    expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(clip("ngắn", 300)).toBe("ngắn");
  });
});

describe("internal addresses, which may read /metrics (review L2)", () => {
  it("are this machine and private networks, in either IP version", () => {
    for (const address of [
      "127.0.0.1",
      "::1",
      "::ffff:127.0.0.1",
      "10.1.2.3",
      "172.20.0.5",
      "192.168.1.9",
      "fd12:3456::1",
    ])
      expect(isInternalAddress(address), address).toBe(true);
    for (const address of [
      "203.0.113.9",
      "172.32.0.1",
      "8.8.8.8",
      "::ffff:203.0.113.9",
      "2001:db8::1",
      "unknown",
    ])
      expect(isInternalAddress(address), address).toBe(false);
  });
});

describe("withoutRepeatedChoices", () => {
  const button = (action: string) => ({ label: t(`common:${action}`), action });
  it("drops a button a later reply of the same turn repeats, and keeps a reply whose buttons all went as text", () => {
    const turn = withoutRepeatedChoices([
      choices([t("common:a")], [button("pay"), button("papers")]),
      choices([t("common:b")], [button("pay"), button("hotline")]),
      choices([t("common:c")], [button("papers")]),
    ]);
    expect(turn.map((r) => (r.kind === "choices" ? r.choices.map((c) => c.action) : r.kind))).toEqual([
      ["pay", "papers"],
      ["hotline"],
      "text",
    ]);
  });
});
