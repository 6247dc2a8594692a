import type { SparseVector } from "./featurize.ts";

/**
 * The training examples as one inverted index, feature-major: for each feature, the postings of every intent sit
 * side by side, so scoring a few candidate intents reads one small region per feature of the message (the
 * per-intent layout read one far-apart offset per feature and intent: cache misses in a busy server).
 */
export class ExampleIndex {
  private dots = new Float64Array(0);

  private constructor(
    /** Postings of feature f and intent k: offsets[f * intents + k] up to the next offset. */
    private readonly offsets: Int32Array,
    /** The example, numbered within its intent. */
    private readonly example: Int32Array,
    /** Float32 like the vectors it comes from: the same values in half the memory. */
    private readonly weight: Float32Array,
    private readonly examplesOfIntent: Int32Array,
    private readonly intents: number,
  ) {}

  /** Indexes unit-length example vectors, grouped by intent. */
  static build(vectorsByIntent: readonly (readonly SparseVector[])[], features: number): ExampleIndex {
    const intents = vectorsByIntent.length;
    const offsets = new Int32Array(features * intents + 1);
    vectorsByIntent.forEach((vectors, k) => {
      for (const vector of vectors) for (const f of vector.indices) offsets[f * intents + k + 1]!++;
    });
    for (let i = 0; i < features * intents; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, features * intents);
    const total = offsets[features * intents]!;
    const example = new Int32Array(total);
    const weight = new Float32Array(total);
    vectorsByIntent.forEach((vectors, k) => {
      vectors.forEach((vector, e) => {
        vector.indices.forEach((f, j) => {
          const at = fill[f * intents + k]!++;
          example[at] = e;
          weight[at] = vector.values[j]!;
        });
      });
    });
    const counts = Int32Array.from(vectorsByIntent, (vectors) => vectors.length);
    return new ExampleIndex(offsets, example, weight, counts, intents);
  }

  /** The arrays the index is made of (for the prebuilt model). */
  parts() {
    const { offsets, example, weight, examplesOfIntent, intents } = this;
    return { offsets, example, weight, examplesOfIntent, intents };
  }

  /** An index built before, from its parts. */
  static restore(parts: ReturnType<ExampleIndex["parts"]>): ExampleIndex {
    return new ExampleIndex(
      parts.offsets,
      parts.example,
      parts.weight,
      parts.examplesOfIntent,
      parts.intents,
    );
  }

  /** Cosine of `x` to the nearest example of each candidate intent (all vectors have unit length). */
  nearest(x: SparseVector, candidates: readonly number[]): number[] {
    // One dot product per example of each candidate, in one buffer reused between calls.
    const bases: number[] = [];
    let size = 0;
    for (const k of candidates) {
      bases.push(size);
      size += this.examplesOfIntent[k]!;
    }
    if (this.dots.length < size) this.dots = new Float64Array(size);
    const dots = this.dots.fill(0, 0, size);
    const { offsets, example, weight, intents } = this;
    const { indices, values } = x;
    for (let j = 0; j < indices.length; j++) {
      const row = indices[j]! * intents;
      const value = values[j]!;
      for (let c = 0; c < candidates.length; c++) {
        const at = row + candidates[c]!;
        const base = bases[c]!;
        const end = offsets[at + 1]!;
        for (let p = offsets[at]!; p < end; p++) dots[base + example[p]!]! += weight[p]! * value;
      }
    }
    return candidates.map((k, c) => {
      let best = 0;
      const end = bases[c]! + this.examplesOfIntent[k]!;
      for (let e = bases[c]!; e < end; e++) if (dots[e]! > best) best = dots[e]!;
      return best;
    });
  }
}
