import { describe, expect, it } from "vitest";
import { foldWords } from "../../../src/core/fold.ts";
import type { PendingChoice } from "../../../src/core/session.ts";
import { readTypedReply } from "../../../src/dialogue/typed-reply.ts";
import { realContent } from "../../helpers/real-content.ts";

const months: PendingChoice[] = [3, 6, 12].map((m) => ({
  action: `calc:months=${m}`,
  labels: [`${m} thang`, `${m} months`],
}));
const confirm: PendingChoice[] = [
  { action: "rem:confirm=yes", labels: [foldWords("✅ Đặt nhắc"), "set reminders"], means: "yes" as const },
  { action: "rem:confirm=no", labels: ["khong", "no"], means: "no" as const },
];

describe("reading a typed reply to the bot's own question", async () => {
  const lexicon = (await realContent()).typedReplies;
  const read = (text: string, pending: readonly PendingChoice[] = confirm, numbers = true) =>
    readTypedReply(text, pending, lexicon, { numbers });

  it("reads yes and no in every register, with or without marks and closing particles", () => {
    for (const yes of ["ok", "OK!", "oke nhé", "có ạ", "co", "dạ được", "đúng rồi", "sure", "Yes please"])
      expect(read(yes), yes).toEqual({ kind: "pick", action: "rem:confirm=yes" });
    for (const no of ["không", "ko", "k", "thôi khỏi", "huỷ", "no thanks"])
      expect(read(no), no).toEqual({ kind: "pick", action: "rem:confirm=no" });
  });

  it("reads yes and no for buttons labelled yes and no that carry no meaning of their own", () => {
    const plain: PendingChoice[] = [
      { action: "triage:a", labels: ["co", "yes"] },
      { action: "triage:b", labels: ["khong", "no"] },
    ];
    expect(read("ừ", plain)).toEqual({ kind: "pick", action: "triage:a" });
    expect(read("ko", plain)).toEqual({ kind: "pick", action: "triage:b" });
    // "không" as an answer to a list with no "no" button is not read as a pick.
    expect(read("không", months)).toBeUndefined();
  });

  it("reads a label or a unique part of one, in either language", () => {
    expect(read("6 tháng", months)).toEqual({ kind: "pick", action: "calc:months=6" });
    expect(read("12 months", months)).toEqual({ kind: "pick", action: "calc:months=12" });
    expect(read("đặt nhắc")).toEqual({ kind: "pick", action: "rem:confirm=yes" });
    // "tháng" is part of every label: no guess.
    expect(read("tháng", months)).toBeUndefined();
  });

  it("says a number is out of range instead of guessing, unless numbers are the flow's own answers", () => {
    // Under a sum, "2" may be two people as well as "6 months": asked back, never read as either silently.
    expect(read("2", months)).toEqual({ kind: "count_or_pick", count: 2, action: "calc:months=6" });
    expect(read("5", months)).toEqual({ kind: "out_of_range", count: 3 });
    expect(read("5", months, false)).toBeUndefined();
  });

  it("leaves a new question, and yes/no when no choice means it, to the rest of the bot", () => {
    expect(read("có được hoàn tiền không")).toBeUndefined();
    expect(read("ok", months)).toBeUndefined();
    expect(read("ok", [])).toBeUndefined();
  });
});
