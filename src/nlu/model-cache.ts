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

/**
 * The classifier for these examples: read from `dir` when a model with the same key was written there, else
 * trained and written there for the next start (atomically; a read-only folder only means training each time).
 */
export function cachedClassifier(
  examples: readonly TrainingExample[],
  normalize: (text: string) => NormalizedText,
  training: Partial<TrainingOptions>,
  cache: { dir: string; abbreviations: unknown },
): { classifier: IntentClassifier; source: "prebuilt" | "trained" } {
  const file = path.join(cache.dir, `${modelKey(examples, training, cache.abbreviations)}.model`);
  try {
    return { classifier: readModel(readFileSync(file), normalize), source: "prebuilt" };
  } catch {
    const classifier = IntentClassifier.train(examples, normalize, training);
    try {
      mkdirSync(cache.dir, { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, writeModel(classifier));
      renameSync(`${file}.${process.pid}.tmp`, file);
      pruneModels(cache.dir);
    } catch {}
    return { classifier, source: "trained" };
  }
}
