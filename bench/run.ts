// `npm run bench`: speed and memory of the parts that run on every message, with the intent-matching baselines
// measured in the same run on the same messages. Prints tables.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContentOrThrow } from "../src/content/load-content.ts";
import { buildRecognizer, trainingExamples } from "../src/nlu/build-recognizer.ts";
import { createNormalizer } from "../src/nlu/normalize.ts";
import { benchConsolePages } from "./console-bench.ts";
import { benchHttpLoad } from "./http-load-bench.ts";
import { buildFuseMatcher, buildMiniSearchMatcher, type IntentMatcher } from "./intent-baselines.ts";
import { printTable } from "./print-table.ts";
import { benchReminderStorage } from "./reminders-bench.ts";
import { benchStartup } from "./startup-bench.ts";
import { benchTelegramWebhook } from "./telegram-bench.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readCases = (file: string) =>
  readFileSync(path.join(root, file), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { q: string; intent: string });
const cases = readCases("test/fixtures/eval-dev.jsonl");
// Real-style questions are long (a story, then one or more asks): each is read whole and clause by clause.
const longCases = readCases("test/fixtures/real-style/test.jsonl");

const content = await loadContentOrThrow(root, new Date().toISOString().slice(0, 10));
const firstBuild = buildRecognizer(content);
const builds = [0, 1, 2].map(() => buildRecognizer(content).buildMs).sort((a, b) => a - b);
const { recognize } = firstBuild;

/** Accuracy and latency of one matcher over a set (the development set); `rounds` passes after one warm-up pass. */
function measure(match: IntentMatcher, rounds: number, set = cases) {
  for (const c of set) match(c.q);
  const timings: number[] = [];
  let correct = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const c of set) {
      const t0 = performance.now();
      const intent = match(c.q);
      timings.push(performance.now() - t0);
      if (round === 0 && intent === c.intent) correct++;
    }
  }
  const elapsed = performance.now() - started;
  timings.sort((a, b) => a - b);
  const quantile = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
  return {
    accuracy: `${((correct / set.length) * 100).toFixed(1)}%`,
    p50: `${quantile(0.5).toFixed(3)} ms`,
    p99: `${quantile(0.99).toFixed(3)} ms`,
    rate: `${Math.round((timings.length / elapsed) * 1000)}/s`,
  };
}

const examples = trainingExamples(content);
const normalize = createNormalizer(content.abbreviations);
const timed = <T>(build: () => T): [T, string] => {
  const t0 = performance.now();
  const built = build();
  return [built, `${(performance.now() - t0).toFixed(0)} ms`];
};
const [fuse, fuseBuild] = timed(() => buildFuseMatcher(examples, normalize));
const [mini, miniBuild] = timed(() => buildMiniSearchMatcher(examples, normalize));
const ours = measure((q) => recognize(q).intent, 12);
const rows = [
  ["ours: n-gram softmax + nearest example", ours, `${builds[1]!.toFixed(0)} ms`],
  ["baseline: MiniSearch BM25", measure(mini, 3), miniBuild],
  ["baseline: fuse.js over examples", measure(fuse, 1), fuseBuild],
  ["ours, on the real-style test part (long)", measure((q) => recognize(q).intent, 12, longCases), ""],
] as const;

console.log(
  `Intent recognition on test/fixtures/eval-dev.jsonl (${cases.length} messages, ${examples.length} examples)\n`,
);
printTable(
  ["matcher", "top-1", "p50", "p99", "messages/s", "build"],
  rows.map(([name, m, build]) => [name, m.accuracy, m.p50, m.p99, m.rate, build]),
);
console.log("");
printTable(
  ["measure", "value"],
  [
    ["intent model build, first in a fresh process", `${firstBuild.buildMs.toFixed(0)} ms`],
    ["intent model build, median of 3 more", `${builds[1]!.toFixed(0)} ms`],
    ["process RSS after the runs", `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB`],
  ],
);

const telegram = await benchTelegramWebhook(cases.map((c) => c.q));
console.log(
  "\nTelegram webhook: 2,000 updates from 2,000 chats, 32 in flight; each bot in its own process, same fake Bot API\n",
);
printTable(
  ["bot", "updates/s", "p50", "p99"],
  [
    ["ours: Redis sessions, dedupe, classifier", telegram.ours],
    ["bare grammY echo bot", telegram.bare],
  ].map(([name, run]) => {
    const r = run as typeof telegram.ours;
    return [name as string, String(r.perSecond), `${r.p50.toFixed(1)} ms`, `${r.p99.toFixed(1)} ms`];
  }),
);
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const { ratios } = telegram;
console.log(
  `\nours / bare: ${percent(ratios[Math.floor(ratios.length / 2)]!)}, median of ${ratios.length} paired runs ` +
    `(${percent(ratios[0]!)}–${percent(ratios.at(-1)!)}); goal ≥ 70%`,
);

// BENCH_SCALE=10m adds a run at 10 million reminders (about 1.2 GB of Redis memory and several minutes).
const storageSizes =
  process.env.BENCH_SCALE === "10m" ? [100_000, 1_000_000, 10_000_000] : [100_000, 1_000_000];
const storage = await benchReminderStorage(storageSizes);
console.log(
  "\nReminder storage on a fresh redis-server (3 reminders per card; BullMQ: one delayed job per reminder)\n",
);
printTable(
  ["system", "reminders", "scheduled/s", "claimed+acked/s", "Redis bytes/reminder"],
  storage.map((r) => [
    r.system,
    r.reminders.toLocaleString("en"),
    Math.round(r.schedulePerSecond).toLocaleString("en"),
    Math.round(r.claimPerSecond).toLocaleString("en"),
    r.bytesPerReminder.toFixed(0),
  ]),
);
const bull = storage.find((r) => r.system.startsWith("BullMQ"))!;
const oursAtBullSize = storage.find((r) => !r.system.startsWith("BullMQ") && r.reminders >= bull.reminders)!;
console.log(
  `\nclaims ours / BullMQ at ${bull.reminders.toLocaleString("en")}: ` +
    `${(oursAtBullSize.claimPerSecond / bull.claimPerSecond).toFixed(1)}×` +
    "\ngoal: ≤ 120 bytes per reminder at 1 and 10 million, claims ≥ 3× BullMQ's",
);

const load = await benchHttpLoad(cases.map((c) => c.q));
console.log("\nLoad on loopback: POST /api/v1/messages, 50 connections, 10 s, 20,000 users (autocannon)\n");
printTable(
  ["requests/s", "p50", "p99", "errors"],
  [[load.perSecond.toFixed(0), `${load.p50} ms`, `${load.p99} ms`, String(load.errors)]],
);

const pages = await benchConsolePages(content);
console.log(
  "\nWeb console pages: 10,000 unanswered questions and 100 content versions stored, signed-in admin\n",
);
printTable(
  ["page", "p50", "max"],
  pages.map((p) => [p.page, `${p.p50.toFixed(1)} ms`, `${p.max.toFixed(1)} ms`]),
);
console.log("\ngoal: every page under 300 ms");

const startup = await benchStartup();
console.log(
  "\nStart to ready (`bhyt serve` until /readyz answers 200), median of 3, fresh redis-server; then 10,000 messages" +
    " from 2,000 users through the message API\n",
);
printTable(
  ["how", "ready", "RSS when ready", "RSS after 10,000", "Redis commands/message"],
  startup.map((s) => [
    s.how,
    `${s.readyMs.toFixed(0)} ms`,
    `${s.rssMb.toFixed(0)} MiB`,
    `${s.afterMb.toFixed(0)} MiB`,
    s.redisCommandsPerMessage.toFixed(1),
  ]),
);
console.log("\ngoal: ready within 1 s with the prebuilt model; RSS ≤ 120 MiB after 10,000 messages");
