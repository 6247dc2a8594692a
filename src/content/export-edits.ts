import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { isSeq, parseDocument } from "yaml";
import type { Content } from "./content.ts";
import type { ContentEdits } from "./content-edits.ts";

/**
 * Writes admin edits back into the content files under `root`: added examples into each intent's YAML (comments
 * and layout kept), answer texts into `locales/<lang>/answers/<domain>.json`. Returns the files written.
 */
export async function exportEdits(root: string, content: Content, edits: ContentEdits): Promise<string[]> {
  const written = new Set<string>();
  for (const [id, byLocale] of Object.entries(edits.examples)) {
    const intent = content.intents.get(id);
    if (!intent) continue;
    const file = path.resolve(root, intent.file);
    const doc = parseDocument(await readFile(file, "utf8"));
    for (const [locale, added] of Object.entries(byLocale)) {
      const list = doc.getIn(["examples", locale]);
      if (!isSeq(list)) continue;
      const present = new Set(list.items.map((item) => String((item as { value?: unknown }).value ?? item)));
      for (const text of added ?? []) if (!present.has(text)) list.add(doc.createNode(text));
    }
    await writeFile(file, doc.toString({ lineWidth: 0 }));
    written.add(path.relative(root, file));
  }
  for (const [id, byLocale] of Object.entries(edits.answers)) {
    const [domain = "", ...rest] = id.split(".");
    for (const [locale, text] of Object.entries(byLocale)) {
      if (!text) continue;
      const file = path.join(root, "locales", locale, "answers", `${domain}.json`);
      const data = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
      if (rest.length === 0) Object.assign(data, text);
      else data[rest.join(".")] = text;
      await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
      written.add(path.relative(root, file));
    }
  }
  return [...written].sort();
}
