// Trains the intent classifier in a worker thread and posts the model back as bytes (see train-in-background.ts).
import { parentPort, workerData } from "node:worker_threads";
import { IntentClassifier, type TrainingExample } from "./classifier.ts";
import { writeModel } from "./model-artifact.ts";
import { createNormalizer } from "./normalize.ts";

const { examples, abbreviations } = workerData as {
  examples: TrainingExample[];
  abbreviations: Parameters<typeof createNormalizer>[0];
};
const bytes = writeModel(IntentClassifier.train(examples, createNormalizer(abbreviations)));
parentPort?.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
