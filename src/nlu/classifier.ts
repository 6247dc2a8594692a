import { FeatureSpace, rawFeatures, type SparseVector } from "./featurize.ts";
import type { NormalizedText } from "./normalize.ts";
import { fitSoftmax, linearScores, softmaxInPlace, type TrainingOptions } from "./softmax.ts";
import { createSpellCorrector } from "./spell.ts";

/** One labelled training message. */
export interface TrainingExample {
  intent: string;
  text: string;
}

/** A scored intent: softmax probability, cosine to its nearest example, and the confidence built from both. */
export interface ScoredIntent {
  intent: string;
  confidence: number;
  probability: number;
  similarity: number;
}

/** Training settings; the defaults were tuned on the development set (see README, "Accuracy"). */
export type { TrainingOptions };

const DEFAULTS: TrainingOptions = { epochs: 6, learningRate: 2.5, l2: 1e-5, seed: 7 };
// How many of the most probable intents are compared example by example.
const NEAREST_CANDIDATES = 4;

/** Softmax regression over n-gram features, plus nearest-example cosine for evidence (design: docs nlu.md §5). */
export class IntentClassifier {
  private constructor(
    readonly intents: readonly string[],
    private readonly space: FeatureSpace,
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
    private readonly postingsByIntent: IntentPostings[],
    private readonly correct: (token: string) => string[],
    private readonly normalize: (text: string) => NormalizedText,
  ) {
    this.dotBuffer = new Float64Array(Math.max(0, ...postingsByIntent.map((p) => p.count)));
  }

  /** Trains on the examples with the given normaliser. */
  static train(
    examples: readonly TrainingExample[],
    normalize: (text: string) => NormalizedText,
    options: Partial<TrainingOptions> = {},
  ): IntentClassifier {
    const settings = { ...DEFAULTS, ...options };
    const intents = [...new Set(examples.map((e) => e.intent))].sort();
    const intentIndex = new Map(intents.map((intent, i) => [intent, i]));
    const normalized = examples.map((e) => normalize(e.text));
    const vocabulary = new Map<string, number>();
    for (const n of normalized) for (const t of n.tokens) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
    const space = new FeatureSpace();
    const raws = normalized.map((n) => rawFeatures(n.tokens, n.marked));
    space.fit(raws);
    const vectors = raws.map((raw) => space.vectorize(raw));
    const labelled = vectors.map((vector, i) => ({ intent: intentIndex.get(examples[i]!.intent)!, vector }));
    const { weights, bias } = fitSoftmax(labelled, intents.length, space.size, settings);
    const postingsByIntent = intents.map((_, intent) =>
      indexExamples(
        labelled.filter((e) => e.intent === intent).map((e) => e.vector),
        space.size,
      ),
    );
    return new IntentClassifier(
      intents,
      space,
      weights,
      bias,
      postingsByIntent,
      createSpellCorrector(vocabulary),
      normalize,
    );
  }

  /**
   * The likeliest intents for a message, best first: the few compared example by example (every other intent has
   * no nearest-example evidence, so its confidence would be 0).
   */
  rank(text: string): ScoredIntent[] {
    const normalized = this.normalize(text);
    const tokens = normalized.tokens.flatMap(this.correct);
    const vector = this.space.vectorizeTokens(tokens, normalized.marked);
    const probabilities = new Float64Array(this.intents.length);
    linearScores(this.weights, this.bias, this.intents.length, vector, probabilities);
    softmaxInPlace(probabilities);
    return topIndices(probabilities, NEAREST_CANDIDATES)
      .map((k) => {
        const p = probabilities[k]!;
        const s = this.nearestSimilarity(vector, k);
        return { intent: this.intents[k]!, probability: p, similarity: s, confidence: Math.sqrt(p * s) };
      })
      .sort((a, b) => b.confidence - a.confidence);
  }

  /** Cosine to the nearest training example of one intent, through its inverted index. */
  private nearestSimilarity(x: SparseVector, intent: number): number {
    const { start, example, weight, count } = this.postingsByIntent[intent]!;
    const dots = this.dotBuffer.fill(0, 0, count);
    const { indices, values } = x;
    for (let j = 0; j < indices.length; j++) {
      const feature = indices[j]!;
      const value = values[j]!;
      const end = start[feature + 1]!;
      for (let k = start[feature]!; k < end; k++) dots[example[k]!]! += weight[k]! * value;
    }
    let best = 0;
    for (let e = 0; e < count; e++) if (dots[e]! > best) best = dots[e]!;
    return best;
  }

  // Reused between calls (recognition is synchronous): one dot product per example of an intent.
  private readonly dotBuffer: Float64Array;
}

/** Indices of the n largest values, largest first. */
function topIndices(values: Float64Array, n: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let at = top.length;
    while (at > 0 && values[top[at - 1]!]! < values[i]!) at--;
    if (at < n) {
      top.splice(at, 0, i);
      if (top.length > n) top.pop();
    }
  }
  return top;
}

/** The examples of one intent as an inverted index in CSR form: feature f's postings are at start[f]..start[f+1]. */
interface IntentPostings {
  start: Int32Array;
  example: Int32Array;
  /** Float32 like the vectors it comes from: the same values in half the memory the matching loop reads. */
  weight: Float32Array;
  count: number;
}

function indexExamples(vectors: readonly SparseVector[], features: number): IntentPostings {
  const start = new Int32Array(features + 1);
  for (const vector of vectors) for (const feature of vector.indices) start[feature + 1]!++;
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, features);
  const example = new Int32Array(start[features]!);
  const weight = new Float32Array(start[features]!);
  vectors.forEach((vector, e) => {
    vector.indices.forEach((feature, j) => {
      const at = fill[feature]!++;
      example[at] = e;
      weight[at] = vector.values[j]!;
    });
  });
  return { start, example, weight, count: vectors.length };
}
