import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newSession } from "../../../src/core/session.ts";
import type { Turn } from "../../../src/features/handler.ts";
import { placeIndexOf, placeKey } from "../../../src/features/places/place-index.ts";
import { answerPlaceName } from "../../../src/features/places/place-name.ts";
import { looksLikePlace, readPlace } from "../../../src/features/places/place-reading.ts";
import { REPO_ROOT } from "../../helpers/content-sandbox.ts";
import { realContent } from "../../helpers/real-content.ts";

const content = await realContent();
const today = "2026-11-23";
const index = placeIndexOf(content);
const read = (message: string, province?: string, fuzzy = false) =>
  readPlace(content, today, message, { fuzzy, ...(province ? { province } : {}) });

describe("placeKey", () => {
  it("spells y and i after a consonant alike, with or without marks", () => {
    expect(placeKey("Mỹ Quý")).toBe(placeKey("Mĩ Quí"));
    expect(placeKey("my quy")).toBe(placeKey("Mỹ Quí"));
    expect(placeKey("Kỳ Sơn")).toBe(placeKey("Kì Sơn"));
  });

  it("keeps y after a vowel, where it is another sound", () => {
    expect(placeKey("Thủy")).not.toBe(placeKey("Thủi"));
    expect(placeKey("Tây Ninh")).toBe("tay ninh");
  });
});

describe("place index", () => {
  it("finds a commune by a spelling of y the data does not use", () => {
    expect(index.find("xã Mỹ Quý", today)?.commune).toBe("Mỹ Quí");
  });

  it("finds a former district by the BHXH office named after it, with the communes it serves", () => {
    const district = index.district("huyện Sơn Dương");
    expect(district?.province).toBe("tuyen_quang");
    expect(district?.communes).toEqual([
      "Hợp Thành",
      "Tân Trào",
      "Minh Thanh",
      "Kháng Nhật",
      "Đông Thọ",
      "Phúc Ứng",
    ]);
    expect(index.district("Tháp Mười")?.name).toBe("Tháp Mười");
    expect(index.district("Sơn", undefined, false)).toBeUndefined();
  });

  it("lists the communes of a province with places, and none for a province without data", () => {
    expect(index.communesIn("dong_thap", today)).toContain("Láng Biển");
    expect(index.communesIn("ha_noi", today)).toEqual([]);
  });
});

describe("readPlace", () => {
  it("reads each part of a comma address and takes the commune", () => {
    const reading = read("Kháng Nhật, Sơn Dương, Tuyên Quang");
    expect(reading).toMatchObject({
      kind: "commune",
      found: { commune: "Kháng Nhật", province: "tuyen_quang" },
    });
  });

  it("reads an address typed without commas, with a hamlet before the commune", () => {
    expect(read("thôn 5 xã Kháng Nhật huyện Sơn Dương")).toMatchObject({ kind: "commune" });
    expect(read("số nhà 12, đường Lê Lợi, xã Hợp Thành")).toMatchObject({ kind: "commune" });
  });

  it("leaves out the words said around the name", () => {
    expect(read("còn Tân Trào thì sao")).toMatchObject({ found: { commune: "Tân Trào" } });
    expect(read("rứa còn xã Trường Xuân")).toMatchObject({ found: { commune: "Trường Xuân" } });
    expect(read("à nhầm, em ở xã Mỹ Quý")).toMatchObject({ found: { commune: "Mỹ Quí" } });
    expect(read("what about Tan Trao?")).toMatchObject({ found: { commune: "Tân Trào" } });
    // A name that starts with a word that is filler elsewhere is still itself.
    expect(read("Minh Thanh")).toMatchObject({ found: { commune: "Minh Thanh" } });
  });

  it("reads a former district and a province alone", () => {
    expect(read("huyện Sơn Dương")).toMatchObject({ kind: "district", district: { name: "Sơn Dương" } });
    expect(read("Hà Nội")).toEqual({ kind: "province", province: "ha_noi" });
    expect(read("tỉnh Đồng Tháp")).toEqual({ kind: "province", province: "dong_thap" });
  });

  it("forgives a typo only when asked to", () => {
    expect(read("xa Hop Thnh")).toBeUndefined();
    expect(read("xa Hop Thnh", undefined, true)).toMatchObject({ found: { commune: "Hợp Thành" } });
  });

  it("reads nothing in a question that mentions a place", () => {
    expect(read("so dien thoai bhxh tinh dong thap")).toBeUndefined();
    expect(read("hà nội có hỗ trợ không")).toBeUndefined();
    expect(read("hộ cận nghèo đóng bao nhiêu")).toBeUndefined();
    expect(read("cảm ơn", undefined, true)).toBeUndefined();
  });
});

describe("looksLikePlace", () => {
  it("is true for an address or a capitalised name it may not know", () => {
    expect(looksLikePlace("Bến Nghé")).toBe(true);
    expect(looksLikePlace("phường 7, quận 3")).toBe(true);
    expect(looksLikePlace("xa Hop Thanh")).toBe(true);
  });

  it("is false for a greeting, a thank-you or a question", () => {
    expect(looksLikePlace("Xin Chào")).toBe(false);
    expect(looksLikePlace("cảm ơn")).toBe(false);
    expect(looksLikePlace("giấy tờ cần gì")).toBe(false);
  });
});

describe("answerPlaceName", () => {
  const turn = (text: string, lastIntent?: string) =>
    ({
      text,
      locale: "vi",
      content,
      today,
      session: { ...newSession(new Date(`${today}T00:00:00Z`)), ...(lastIntent ? { lastIntent } : {}) },
    }) as unknown as Turn;
  const sets = ["eval-dev", "eval-everyday", "eval-heldout", "eval-near-neighbours", "real-style/test"];
  const questions = sets.flatMap((set) =>
    readFileSync(path.join(REPO_ROOT, "test/fixtures", `${set}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { q: string }).q),
  );

  it("takes no evaluation question for a place, even right after a places answer", () => {
    for (const lastIntent of [undefined, "enroll.where"]) {
      const taken = questions.filter((q) => answerPlaceName(turn(q, lastIntent)) !== undefined);
      expect(taken).toEqual([]);
    }
  });

  it("takes a province as the whole message, or in a longer one right after a places answer", () => {
    expect(answerPlaceName(turn("Đồng Tháp"))?.session?.flow?.data).toEqual({ province: "dong_thap" });
    expect(answerPlaceName(turn("ở Đồng Tháp thì bhyt hộ gia đình có gì khác không ạ"))).toBeUndefined();
    expect(answerPlaceName(turn("Đồng Tháp", "enroll.where"))?.session?.flow?.data).toEqual({
      province: "dong_thap",
    });
    expect(answerPlaceName(turn("Tân Trào"))?.session?.lastIntent).toBe("enroll.where");
  });
});
