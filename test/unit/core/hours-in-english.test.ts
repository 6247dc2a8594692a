import { describe, expect, it } from "vitest";
import { hoursInEnglish } from "../../../src/i18n/hours-in-english.ts";
import { lawInEnglish } from "../../../src/i18n/law-in-english.ts";

describe("opening hours and office titles in English", () => {
  it("translates the days and joining words an office typed, keeping the times", () => {
    expect(hoursInEnglish("Thứ Hai–Thứ Sáu, 7:30–11:30 và 13:30–17:00 (giờ mẫu)")).toBe(
      "Mon–Fri, 7:30–11:30 and 13:30–17:00 (sample hours)",
    );
    expect(hoursInEnglish("Thứ 2 - Thứ 7, sáng 7:00–11:00")).toBe("Mon - Sat, morning 7:00–11:00");
  });

  it("gives the organisation decision's subject in English", () => {
    expect(
      lawInEnglish("QĐ 2286/QĐ-BTC (2025) và CV 1521/BHXH-TCCB (2025) về tổ chức BHXH tỉnh và BHXH cơ sở"),
    ).toBe(
      "Decision 2286/QĐ-BTC (2025) and Official Letter 1521/BHXH-TCCB (2025) on the organisation of provincial and local social insurance offices",
    );
  });
});
