import { Worker } from "node:worker_threads";
import type { Content } from "../content/content.ts";
import { buildRecognizer, recognizerFor, trainingExamples } from "./build-recognizer.ts";
import { readModel } from "./model-artifact.ts";
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

function trainInWorker(content: Content): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ examples: trainingExamples(content), abbreviations: content.abbreviations });
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
): Promise<{ recognize: Recognize; buildMs: number; where: "worker" | "here" }> {
  const started = performance.now();
  try {
    const bytes = await trainInWorker(content);
    const classifier = readModel(bytes, createNormalizer(content.abbreviations));
    return {
      recognize: recognizerFor(content, classifier),
      buildMs: performance.now() - started,
      where: "worker",
    };
  } catch {
    const built = buildRecognizer(content);
    return { recognize: built.recognize, buildMs: performance.now() - started, where: "here" };
  }
}
