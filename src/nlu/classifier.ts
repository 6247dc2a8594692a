import { maskBackground } from "./background.ts";
import { ExampleIndex } from "./example-index.ts";
import { FeatureSpace, rawFeatures } from "./featurize.ts";
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

/**
 * How much of a message the bot knows: the share of its words known as typed (1 each, as are numbers and glued
 * syllables it can split) or corrected from a typo (½ each), and whether any word was known as typed.
 */
export interface Coverage {
  share: number;
  anyKnown: boolean;
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
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
    private readonly examples: ExampleIndex,
    private readonly correct: (token: string) => string[],
    private readonly normalize: (text: string) => NormalizedText,
    private readonly vocabulary: ReadonlyMap<string, number>,
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
    const normalized = examples.map((e) => normalize(maskBackground(e.text)));
    const vocabulary = new Map<string, number>();
    for (const n of normalized) for (const t of n.tokens) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
    const space = new FeatureSpace();
    const raws = normalized.map((n) => rawFeatures(n.tokens, n.marked));
    space.fit(raws);
    const vectors = raws.map((raw) => space.vectorize(raw));
    const labelled = vectors.map((vector, i) => ({ intent: intentIndex.get(examples[i]!.intent)!, vector }));
    const { weights, bias } = fitSoftmax(labelled, intents.length, space.size, settings);
    const examplesIndex = ExampleIndex.build(
      intents.map((_, intent) => labelled.filter((e) => e.intent === intent).map((e) => e.vector)),
      space.size,
    );
    return new IntentClassifier(
      intents,
      space,
      // Read for every message, row by row: Float32 halves the memory (and cache misses) of the 5,000 × 43 table.
      Float32Array.from(weights),
      bias,
      examplesIndex,
      createSpellCorrector(vocabulary),
      normalize,
      vocabulary,
    );
  }

  /** What a trained classifier is made of, for the prebuilt model (the normaliser comes from the content). */
  parts() {
    return {
      intents: this.intents,
      space: this.space.parts(),
      weights: this.weights,
      bias: this.bias,
      examples: this.examples.parts(),
      vocabulary: [...this.vocabulary],
    };
  }

  /** A classifier trained before, from its parts and the content's normaliser. */
  static restore(
    parts: ReturnType<IntentClassifier["parts"]>,
    normalize: (text: string) => NormalizedText,
  ): IntentClassifier {
    const vocabulary = new Map(parts.vocabulary);
    return new IntentClassifier(
      parts.intents,
      FeatureSpace.restore(parts.space.keys, parts.space.idf),
      parts.weights,
      parts.bias,
      ExampleIndex.restore(parts.examples),
      createSpellCorrector(vocabulary),
      normalize,
      vocabulary,
    );
  }

  /**
   * The likeliest intents for a message, best first: the few compared example by example (every other intent has
   * no nearest-example evidence, so its confidence would be 0).
   */
  rank(text: string): ScoredIntent[] {
    return this.rankWithCoverage(text).ranked;
  }

  // A turn ranks the same text several times (alone, for its coverage, clause by clause): the last few are kept,
  // frozen so no reader can change what the next one gets.
  private readonly recent = new Map<string, { ranked: ScoredIntent[]; coverage: Coverage }>();

  /** The ranking, and how much of the message the bot knows (from the same pass over its words). */
  rankWithCoverage(text: string): { ranked: ScoredIntent[]; coverage: Coverage } {
    const known = this.recent.get(text);
    if (known) return known;
    const result = this.rankAnew(text);
    for (const reading of result.ranked) Object.freeze(reading);
    Object.freeze(result.ranked);
    if (this.recent.size >= RECENT_RANKINGS) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(text, result);
    return result;
  }

  private rankAnew(text: string): { ranked: ScoredIntent[]; coverage: Coverage } {
    // Names of people, places and hospitals are background, never topic evidence (see maskBackground).
    const normalized = this.normalize(maskBackground(text));
    const tokens: string[] = [];
    let known = 0;
    let anyKnown = false;
    for (const token of normalized.tokens) {
      const fixed = this.correct(token);
      tokens.push(...fixed);
      if (fixed.length === 2 || this.vocabulary.has(token) || /\d/.test(token)) {
        known += 1;
        anyKnown = true;
      } else if (fixed[0] !== token) known += 0.5;
    }
    const count = normalized.tokens.length;
    const coverage = count === 0 ? { share: 1, anyKnown: true } : { share: known / count, anyKnown };
    const vector = this.space.vectorizeTokens(tokens, normalized.marked);
    const probabilities = new Float64Array(this.intents.length);
    linearScores(this.weights, this.bias, this.intents.length, vector, probabilities);
    softmaxInPlace(probabilities);
    const candidates = topIndices(probabilities, NEAREST_CANDIDATES);
    const similarities = this.examples.nearest(vector, candidates);
    const ranked = candidates
      .map((k, c) => {
        const p = probabilities[k]!;
        const s = similarities[c]!;
        return { intent: this.intents[k]!, probability: p, similarity: s, confidence: Math.sqrt(p * s) };
      })
      .sort((a, b) => b.confidence - a.confidence);
    return { ranked, coverage };
  }
}

const RECENT_RANKINGS = 64;

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
