import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IntentClassifier, type TrainingExample, type TrainingOptions } from "./classifier.ts";
import { readModel, writeModel } from "./model-artifact.ts";
import type { NormalizedText } from "./normalize.ts";

let codeHash: string | undefined;

// The model also depends on the code that trains and reads it: a change to any file of src/nlu (or its build)
// makes a new key, so a model from older code is never loaded.
function hashOfCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|js)$/.test(name)) hash.update(name).update(readFileSync(file));
    }
  };
  walk(path.dirname(fileURLToPath(import.meta.url)));
  codeHash = hash.digest("hex");
  return codeHash;
}

/** The key of a model: a hash of what it is trained on (examples, settings, abbreviations) and of the code. */
export function modelKey(
  examples: readonly TrainingExample[],
  settings: unknown,
  abbreviations: unknown,
): string {
  return createHash("sha256")
    .update(JSON.stringify({ examples, settings, abbreviations }))
    .update(hashOfCode())
    .digest("hex")
    .slice(0, 24);
}

// Models kept in the folder: a content edit or another checkout makes a new one; the oldest go.
const MODELS_KEPT = 8;

function pruneModels(dir: string): void {
  const models = readdirSync(dir)
    .filter((name) => name.endsWith(".model"))
    .map((name) => ({ file: path.join(dir, name), at: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of models.slice(MODELS_KEPT)) rmSync(old.file, { force: true });
}

/** Where the model for these examples lives in `cache.dir`. */
export interface ModelCache {
  dir: string;
  abbreviations: unknown;
}

const fileOf = (examples: readonly TrainingExample[], training: unknown, cache: ModelCache) =>
  path.join(cache.dir, `${modelKey(examples, training, cache.abbreviations)}.model`);

/** The model kept for these examples, or undefined when there is none (or it is damaged). */
export function readCachedModel(
  examples: readonly TrainingExample[],
  normalize: (text: string) => NormalizedText,
  training: Partial<TrainingOptions>,
  cache: ModelCache,
): IntentClassifier | undefined {
  try {
    return readModel(readFileSync(fileOf(examples, training, cache)), normalize);
  } catch {
    return undefined;
  }
}

/** Keeps a model written by `writeModel` for the next start (atomically; a read-only folder only costs speed). */
export function keepModel(
  examples: readonly TrainingExample[],
  training: Partial<TrainingOptions>,
  cache: ModelCache,
  bytes: Uint8Array,
): void {
  const file = fileOf(examples, training, cache);
  try {
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, bytes);
    renameSync(`${file}.${process.pid}.tmp`, file);
    pruneModels(cache.dir);
  } catch {}
}

/** The classifier for these examples: the one kept in `cache.dir`, else trained here and kept there. */
export function cachedClassifier(
  examples: readonly TrainingExample[],
  normalize: (text: string) => NormalizedText,
  training: Partial<TrainingOptions>,
  cache: ModelCache,
): { classifier: IntentClassifier; source: "prebuilt" | "trained" } {
  const kept = readCachedModel(examples, normalize, training, cache);
  if (kept) return { classifier: kept, source: "prebuilt" };
  const classifier = IntentClassifier.train(examples, normalize, training);
  keepModel(examples, training, cache, writeModel(classifier));
  return { classifier, source: "trained" };
}
