import { describe, expect, it } from "vitest";
import { isAsked, splitClauses } from "../../../src/nlu/asked.ts";
import { maskBackground } from "../../../src/nlu/background.ts";
import { evaluate, lengthBucket } from "../../../src/nlu/evaluate.ts";
import { fitBands } from "../../../src/nlu/fit-bands.ts";
import type { Understanding } from "../../../src/nlu/recognize.ts";

describe("background in a story", () => {
  it("leaves out names of people, places and hospitals, keeping the words around them", () => {
    const masked = maskBackground(
      "Bà Nguyễn Thị H. (Cần Thơ) hỏi: mẹ tôi điều trị ở Bệnh viện Chợ Rẫy, quê Thanh Hóa.",
    );
    expect(masked).not.toMatch(/Nguyễn|Thị|H\.|Cần|Thơ|Chợ|Rẫy|Thanh|Hóa/u);
    expect(masked).toMatch(/^Bà/u);
    expect(masked).toContain("Bệnh viện");
    expect(masked).toContain("hỏi: mẹ tôi điều trị");
  });

  it("keeps a capitalised word that opens a sentence, acronyms and institutions", () => {
    const masked = maskBackground(
      "Tôi ở Bình Dương. Xin hỏi BHYT và Bảo hiểm Xã hội tỉnh có cấp lại thẻ qua VssID không?",
    );
    expect(masked).not.toContain("Bình Dương");
    expect(masked).toContain("Tôi ở");
    expect(masked).toContain("Xin hỏi BHYT và Bảo hiểm Xã hội");
    expect(masked).toContain("VssID");
  });

  it("drops e-mail addresses and leaves lower-case text untouched", () => {
    expect(maskBackground("bạn đọc có email abc@gmail.com hỏi")).not.toContain("@");
    expect(maskBackground("nha o binh duong dong bhyt o dau")).toBe("nha o binh duong dong bhyt o dau");
  });
});

describe("what a message asks", () => {
  it("tells asked sentences from the story, with or without a question mark", () => {
    expect(isAsked("Xin hỏi mẹ tôi có được miễn tiền cùng chi trả")).toBe(true);
    expect(isAsked("Mong được giải đáp")).toBe(false);
    expect(isAsked("Tôi không có hợp đồng lao động")).toBe(false);
    expect(isAsked("Vậy tôi có phải đóng lại từ đầu không ạ")).toBe(true);
    expect(isAsked("đề nghị cơ quan chức năng hướng dẫn")).toBe(true);
    expect(isAsked("Xin chân thành cảm ơn")).toBe(false);
  });

  it("cuts a letter into sentences, not at an initial or inside an amount", () => {
    const clauses = splitClauses(
      "Ông Trần Văn T. hỏi: tôi đóng 1.263.600 đồng năm 2024. Nay tôi đi làm công ty, xin hỏi thẻ cũ có được hoàn tiền không? Xin cảm ơn.",
    );
    expect(clauses.map((c) => c.text)).toEqual([
      "Ông Trần Văn T. hỏi: tôi đóng 1.263.600 đồng năm 2024",
      "Nay tôi đi làm công ty",
      "xin hỏi thẻ cũ có được hoàn tiền không?",
      "Xin cảm ơn.",
    ]);
    expect(clauses.map((c) => c.asked)).toEqual([false, false, true, false]);
  });
});

describe("the evaluation report", () => {
  const understood = (intent: string, band: Understanding["band"], alternatives: string[] = []) =>
    ({
      intent,
      confidence: 0.9,
      band,
      alternatives: alternatives.map((a) => ({ intent: a, confidence: 0.1 })),
      slots: {},
    }) as Understanding;
  const answers: Record<string, Understanding> = {
    a: understood("benefit.levels", "answer", ["benefit.referral"]),
    b: understood("enroll.where", "answer"),
    c: understood("card.validity", "confirm", ["x", "enroll.renew"]),
    d: understood("out_of_scope", "fallback"),
  };
  const report = evaluate(
    [
      { q: "a", intent: "benefit.referral", also: ["benefit.levels"], style: "legal" },
      { q: "b", intent: "enroll.steps" },
      { q: "c", intent: "enroll.renew" },
      { q: "d", intent: "out_of_scope" },
    ],
    (q) => answers[q]!,
  );

  it("counts another asked topic as a right top-1, and reports the main intent alone too", () => {
    expect(report.accuracy).toBe(0.5);
    expect(report.accuracyMain).toBe(0.25);
    expect(report.top3).toBe(0.75);
    expect(report.top3Main).toBe(0.75);
  });

  it("reports answered share and precision over in-scope messages, and slices by style and length", () => {
    expect(report.answeredShare).toBeCloseTo(2 / 3);
    expect(report.answeredPrecision).toBe(0.5);
    expect(report.answeredPrecisionMain).toBe(0);
    expect(report.slices["style:legal"]).toMatchObject({ n: 1, accuracy: 1 });
    expect(report.slices["len:≤60"]?.n).toBe(4);
    expect(lengthBucket("x".repeat(320))).toBe("len:>300");
  });
});

describe("fitting the bands", () => {
  // Confidence 0.9 and 0.8 are right; 0.7 is wrong; 0.6 right with a small gap to the next intent; 0.5 wrong.
  const readings = [
    { length: 300, top: 0.9, gap: 0.5, right: true },
    { length: 300, top: 0.8, gap: 0.4, right: true },
    { length: 300, top: 0.7, gap: 0.3, right: false },
    { length: 300, top: 0.6, gap: 0.02, right: true },
    { length: 300, top: 0.5, gap: 0.4, right: false },
    { length: 300, top: -1, gap: 0, right: false },
  ];

  it("answers the most it can while what it answers stays right often enough", () => {
    const fit = fitBands(readings, 0.22, 0.75);
    // Down to 0.6 answers four (three right, 75%); 0.5 would add a wrong one. Of equal settings, the strictest.
    expect(fit?.thresholds).toEqual({ answer: 0.6, margin: 0.02, confirm: 0.22 });
    expect(fit?.answeredShare).toBeCloseTo(4 / 6);
    expect(fitBands(readings, 0.22, 1)?.thresholds).toMatchObject({ answer: 0.8, margin: 0.3 });
  });

  it("has no setting when even the surest answer is wrong", () => {
    expect(fitBands([{ length: 300, top: 0.95, gap: 0.9, right: false }], 0.22, 0.9)).toBeUndefined();
  });
});
