import { z } from "zod";
import { IsoDateSchema } from "../core/iso-date.ts";

const Words = z.strictObject({ vi: z.string().min(3), en: z.string().min(3) });

/** One legal document the answers cite: how people write it, its title and the dates people ask about. */
export const LegalDocumentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** Ways people write it, matched on folded text ("nghi dinh 188", "188/2025"). */
  names: z.array(z.string().min(2)).min(1),
  title: Words,
  /** What it sets, as people name it when they ask which document ("lương cơ sở … nghị định nào"), matched folded. */
  subjects: z.array(z.string().min(3)).default([]),
  /** Passed, signed or dated. */
  issued: IsoDateSchema.optional(),
  effective: IsoDateSchema.optional(),
  note: Words.optional(),
  /** Ids of the documents it replaces. */
  replaces: z.array(z.string()).default([]),
  /** In force and governing health insurance today: listed for "which law applies now?". */
  framework: z.boolean().default(false),
});

/** A legal document, validated. */
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;

/** intents/policy/documents.yaml. */
export const DocumentsFileSchema = z
  .strictObject({ documents: z.array(LegalDocumentSchema).min(1) })
  .superRefine((file, ctx) => {
    const ids = new Set(file.documents.map((d) => d.id));
    file.documents.forEach((document, index) => {
      for (const replaced of document.replaces)
        if (!ids.has(replaced))
          ctx.addIssue({
            code: "custom",
            path: ["documents", index, "replaces"],
            message: `"${replaced}" is not a document id in this file`,
          });
      if (document.issued && document.effective && document.effective < document.issued)
        ctx.addIssue({
          code: "custom",
          path: ["documents", index, "effective"],
          message: "takes effect before it was issued",
        });
    });
  });
