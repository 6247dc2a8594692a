import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { day } from "../policy/answer-vars.ts";
import type { LegalDocument } from "../policy/legal-documents.schema.ts";
import type { Outcome, Turn } from "./handler.ts";

// "có hiệu lực khi nào", "áp dụng từ ngày nào", "thay thế nghị định nào", "when did it take effect", "which law applies
// now": a question about a document itself, not about what it says.
const ASKS_ABOUT_IT =
  /\b(?:hieu luc|ap dung tu (?:ngay|khi|luc) nao|ap dung khi nao|thay the (?:cho )?(?:nghi dinh|luat|van ban|nhung)|bai bo|ky ngay|ky khi nao|ban hanh (?:ngay|khi|luc|nam)|thong qua (?:ngay|khi|luc|nam)|take effect|took effect|in force|come into force|came into force|effective (?:date|from|since)|replace[sd]?|repeal\w*|(?:was|were) (?:it )?(?:signed|issued|passed)|con (?:dung|ap dung)|la (?:gi|van ban gi)|what is|what s|still (?:valid|apply|applies|used))\b/;
// "luật nào đang áp dụng", "which law governs health insurance now": the documents in force.
const ASKS_FRAMEWORK =
  /\b(?:luat nao|van ban nao|nghi dinh nao|quy dinh nao|which law|which laws|what law|which decree|legal basis|can cu phap ly)\b/;
const MAX_WORDS = 30;
// "nghị quyết 261 nói gì về BHYT", "what does Resolution 261 change": what a named document changed, from its note.
const ASKS_CONTENT =
  /\b(?:noi gi|quy dinh (?:gi|nhung gi)|thay doi (?:gi|nhung gi)|co gi moi|moi gi|what (?:does|did|will)(?: \S+){1,6} (?:say|change|mean)|what (?:changes|changed)|what is new)\b/;

/**
 * "nghị định 188/2025 có hiệu lực khi nào, thay thế những nghị định nào", "which law governs health insurance now":
 * the document's dates and what it replaced, from intents/policy/documents.yaml. Undefined when the message names no
 * document or asks what a document says (that is the topic's answer).
 */
export function answerLegalDocument(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("/", " / "))} `
    .replace(/ \/ /g, "/")
    .replace(/\bbao hiem y te\b/g, "bhyt");
  if (folded.split(" ").length > MAX_WORDS || asksHowMuch(turn.text)) return undefined;
  const content = ASKS_CONTENT.test(folded);
  if (!ASKS_ABOUT_IT.test(folded) && !ASKS_FRAMEWORK.test(folded) && !content) return undefined;
  const { documents } = turn.content.policy;
  const byName = documents.filter((document) => document.names.some((name) => namedIn(folded, name)));
  // A document asked by what it sets is the one in force: none replaces it.
  const bySubject = documents.filter(
    (document) =>
      document.subjects.some((subject) => folded.includes(subject)) &&
      !documents.some((other) => other.replaces.includes(document.id)),
  );
  const named = byName.length > 0 ? byName : content ? [] : bySubject;
  // What a document says is the topic's answer, unless the document has a note that says it.
  if (content && !ASKS_ABOUT_IT.test(folded) && !named.some((document) => document.note)) return undefined;
  const asked =
    named.length > 0
      ? named
      : ASKS_FRAMEWORK.test(folded) && /\b(?:bhyt|bao hiem y te|health insurance)\b/.test(folded)
        ? documents.filter((document) => document.framework)
        : [];
  if (asked.length === 0) return undefined;
  const brief = named.length === 0;
  const lines = asked.flatMap((document) => describe(document, documents, turn.locale, brief));
  return {
    replies: [text(...(named.length === 0 ? [t("common:legal.framework")] : []), ...lines)],
    session: { misses: 0 },
  };
}

// A name said as a whole word ("nghi dinh 188", not "nghi dinh 1880").
function namedIn(folded: string, name: string): boolean {
  const at = folded.indexOf(` ${name}`);
  if (at < 0) return false;
  const after = folded[at + name.length + 1] ?? " ";
  return !/[a-z0-9]/.test(after);
}

// A document's lines; in the list of all in force (`brief`), its title and start only.
function describe(
  document: LegalDocument,
  all: readonly LegalDocument[],
  locale: "vi" | "en",
  brief: boolean,
): TextRef[] {
  const title = { kind: "text" as const, value: document.title[locale] };
  const lines: TextRef[] = [t("common:legal.title", { title })];
  if (document.effective) lines.push(t("common:legal.effective", { date: day(document.effective) }));
  if (brief) return lines;
  if (document.issued) lines.splice(1, 0, t("common:legal.issued", { date: day(document.issued) }));
  if (document.note)
    lines.push(t("common:legal.note", { note: { kind: "text", value: document.note[locale] } }));
  const replaced = document.replaces
    .map((id) => all.find((d) => d.id === id)?.title[locale])
    .filter((name): name is string => name !== undefined);
  if (replaced.length > 0)
    lines.push(t("common:legal.replaces", { list: { kind: "text", value: replaced.join("; ") } }));
  // "nghị định 146 còn hiệu lực không": a document replaced says by which, and from when.
  const successor = all.find((d) => d.replaces.includes(document.id));
  if (successor)
    lines.push(
      t("common:legal.replaced_by", {
        title: { kind: "text", value: successor.title[locale] },
        date: successor.effective ? day(successor.effective) : "",
      }),
    );
  return lines;
}
