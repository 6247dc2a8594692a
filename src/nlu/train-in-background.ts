import { Worker } from "node:worker_threads";
import type { Content } from "../content/content.ts";
import { buildRecognizer, recognizerFor, trainingExamples } from "./build-recognizer.ts";
import type { TrainingExample } from "./classifier.ts";
import { readModel } from "./model-artifact.ts";
import { keepModel, readCachedModel } from "./model-cache.ts";
import { createNormalizer } from "./normalize.ts";
import type { Recognize } from "./recognize.ts";

// Training takes about half a second of CPU: longer than this, the worker is stuck and the model is trained here.
const WORKER_TIMEOUT_MS = 60_000;

// The worker runs the same code as this module: the built JavaScript file, or (in development and tests) the
// TypeScript one, through the loader registered inside the worker (a worker does not inherit it).
const FROM_SOURCE = import.meta.url.endsWith(".ts");

function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(new URL("./train-worker.js", import.meta.url), { workerData });
  const file = JSON.stringify(new URL("./train-worker.ts", import.meta.url).href);
  const code = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${file}); })`;
  return new Worker(code, { eval: true, workerData });
}

function trainInWorker(examples: readonly TrainingExample[], abbreviations: unknown): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ examples, abbreviations });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error("training worker timed out"));
    }, WORKER_TIMEOUT_MS);
    worker.once("message", (bytes: Uint8Array) => {
      clearTimeout(timer);
      resolve(bytes);
      void worker.terminate();
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * A recognizer for new content, trained in a worker thread so the bot keeps answering meanwhile; where no worker
 * can run (a test runner without the loader), it is trained here instead. Reports which it was and how long it took.
 */
export async function trainInBackground(
  content: Content,
  modelDir?: string,
): Promise<{ recognize: Recognize; buildMs: number; where: "prebuilt" | "worker" | "here" }> {
  const started = performance.now();
  const normalize = createNormalizer(content.abbreviations);
  const examples = trainingExamples(content);
  const cache = modelDir ? { dir: modelDir, abbreviations: content.abbreviations } : undefined;
  // The version in force at start, or a rollback to one seen before: its model was kept, no training needed.
  const kept = cache && readCachedModel(examples, normalize, {}, cache);
  if (kept)
    return {
      recognize: recognizerFor(content, kept),
      buildMs: performance.now() - started,
      where: "prebuilt",
    };
  try {
    const bytes = await trainInWorker(examples, content.abbreviations);
    if (cache) keepModel(examples, {}, cache, bytes);
    const classifier = readModel(bytes, normalize);
    return {
      recognize: recognizerFor(content, classifier),
      buildMs: performance.now() - started,
      where: "worker",
    };
  } catch {
    const built = buildRecognizer(content, {}, modelDir);
    return { recognize: built.recognize, buildMs: performance.now() - started, where: "here" };
  }
}
