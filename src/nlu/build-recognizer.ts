import type { Content } from "../content/content.ts";
import { IntentClassifier, type TrainingExample, type TrainingOptions } from "./classifier.ts";
import { cachedClassifier } from "./model-cache.ts";
import { createNormalizer } from "./normalize.ts";
import { createRecognizer, type Recognize } from "./recognize.ts";
import { createSlotExtractor } from "./slots/extract-slots.ts";

/** The training examples of every intent, in both languages, and the long real-style questions. */
export function trainingExamples(content: Content): TrainingExample[] {
  return [
    ...[...content.intents.values()].flatMap((intent) =>
      [...intent.examples.vi, ...intent.examples.en].map((text) => ({ intent: intent.id, text })),
    ),
    ...content.longExamples.map(({ intent, text }) => ({ intent, text })),
  ];
}

/** A recognizer from a classifier trained on the content's examples, with the content's slots. */
export function recognizerFor(content: Content, classifier: IntentClassifier): Recognize {
  const slots = {
    extract: createSlotExtractor(content.policy.provinces),
    accepted: new Map([...content.intents.values()].map((intent) => [intent.id, intent.slots])),
  };
  return createRecognizer(classifier, slots);
}

/**
 * Trains the classifier on the content's examples (or reads the prebuilt model for them from `modelDir`) and wraps
 * it in a recognizer; reports the time it took and where the model came from.
 */
export function buildRecognizer(
  content: Content,
  training: Partial<TrainingOptions> = {},
  modelDir?: string,
): {
  recognize: Recognize;
  classifier: IntentClassifier;
  buildMs: number;
  source: "prebuilt" | "trained";
} {
  const started = performance.now();
  const examples = trainingExamples(content);
  const normalize = createNormalizer(content.abbreviations);
  const { classifier, source } = modelDir
    ? cachedClassifier(examples, normalize, training, { dir: modelDir, abbreviations: content.abbreviations })
    : { classifier: IntentClassifier.train(examples, normalize, training), source: "trained" as const };
  return {
    recognize: recognizerFor(content, classifier),
    classifier,
    buildMs: performance.now() - started,
    source,
  };
}
