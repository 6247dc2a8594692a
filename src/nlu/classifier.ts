import { FeatureSpace, rawFeatures, type SparseVector } from "./featurize.ts";
import type { NormalizedText } from "./normalize.ts";
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
export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

const DEFAULTS: TrainingOptions = { epochs: 10, learningRate: 1.5, l2: 1e-5, seed: 7 };
// Classes whose gradient is this small are skipped: after a few epochs most are, which makes training fast.
const GRADIENT_FLOOR = 1e-3;

/** Softmax regression over n-gram features, plus nearest-example cosine for evidence (design: docs nlu.md §5). */
export class IntentClassifier {
  private constructor(
    readonly intents: readonly string[],
    private readonly space: FeatureSpace,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
    private readonly examples: { intent: number; vector: SparseVector }[],
    private readonly postings: Map<number, { example: number; weight: number }[]>,
    private readonly correct: (token: string) => string,
    private readonly normalize: (text: string) => NormalizedText,
  ) {}

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
    const postings = new Map<number, { example: number; weight: number }[]>();
    labelled.forEach(({ vector }, example) => {
      vector.indices.forEach((feature, j) => {
        const list = postings.get(feature) ?? [];
        list.push({ example, weight: vector.values[j]! });
        postings.set(feature, list);
      });
    });
    return new IntentClassifier(
      intents,
      space,
      weights,
      bias,
      labelled,
      postings,
      createSpellCorrector(vocabulary),
      normalize,
    );
  }

  /** Every intent scored for a message, best first. */
  rank(text: string): ScoredIntent[] {
    const normalized = this.normalize(text);
    const tokens = normalized.tokens.map(this.correct);
    const vector = this.space.vectorize(rawFeatures(tokens, normalized.marked));
    const probabilities = this.probabilities(vector);
    const similarity = this.nearestByIntent(vector);
    return this.intents
      .map((intent, k) => {
        const p = probabilities[k]!;
        const s = similarity[k]!;
        return { intent, probability: p, similarity: s, confidence: Math.sqrt(p * s) };
      })
      .sort((a, b) => b.confidence - a.confidence);
  }

  private probabilities(x: SparseVector): Float64Array {
    const k = this.intents.length;
    const f = this.space.size;
    const logits = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let sum = this.bias[c]!;
      for (let j = 0; j < x.indices.length; j++) sum += this.weights[c * f + x.indices[j]!]! * x.values[j]!;
      logits[c] = sum;
    }
    return softmax(logits);
  }

  private nearestByIntent(x: SparseVector): Float64Array {
    const dots = new Float64Array(this.examples.length);
    for (let j = 0; j < x.indices.length; j++) {
      const list = this.postings.get(x.indices[j]!);
      if (!list) continue;
      const value = x.values[j]!;
      for (const posting of list) dots[posting.example]! += posting.weight * value;
    }
    const best = new Float64Array(this.intents.length);
    this.examples.forEach((example, i) => {
      if (dots[i]! > best[example.intent]!) best[example.intent] = dots[i]!;
    });
    return best;
  }
}

function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  let sum = 0;
  const out = new Float64Array(logits.length);
  logits.forEach((v, i) => {
    out[i] = Math.exp(v - max);
    sum += out[i]!;
  });
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

function fitSoftmax(
  data: { intent: number; vector: SparseVector }[],
  classes: number,
  features: number,
  options: TrainingOptions,
): { weights: Float32Array; bias: Float32Array } {
  const weights = new Float32Array(classes * features);
  const bias = new Float32Array(classes);
  const order = data.map((_, i) => i);
  const random = mulberry32(options.seed);
  const logits = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + 0.1 * epoch);
    for (const index of order) {
      const { intent, vector } = data[index]!;
      for (let c = 0; c < classes; c++) {
        let sum = bias[c]!;
        for (let j = 0; j < vector.indices.length; j++)
          sum += weights[c * features + vector.indices[j]!]! * vector.values[j]!;
        logits[c] = sum;
      }
      const p = softmax(logits);
      for (let c = 0; c < classes; c++) {
        const gradient = p[c]! - (c === intent ? 1 : 0);
        if (Math.abs(gradient) < GRADIENT_FLOOR) continue;
        bias[c]! -= rate * gradient;
        for (let j = 0; j < vector.indices.length; j++) {
          const w = c * features + vector.indices[j]!;
          weights[w] = weights[w]! - rate * (gradient * vector.values[j]! + options.l2 * weights[w]!);
        }
      }
    }
  }
  return { weights, bias };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
