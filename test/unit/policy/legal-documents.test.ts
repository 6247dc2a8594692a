import { describe, expect, it } from "vitest";
import { DocumentsFileSchema } from "../../../src/policy/legal-documents.schema.ts";
import { realContent } from "../../helpers/real-content.ts";

const content = await realContent();
const document = (extra: Record<string, unknown>) => ({
  id: "decree_x",
  names: ["nghi dinh x"],
  title: { vi: "Nghị định X", en: "Decree X" },
  ...extra,
});

describe("legal documents as data (intents/policy/documents.yaml)", () => {
  it("loads every document the answers cite with its dates, each replaced document known", () => {
    const ids = new Set(content.policy.documents.map((d) => d.id));
    const decree188 = content.policy.documents.find((d) => d.id === "decree_188_2025");
    expect(decree188).toMatchObject({ issued: "2025-07-01", effective: "2025-08-15" });
    expect(decree188?.replaces).toEqual(["decree_146_2018", "decree_75_2023", "decree_02_2025"]);
    for (const d of content.policy.documents) for (const r of d.replaces) expect(ids.has(r)).toBe(true);
  });

  it("rejects a document replacing one that is not in the file, and one in force before it was issued", () => {
    const unknown = DocumentsFileSchema.safeParse({ documents: [document({ replaces: ["decree_y"] })] });
    expect(unknown.success).toBe(false);
    expect(JSON.stringify(unknown.error?.issues)).toContain('\\"decree_y\\" is not a document id');
    const early = DocumentsFileSchema.safeParse({
      documents: [document({ issued: "2025-07-01", effective: "2025-06-01" })],
    });
    expect(early.success).toBe(false);
    expect(JSON.stringify(early.error?.issues)).toContain("takes effect before it was issued");
  });
});
