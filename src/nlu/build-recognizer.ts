import type { Content } from "../content/content.ts";
import { IntentClassifier, type TrainingExample, type TrainingOptions } from "./classifier.ts";
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

/** Trains the classifier on the content's examples and wraps it in a recognizer; reports the build time. */
export function buildRecognizer(
  content: Content,
  training: Partial<TrainingOptions> = {},
): {
  recognize: Recognize;
  classifier: IntentClassifier;
  buildMs: number;
} {
  const started = performance.now();
  const classifier = IntentClassifier.train(
    trainingExamples(content),
    createNormalizer(content.abbreviations),
    training,
  );
  const slots = {
    extract: createSlotExtractor(content.policy.provinces),
    accepted: new Map([...content.intents.values()].map((intent) => [intent.id, intent.slots])),
  };
  return {
    recognize: createRecognizer(classifier, slots),
    classifier,
    buildMs: performance.now() - started,
  };
}
