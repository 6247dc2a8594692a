import { describe, expect, it } from "vitest";
import { FeatureSpace, rawFeatures } from "../../../src/nlu/featurize.ts";

describe("feature vectors", () => {
  const docs = [
    ["ho", "can", "ngheo", "dong", "bao", "nhieu"],
    ["ho", "gia", "dinh", "dong", "bao", "nhieu"],
    ["the", "bao", "hiem", "het", "han"],
  ];
  const space = new FeatureSpace();
  space.fit(docs.map((d) => rawFeatures(d, [])));
  const asMap = (v: { indices: Int32Array; values: Float32Array }) =>
    new Map([...v.indices].map((id, j) => [id, v.values[j]!]));

  it("builds the same vector on the fast path (cached token ids) as from raw feature counts", () => {
    for (const tokens of [
      ["ho", "can", "ngheo", "dong", "bao", "nhieu", "ngheo"],
      ["the", "het", "han", "xyz"],
      [],
    ]) {
      const marked = ["nghèo"];
      const slow = asMap(space.vectorize(rawFeatures(tokens, marked)));
      const fast = asMap(space.vectorizeTokens(tokens, marked));
      expect([...fast.keys()].sort()).toEqual([...slow.keys()].sort());
      for (const [id, value] of slow) expect(fast.get(id)).toBeCloseTo(value, 6);
    }
  });

  it("is unit length, and empty for unknown words", () => {
    const v = space.vectorizeTokens(["ho", "gia", "dinh"], []);
    expect([...v.values].reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 5);
    expect(space.vectorizeTokens(["qqq"], []).indices).toHaveLength(0);
  });
});
