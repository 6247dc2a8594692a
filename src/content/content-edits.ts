import { z } from "zod";
import { type Content, LOCALES, type LoadedIntent } from "./content.ts";
import { type ContentIssue, contentError, formatIssue, zodIssues } from "./content-issue.ts";
import { crossCheck } from "./cross-checks.ts";
import { IntentIdSchema } from "./schemas/common.schema.ts";
import { AnswerTextSchema } from "./schemas/shared.schema.ts";

const Locale = z.enum(LOCALES);

/** Edits made through the admin tools, on top of the files: answer texts and added examples, by intent. */
export const ContentEditsSchema = z.strictObject({
  answers: z.record(IntentIdSchema, z.partialRecord(Locale, AnswerTextSchema)).default({}),
  examples: z
    .record(IntentIdSchema, z.partialRecord(Locale, z.array(z.string().trim().min(2).max(500))))
    .default({}),
});
/** The admin edits of one content version. */
export type ContentEdits = z.infer<typeof ContentEditsSchema>;

/**
 * The files' content with the edits applied, checked exactly as at start-up (schemas and cross-checks). Returns the
 * issues instead when the edits would break anything: the caller keeps serving the previous version.
 */
export function applyEdits(
  base: Content,
  raw: unknown,
  today: string,
): { content?: Content; issues: string[] } {
  const parsed = ContentEditsSchema.safeParse(raw);
  if (!parsed.success) return { issues: zodIssues("edits", parsed.error).map(formatIssue) };
  const edits = parsed.data;
  const issues: ContentIssue[] = [];
  for (const id of [...Object.keys(edits.answers), ...Object.keys(edits.examples)])
    if (!base.intents.has(id)) issues.push(contentError("edits", id, `"${id}" is not an intent`));
  if (issues.length > 0) return { issues: issues.map(formatIssue) };

  const intents = new Map<string, LoadedIntent>(base.intents);
  for (const [id, added] of Object.entries(edits.examples)) {
    const intent = intents.get(id)!;
    intents.set(id, {
      ...intent,
      examples: {
        vi: [...intent.examples.vi, ...(added.vi ?? [])],
        en: [...intent.examples.en, ...(added.en ?? [])],
      },
    });
  }
  const answers = Object.fromEntries(
    LOCALES.map((locale) => {
      const map = new Map(base.answers[locale]);
      for (const [id, byLocale] of Object.entries(edits.answers)) {
        const text = byLocale[locale];
        if (text) map.set(id, text);
      }
      return [locale, map];
    }),
  ) as unknown as Content["answers"];
  const content: Content = {
    ...base,
    intents,
    answers,
    version: `${base.version}+${hash(JSON.stringify(edits))}`,
  };
  const problems = crossCheck(content, today).filter((i) => i.severity === "error");
  return problems.length > 0
    ? { issues: problems.map(formatIssue) }
    : { content: Object.freeze(content), issues: [] };
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}
