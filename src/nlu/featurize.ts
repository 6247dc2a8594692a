/** A sparse, L2-normalised feature vector: parallel arrays of feature indices and weights. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

// Bigrams and trigrams are down-weighted: at full weight they over-fit the few phrasings of each intent.
const WEIGHT_BY_KIND: Record<string, number> = { u: 1, b: 0.5, c: 0.35, m: 0.3 };

const TOKEN_CACHE_LIMIT = 50_000;

/** Feature counts of a token sequence: syllables (u), syllable pairs (b), character trigrams (c), marked forms (m). */
export function rawFeatures(tokens: readonly string[], marked: readonly string[]): Map<string, number> {
  const features = new Map<string, number>();
  const add = (key: string) => features.set(key, (features.get(key) ?? 0) + 1);
  tokens.forEach((token, i) => {
    add(`u:${token}`);
    const next = tokens[i + 1];
    if (next) add(`b:${token}_${next}`);
    if (token.length < 3) return; // a short syllable's trigrams only repeat the syllable itself
    const padded = ` ${token} `;
    for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`);
  });
  for (const token of marked) add(`m:${token}`);
  return features;
}

/** Maps feature names to indices and IDF weights; built once from the training examples. */
export class FeatureSpace {
  private readonly index = new Map<string, number>();
  private idf: Float32Array = new Float32Array(0);
  /** Per feature: IDF × the weight of its kind, the factor `vectorize` applies to its sublinear count. */
  private scale = new Float32Array(0);
  // Tokens repeat across messages: their syllable and trigram ids are looked up once (bounded; starts over when full).
  private readonly tokenIds = new Map<string, Int32Array>();
  private counts = new Uint16Array(0);
  // Syllable pairs by first then second syllable: looked up without building the "b:x_y" key for every pair.
  private readonly pairIds = new Map<string, Map<string, number>>();

  /**
   * Learns the vocabulary and IDF from the training documents. Pairs and trigrams seen in only one document are
   * left out: they rarely recur in new messages, and dropping them makes training and matching faster.
   */
  fit(documents: readonly Map<string, number>[]): void {
    const df = new Map<string, number>();
    for (const doc of documents) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    const keys: string[] = [];
    const idf: number[] = [];
    for (const [key, count] of df) {
      if (count < 2 && (key.startsWith("b:") || key.startsWith("c:"))) continue;
      keys.push(key);
      idf.push(Math.log((1 + documents.length) / (1 + count)) + 1);
    }
    this.load(keys, Float32Array.from(idf));
  }

  /** A space fitted before, from its feature names (in id order) and IDF weights. */
  static restore(keys: readonly string[], idf: Float32Array): FeatureSpace {
    const space = new FeatureSpace();
    space.load(keys, idf);
    return space;
  }

  /** The feature names in id order and their IDF weights: all a fitted space is made of. */
  parts(): { keys: string[]; idf: Float32Array } {
    return { keys: [...this.index.keys()], idf: this.idf };
  }

  private load(keys: readonly string[], idf: Float32Array): void {
    for (const [id, key] of keys.entries()) this.index.set(key, id);
    this.idf = idf;
    for (const [key, id] of this.index) {
      if (!key.startsWith("b:")) continue;
      const [first, second] = key.slice(2).split("_") as [string, string];
      const byNext = this.pairIds.get(first) ?? new Map<string, number>();
      byNext.set(second, id);
      this.pairIds.set(first, byNext);
    }
    this.scale = new Float32Array(idf.length);
    for (const [key, id] of this.index) this.scale[id] = idf[id]! * (WEIGHT_BY_KIND[key[0] ?? "u"] ?? 1);
  }

  /** The same vector as `vectorize(rawFeatures(tokens, marked))`, built from ids cached per token (the fast path). */
  vectorizeTokens(tokens: readonly string[], marked: readonly string[]): SparseVector {
    // Counts go in a dense array reused between calls (recognition is synchronous); `seen` lists the ids touched.
    if (this.counts.length !== this.scale.length) this.counts = new Uint16Array(this.scale.length);
    const counts = this.counts;
    const seen: number[] = [];
    const add = (id: number | undefined) => {
      if (id === undefined || id < 0) return;
      if (counts[id] === 0) seen.push(id);
      counts[id]!++;
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      for (const id of this.idsOfToken(token)) add(id);
      const next = tokens[i + 1];
      if (next) add(this.pairIds.get(token)?.get(next));
    }
    for (const token of marked) add(this.index.get(`m:${token}`));
    const ids = Int32Array.from(seen);
    const values = new Float32Array(ids.length);
    let norm = 0;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      const w = (1 + Math.log(counts[id]!)) * this.scale[id]!;
      counts[id] = 0;
      values[j] = w;
      norm += w * w;
    }
    const unit = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < values.length; j++) values[j]! *= unit;
    return { indices: ids, values };
  }

  private idsOfToken(token: string): Int32Array {
    const known = this.tokenIds.get(token);
    if (known) return known;
    const ids = [this.index.get(`u:${token}`) ?? -1];
    if (token.length >= 3) {
      const padded = ` ${token} `;
      for (let j = 0; j + 3 <= padded.length; j++)
        ids.push(this.index.get(`c:${padded.slice(j, j + 3)}`) ?? -1);
    }
    const result = Int32Array.from(ids);
    if (this.tokenIds.size >= TOKEN_CACHE_LIMIT) this.tokenIds.clear();
    this.tokenIds.set(token, result);
    return result;
  }

  /** Number of known features. */
  get size(): number {
    return this.index.size;
  }

  /** Sublinear TF × IDF, L2-normalised; unknown features are dropped. */
  vectorize(raw: Map<string, number>): SparseVector {
    const ids: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (const [key, tf] of raw) {
      const id = this.index.get(key);
      if (id === undefined) continue;
      const w = (1 + Math.log(tf)) * (this.idf[id] ?? 1) * (WEIGHT_BY_KIND[key[0] ?? "u"] ?? 1);
      ids.push(id);
      weights.push(w);
      norm += w * w;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return { indices: Int32Array.from(ids), values: Float32Array.from(weights, (w) => w * scale) };
  }
}
