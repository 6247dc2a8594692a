import { describe, expect, it } from "vitest";
import { lawInEnglish } from "../../../src/i18n/law-in-english.ts";
import { realContent } from "../../helpers/real-content.ts";

// Words of a Vietnamese citation that must not reach an English reader (document numbers such as NĐ-CP stay).
const VIETNAMESE_WORDS =
  /(?<!\p{L})(?:Luật|Nghị|định|quyết|Điều|khoản|điểm|Công văn|Thông tư|sửa đổi|của|và|năm|kế hoạch|Hướng dẫn|Mẫu số)(?!\p{L})/u;

describe("legal citations in English", () => {
  it("translates kinds and parts and keeps document numbers as issued", () => {
    expect(
      lawInEnglish("Luật BHYT sửa đổi 51/2024/QH15 (Điều 12 khoản 3 điểm o); Nghị định 188/2025/NĐ-CP"),
    ).toBe(
      "Law 51/2024/QH15 amending the Law on Health Insurance (Art. 12 cl. 3 pt. o); Decree 188/2025/NĐ-CP",
    );
    expect(lawInEnglish("NQ 56/2025/NQ-HĐND TP.HCM")).toBe("Resolution 56/2025/NQ-HĐND of Ho Chi Minh City");
    // Dates in full, and the Politburo named: no "từ 14/11/2025" or bare "Nghị quyết" left in English.
    expect(lawInEnglish("NQ 56/2025/NQ-HĐND TP.HCM (thêm 50%, từ 14/11/2025)")).toBe(
      "Resolution 56/2025/NQ-HĐND of Ho Chi Minh City (a further 50%, in force from 14 November 2025)",
    );
    expect(lawInEnglish("Nghị quyết 72-NQ/TW của Bộ Chính trị")).toBe("Politburo Resolution 72-NQ/TW");
    expect(lawInEnglish("KH 418/KH-UBND, kế hoạch năm 2024 của huyện Tháp Mười")).toBe(
      "Plan 418/KH-UBND, Tháp Mười district's plan for 2024",
    );
  });

  it("leaves no Vietnamese citation words in any legal basis the content holds", async () => {
    const content = await realContent();
    const citations = [
      ...[...content.intents.values()].map((intent) => intent.meta.legal_basis),
      ...Object.values(content.policy.parameters).flatMap((p) => p.versions.map((v) => v.legal_basis)),
      ...content.policy.overrides.map((o) => o.legal_basis),
    ].filter((c) => !/^Không áp dụng/u.test(c));
    expect(citations.length).toBeGreaterThan(40);
    // The check itself sees the Vietnamese words (all but bare document numbers such as "NQ 56/2025/NQ-HĐND").
    expect(citations.filter((c) => VIETNAMESE_WORDS.test(c)).length).toBeGreaterThan(citations.length * 0.9);
    for (const citation of citations) expect(lawInEnglish(citation), citation).not.toMatch(VIETNAMESE_WORDS);
  });
});
