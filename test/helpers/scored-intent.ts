import type { ScoredIntent } from "../../src/nlu/classifier.ts";

/** A classifier reading with only its intent and confidence set, for tests of the rules applied after ranking. */
export function scored(intent: string, confidence: number): ScoredIntent {
  return { intent, confidence, probability: 0, similarity: 0 };
}
