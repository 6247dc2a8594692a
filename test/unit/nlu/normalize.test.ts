import { describe, expect, it } from "vitest";
import { foldDiacritics } from "../../../src/core/fold.ts";
import { detectLanguage } from "../../../src/nlu/language.ts";
import { createNormalizer } from "../../../src/nlu/normalize.ts";
import { createSpellCorrector } from "../../../src/nlu/spell.ts";
import { realContent } from "../../helpers/real-content.ts";

const normalize = createNormalizer((await realContent()).abbreviations);

describe("normalisation", () => {
  it("folds diacritics and maps đ to d", () => {
    expect(foldDiacritics("Đóng BHYT ĐĂNG KÝ được không")).toBe("dong bhyt dang ky duoc khong");
  });

  it("expands abbreviations and teencode, drops fillers", () => {
    expect(normalize("ad ơi bhyt hgđ đóng bn ạ").tokens).toEqual([
      "bao",
      "hiem",
      "y",
      "te",
      "ho",
      "gia",
      "dinh",
      "dong",
      "bao",
      "nhieu",
    ]);
    expect(normalize("ko dc cấp thẻ à").tokens).toEqual(["khong", "duoc", "cap", "the"]);
  });

  it("reads ambiguous abbreviations from their neighbours", () => {
    expect(normalize("quên mk vssid").tokens).toContain("mat");
    expect(normalize("mk muốn hỏi").tokens).not.toContain("mat");
    expect(normalize("bn tuổi").tokens).not.toContain("bao");
    expect(normalize("đóng bn tiền").tokens.join(" ")).toContain("bao nhieu");
  });

  it("keeps the marked forms as extra evidence only when the user typed diacritics", () => {
    expect(normalize("đóng tiền").marked).toEqual(["đóng", "tiền"]);
    expect(normalize("dong tien").marked).toEqual([]);
  });

  it("collapses stretched letters, strips emoji and zero-width characters, and normalises money", () => {
    expect(normalize("nhiềuuuu 😭\u200b").tokens).toEqual(["nhieu"]);
    expect(normalize("đóng 1.263.600đ hay 105k").tokens).toEqual(["dong", "sotien", "hay", "sotien"]);
  });
});

describe("typo correction", () => {
  const correct = createSpellCorrector(
    new Map([
      ["hiem", 50],
      ["nghieo", 1],
      ["ngheo", 30],
      ["the", 40],
      ["xa", 20],
      ["hoi", 25],
    ]),
  );
  it("maps an unknown word one edit away to the most frequent known word", () => {
    expect(correct("hiemm")).toEqual(["hiem"]);
    expect(correct("nghoe")).toEqual(["ngheo"]);
    expect(correct("hime")).toEqual(["hiem"]);
  });
  it("splits two syllables typed without a space ('xãhội' folds to 'xahoi')", () => {
    expect(correct("xahoi")).toEqual(["xa", "hoi"]);
    expect(correct("hiemthe")).toEqual(["hiem", "the"]);
  });
  it("leaves short, numeric and far-off words alone", () => {
    expect(correct("th")).toEqual(["th"]);
    expect(correct("2026")).toEqual(["2026"]);
    expect(correct("xyzzy")).toEqual(["xyzzy"]);
    expect(correct("xaxyz")).toEqual(["xaxyz"]);
  });
});

describe("language detection", () => {
  it.each([
    ["hộ cận nghèo đóng bao nhiêu", "vi"],
    ["bhyt ho gia dinh dong bao nhieu", "vi"],
    ["how much does a family of four pay for health insurance", "en"],
    ["where can I renew my card", "en"],
    ["ok", undefined],
    ["2", undefined],
  ])("%s → %s", (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
