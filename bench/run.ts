// `npm run bench`: speed and memory of the parts that run on every message. Prints a table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContentOrThrow } from "../src/content/load-content.ts";
import { buildRecognizer } from "../src/nlu/build-recognizer.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const messages = readFileSync(path.join(root, "test/fixtures/eval-dev.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => (JSON.parse(line) as { q: string }).q);

const rows: [string, string][] = [];
const content = await loadContentOrThrow(root, new Date().toISOString().slice(0, 10));
const builds = [0, 1, 2].map(() => buildRecognizer(content).buildMs).sort((a, b) => a - b);
rows.push(["intent model build (median of 3)", `${builds[1]!.toFixed(0)} ms`]);

const { recognize } = buildRecognizer(content);
for (let i = 0; i < 500; i++) recognize(messages[i % messages.length]!);
const timings: number[] = [];
const started = performance.now();
for (let i = 0; i < 5000; i++) {
  const t0 = performance.now();
  recognize(messages[i % messages.length]!);
  timings.push(performance.now() - t0);
}
const elapsed = performance.now() - started;
timings.sort((a, b) => a - b);
const quantile = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
rows.push(["recognition p50", `${quantile(0.5).toFixed(3)} ms`]);
rows.push(["recognition p99", `${quantile(0.99).toFixed(3)} ms`]);
rows.push(["recognition throughput", `${Math.round((5000 / elapsed) * 1000)} messages/s`]);
rows.push(["process RSS", `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB`]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${"measure".padEnd(width)}  value`);
console.log(`${"-".repeat(width)}  ${"-".repeat(20)}`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
