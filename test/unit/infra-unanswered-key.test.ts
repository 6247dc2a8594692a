import { describe, expect, it } from "vitest";
import { unansweredKey } from "../../src/infra/unanswered-key.ts";

describe("the group of a question the bot missed", () => {
  it("is one group however the same question is framed, with or without marks, in any word order", () => {
    const key = unansweredKey("tôi muốn hỏi về xe buýt điện miễn phí");
    expect(key).toBe("buyt dien mien phi xe");
    for (const wording of [
      "cho tôi hỏi về xe buýt điện miễn phí",
      "xe buýt điện có miễn phí không",
      "ad oi xe buyt dien mien phi ko???",
      "Xe buýt điện miễn phí à",
    ])
      expect(unansweredKey(wording)).toBe(key);
  });

  it("keeps questions on different things apart, and keeps topic words that look like English frame words", () => {
    expect(unansweredKey("xe buýt điện có miễn phí không")).not.toBe(
      unansweredKey("xe buýt điện giá bao nhiêu"),
    );
    expect(unansweredKey("in thẻ ở đâu")).toContain("the");
    expect(unansweredKey("mẹ tôi ăn được không")).toBe("an me");
    expect(unansweredKey("I want to ask about the electric bus")).toBe("bus electric the");
  });

  it("hides personal numbers and keeps a question made only of frame words", () => {
    expect(unansweredKey("số cccd 012345678901 của tôi")).not.toMatch(/\d/);
    expect(unansweredKey("cho tôi hỏi với")).toBe("cho toi hoi voi");
    expect(unansweredKey("!!!")).toBe("");
  });
});
