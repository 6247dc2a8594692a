import type { SparseVector } from "./featurize.ts";

/** Settings of the softmax training. */
export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

// Classes whose gradient is this small are skipped: after a few epochs most are, which makes training fast.
const GRADIENT_FLOOR = 3e-3;

/** Fits softmax regression by SGD over L2-normalised sparse vectors; returns feature-major weights. */
export function fitSoftmax(
  data: { intent: number; vector: SparseVector }[],
  classes: number,
  features: number,
  options: TrainingOptions,
): { weights: Float64Array; bias: Float64Array } {
  // Feature-major layout (feature × class): the classes of one feature sit side by side, which is what
  // both the forward and the update loops walk; it made training several times faster than class-major.
  const weights = new Float64Array(classes * features);
  const bias = new Float64Array(classes);
  const order = data.map((_, i) => i);
  const random = mulberry32(options.seed);
  const scores = new Float64Array(classes);
  const activeClasses = new Int32Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + 0.1 * epoch);
    const decay = 1 - rate * options.l2;
    for (const index of order) {
      const { intent, vector } = data[index]!;
      linearScores(weights, bias, classes, vector, scores);
      softmaxInPlace(scores);
      scores[intent]! -= 1;
      // Only classes with a real gradient are updated: after the first epoch that is a handful of the classes.
      let active = 0;
      for (let c = 0; c < classes; c++) {
        if (Math.abs(scores[c]!) < GRADIENT_FLOOR) continue;
        bias[c]! -= rate * scores[c]!;
        activeClasses[active++] = c;
      }
      for (let j = 0; j < vector.indices.length; j++) {
        const row = vector.indices[j]! * classes;
        const step = rate * vector.values[j]!;
        for (let a = 0; a < active; a++) {
          const w = row + activeClasses[a]!;
          weights[w] = weights[w]! * decay - step * scores[activeClasses[a]!]!;
        }
      }
    }
  }
  return { weights, bias };
}

/** Writes bias + weights·x for every class into `out` (feature-major weights). */
export function linearScores(
  weights: Float32Array | Float64Array,
  bias: Float64Array,
  classes: number,
  x: SparseVector,
  out: Float64Array,
): void {
  out.set(bias);
  for (let j = 0; j < x.indices.length; j++) {
    const row = x.indices[j]! * classes;
    const value = x.values[j]!;
    for (let c = 0; c < classes; c++) out[c]! += weights[row + c]! * value;
  }
}

/** Turns scores into probabilities in place. */
export function softmaxInPlace(values: Float64Array): void {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = Math.exp(values[i]! - max);
    sum += values[i]!;
  }
  for (let i = 0; i < values.length; i++) values[i]! /= sum;
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
