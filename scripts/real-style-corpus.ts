// Builds the real-style corpus (test/fixtures/real-style/) from what its writers wrote and what two labellers read
// apart, and prints their agreement. The main intent is the two labellers' when they agree, else the third read's;
// `also` keeps the topics both labellers saw (the third read's on a settled line).
// The training part becomes intents/examples/real-style.yaml (trained on); the test part is test.jsonl (never).
// Usage: npx tsx scripts/real-style-corpus.ts [--check]   (--check: fail if those two files are stale)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

interface Written {
  id: string;
  q: string;
  intent: string;
  also: string[];
  style: string;
}
interface Label {
  id: string;
  intent: string;
  also: string[];
}

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const root = path.join(project, "test/fixtures/real-style");
const TRAIN_FILE = path.join(project, "intents/examples/real-style.yaml");
const TEST_FILE = path.join(root, "test.jsonl");
// Writers A–D wrote the training part, E–H the test part: no writer is on both sides.
const TEST_WRITERS = new Set(["e", "f", "g", "h"]);

const readLines = <T>(file: string): T[] =>
  readFileSync(path.join(root, file), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
const byId = (labels: Label[]) => new Map(labels.map((label) => [label.id, label]));

const written = readdirSync(path.join(root, "written"))
  .filter((file) => file.endsWith(".jsonl"))
  .sort()
  .flatMap((file) => readLines<Written>(`written/${file}`));
const first = byId(readLines<Label>("labels/labeller-1.jsonl"));
const second = byId(readLines<Label>("labels/labeller-2.jsonl"));
const third = byId(readLines<Label>("labels/third-read.jsonl"));

const topics = (label: Label) => new Set([label.intent, ...label.also]);
let mainAgreed = 0;
let alsoAgreed = 0;
let writerAgreed = 0;
const agreedOn = new Map<string, number>();
const counts = { a: new Map<string, number>(), b: new Map<string, number>() };
const built = written.map((line) => {
  const a = first.get(line.id);
  const b = second.get(line.id);
  if (!a || !b) throw new Error(`${line.id}: a labeller has no label for it`);
  counts.a.set(a.intent, (counts.a.get(a.intent) ?? 0) + 1);
  counts.b.set(b.intent, (counts.b.get(b.intent) ?? 0) + 1);
  const sameAlso = a.also.length === b.also.length && a.also.every((id) => b.also.includes(id));
  if (sameAlso) alsoAgreed++;
  let intent: string;
  let also: string[];
  if (a.intent === b.intent) {
    mainAgreed++;
    agreedOn.set(a.intent, (agreedOn.get(a.intent) ?? 0) + 1);
    intent = a.intent;
    const bTopics = topics(b);
    also = a.also.filter((id) => id !== intent && bTopics.has(id));
  } else {
    const settled = third.get(line.id);
    if (!settled) throw new Error(`${line.id}: labellers disagree and there is no third read`);
    intent = settled.intent;
    also = settled.also.filter((id) => id !== intent);
  }
  if (line.intent === intent) writerAgreed++;
  return { id: line.id, q: line.q, intent, also, style: line.style };
});

// Cohen's kappa on the main intent: agreement beyond what the two labellers' topic shares give by chance.
const n = written.length;
let chance = 0;
for (const [intent, count] of counts.a) chance += (count / n) * ((counts.b.get(intent) ?? 0) / n);
const observed = mainAgreed / n;
const kappa = (observed - chance) / (1 - chance);

const jsonl = (lines: object[]) => `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`;
const train = built.filter((line) => !TEST_WRITERS.has(line.id[0]!));
const test = built.filter((line) => TEST_WRITERS.has(line.id[0]!));
const header = [
  "# Real-style questions, training part: written by writers A–D, labelled by two labellers and a third read.",
  "# Built by scripts/real-style-corpus.ts from test/fixtures/real-style/ (see its README): edit there, not here.",
].join("\n");
const examples = train.map(({ id, intent, also, q }) => ({ id, intent, ...(also.length ? { also } : {}), text: q }));
const parts: [string, string][] = [
  [TRAIN_FILE, `${header}\n${stringify({ examples }, { lineWidth: 0 })}`],
  [TEST_FILE, jsonl(test)],
];
const pct = (count: number) => `${((count / n) * 100).toFixed(1)}%`;
console.log(`${n} questions; training part ${train.length}, test part ${test.length}`);
console.log(`main intent: labellers agree on ${mainAgreed} (${pct(mainAgreed)}), Cohen's kappa ${kappa.toFixed(3)}`);
console.log(`also list identical: ${alsoAgreed} (${pct(alsoAgreed)}); settled by the third read: ${n - mainAgreed}`);
console.log(`writer's own label equals the final one: ${writerAgreed} (${pct(writerAgreed)})`);

if (process.argv.includes("--check")) {
  const stale = parts.filter(([file, text]) => readFileSync(file, "utf8") !== text);
  if (stale.length) throw new Error(`stale: ${stale.map(([file]) => file).join(", ")}; run without --check`);
} else {
  for (const [file, text] of parts) writeFileSync(file, text);
}
