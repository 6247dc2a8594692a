import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_BANDS } from "../../nlu/bands.ts";
import { buildRecognizer } from "../../nlu/build-recognizer.ts";
import { type EvalReport, evaluate } from "../../nlu/evaluate.ts";
import { crossValidatedReadings, fitBands, type Reading, splitByLength } from "../../nlu/fit-bands.ts";
import { contentOrExit, UsageError } from "../bootstrap.ts";

const CaseSchema = z.object({
  q: z.string(),
  intent: z.string(),
  also: z.array(z.string()).optional(),
  style: z.string().optional(),
});
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * `eval <file.jsonl> [--json] [--orders N]`: the accuracy report for labelled lines {"q","intent"} (with
 * `--orders`, the headline figures for N training orders and their mean); `eval --fit-bands`: band thresholds
 * fitted on the long examples, each writer's questions read by a model trained without them.
 */
export async function evalCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "fit-bands": { type: "boolean", default: false },
      precision: { type: "string", default: "0.97" },
      orders: { type: "string" },
    },
  });
  if (values["fit-bands"]) {
    const target = Number(values.precision);
    if (!(target > 0 && target <= 1)) throw new UsageError("--precision takes a share, e.g. 0.97");
    process.stdout.write(formatFits(crossValidatedReadings(await contentOrExit()), target));
    return;
  }
  const file = positionals[0];
  if (!file)
    throw new UsageError("Usage: bhyt eval <file.jsonl> [--json] | bhyt eval --fit-bands [--precision 0.97]");
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
        throw new UsageError(
          `${file}:${index + 1}: expected {"q": "...", "intent": "...", "also"?: [...], "style"?: "..."}`,
        );
      return parsed.data;
    });
  const content = await contentOrExit();
  if (values.orders !== undefined) {
    const count = Number(values.orders);
    if (!Number.isInteger(count) || count < 2 || count > SEEDS.length)
      throw new UsageError(`--orders takes a whole number from 2 to ${SEEDS.length}`);
    const reports = SEEDS.slice(0, count).map((seed) => ({
      seed,
      ...headline(evaluate(cases, buildRecognizer(content, { seed }).recognize)),
    }));
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ orders: reports, mean: meanOf(reports) }, null, 2)}\n`
        : formatOrders(reports),
    );
    return;
  }
  const { recognize } = buildRecognizer(content);
  const report = evaluate(cases, recognize);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}

// Training visits the examples in a seeded order (7 is the bot's own); one added example reshuffles it and moves a
// few readings either way, so a change to matching is judged on the mean over several orders.
const SEEDS = [7, 1, 2, 3, 4, 5, 6, 8];
type Headline = Pick<EvalReport, "accuracy" | "top3" | "answeredPrecision" | "answeredShare">;
const headline = ({ accuracy, top3, answeredPrecision, answeredShare }: EvalReport): Headline => ({
  accuracy,
  top3,
  answeredPrecision,
  answeredShare,
});
const meanOf = (reports: readonly Headline[]): Headline => {
  const mean = (key: keyof Headline) => reports.reduce((sum, r) => sum + r[key], 0) / reports.length;
  return {
    accuracy: mean("accuracy"),
    top3: mean("top3"),
    answeredPrecision: mean("answeredPrecision"),
    answeredShare: mean("answeredShare"),
  };
};

function formatOrders(reports: readonly (Headline & { seed: number })[]): string {
  const line = (name: string, r: Headline) =>
    `${name.padEnd(8)} accuracy ${pct(r.accuracy)}  top-3 ${pct(r.top3)}  answered ${pct(r.answeredShare)} at ${pct(r.answeredPrecision)}`;
  return `${[...reports.map((r) => line(`order ${r.seed}`, r)), line("mean", meanOf(reports))].join("\n")}\n`;
}

// Short and long messages are fitted apart: the same confidence means less on a long story.
function formatFits(readings: Reading[], target: number): string {
  const lines = [`band thresholds answering the most with answered precision ≥ ${pct(target)}:`];
  const parts = splitByLength(readings);
  for (const name of ["short", "long"] as const) {
    const part = parts[name];
    const fit = fitBands(part, DEFAULT_BANDS[name].confirm, target);
    lines.push(
      fit
        ? `  ${name.padEnd(5)} answer ${fit.thresholds.answer}, margin ${fit.thresholds.margin}: answers ${pct(fit.answeredShare)} at ${pct(fit.answeredPrecision)} (n=${fit.n})`
        : `  ${name.padEnd(5)} no setting reaches it (n=${part.length})`,
    );
  }
  return `${lines.join("\n")}\n`;
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
  lines.push("", "slices (top-1, answered share, answered precision):");
  for (const [name, s] of Object.entries(r.slices).sort(([a], [b]) => a.localeCompare(b)))
    lines.push(
      `  ${name.padEnd(22)} ${pct(s.accuracy).padStart(7)} ${pct(s.answeredShare).padStart(7)} ${pct(s.answeredPrecision).padStart(7)}  (n=${s.n})`,
    );
  lines.push("", "bands (share of messages, precision; confirm = right intent among the 3 offered):");
  for (const [name, b] of Object.entries(r.bands))
    lines.push(`  ${name.padEnd(9)} ${pct(b.share).padStart(7)}  precision ${pct(b.precision)}`);
  lines.push(
    "",
    `out of scope: precision ${pct(r.outOfScope.precision)}, recall ${pct(r.outOfScope.recall)}, not answered as in-scope ${pct(r.outOfScope.notAnsweredAsInScope)} (n=${r.outOfScope.n})`,
    ...(r.alsoOffered.n > 0
      ? [`other asked topics answered or offered: ${pct(r.alsoOffered.share)} (n=${r.alsoOffered.n})`]
      : []),
    `answered share (in scope): ${pct(r.answeredShare)}`,
    `answered precision: ${pct(r.answeredPrecision)} (main intent only ${pct(r.answeredPrecisionMain)})`,
    `top-3: ${pct(r.top3)} (main intent only ${pct(r.top3Main)})`,
    `top-1 main intent: ${pct(r.accuracyMain)}`,
    `accuracy: ${pct(r.accuracy)} (${r.total} messages; top-1 is the main intent or another asked topic)`,
    "",
  );
  return lines.join("\n");
}
