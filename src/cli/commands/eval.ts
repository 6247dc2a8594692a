import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildRecognizer } from "../../nlu/build-recognizer.ts";
import { type EvalReport, evaluate } from "../../nlu/evaluate.ts";
import { contentOrExit, UsageError } from "../bootstrap.ts";

const CaseSchema = z.object({ q: z.string(), intent: z.string(), style: z.string().optional() });
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** `eval <file.jsonl> [--json]`: the accuracy report for labelled lines {"q","intent"}. */
export async function evalCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError("Usage: bhyt eval <file.jsonl> [--json]");
  const text = await readFile(file, "utf8").catch(() => {
    throw new UsageError(`Cannot read ${file}.`);
  });
  const cases = text
    .split("\n")
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line)
    .map(({ line, index }) => {
      const parsed = CaseSchema.safeParse(safeJson(line));
      if (!parsed.success)
        throw new UsageError(`${file}:${index + 1}: expected {"q": "...", "intent": "..."}`);
      return parsed.data;
    });
  const content = await contentOrExit();
  const { recognize } = buildRecognizer(content);
  const report = evaluate(cases, recognize);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** The report as text: per intent, confusions, bands, then the headline numbers last. */
export function formatReport(r: EvalReport): string {
  const lines: string[] = ["intent                                  precision  recall     f1  n"];
  for (const s of r.perIntent) {
    lines.push(
      `${s.intent.padEnd(40)}${pct(s.precision).padStart(9)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(7)}  ${s.support}`,
    );
  }
  lines.push("", "top confusions (expected → predicted):");
  for (const c of r.confusions) lines.push(`  ${c.count} × ${c.expected} → ${c.predicted}`);
  lines.push("", "slices:");
  for (const [name, s] of Object.entries(r.slices))
    lines.push(`  ${name.padEnd(20)} ${pct(s.accuracy).padStart(7)}  (n=${s.n})`);
  lines.push("", "bands (share of messages, precision; confirm = right intent among the 3 offered):");
  for (const [name, b] of Object.entries(r.bands))
    lines.push(`  ${name.padEnd(9)} ${pct(b.share).padStart(7)}  precision ${pct(b.precision)}`);
  lines.push(
    "",
    `out of scope: precision ${pct(r.outOfScope.precision)}, recall ${pct(r.outOfScope.recall)}, not answered as in-scope ${pct(r.outOfScope.notAnsweredAsInScope)} (n=${r.outOfScope.n})`,
    `answered precision: ${pct(r.answeredPrecision)}`,
    `top-3: ${pct(r.top3)}`,
    `accuracy: ${pct(r.accuracy)} (${r.total} messages)`,
    "",
  );
  return lines.join("\n");
}
