// The two baselines the intent classifier is compared with in `npm run bench` (design: docs nlu.md §1, §3):
// fuse.js over every training example, and MiniSearch (BM25) over the same examples. Both see the same
// normalised text as our classifier, so the comparison is about the matcher, not the clean-up.
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import type { TrainingExample } from "../src/nlu/classifier.ts";
import type { Normalize } from "../src/nlu/normalize.ts";

/** A matcher under test: message text in, intent out. */
export type IntentMatcher = (text: string) => string;

/** fuse.js with location ignored (its best accuracy in the research), top hit's intent. */
export function buildFuseMatcher(examples: readonly TrainingExample[], normalize: Normalize): IntentMatcher {
  const docs = examples.map((e) => ({ intent: e.intent, text: normalize(e.text).tokens.join(" ") }));
  const fuse = new Fuse(docs, { keys: ["text"], ignoreLocation: true, threshold: 0.6 });
  return (text) =>
    fuse.search(normalize(text).tokens.join(" "), { limit: 1 })[0]?.item.intent ?? "out_of_scope";
}

/** MiniSearch BM25 with exact terms (its best configuration in the research), top hit's intent. */
export function buildMiniSearchMatcher(
  examples: readonly TrainingExample[],
  normalize: Normalize,
): IntentMatcher {
  const index = new MiniSearch<{ id: number; intent: string; text: string }>({
    fields: ["text"],
    storeFields: ["intent"],
    tokenize: (text) => text.split(" "),
  });
  index.addAll(examples.map((e, id) => ({ id, intent: e.intent, text: normalize(e.text).tokens.join(" ") })));
  return (text) => {
    const [hit] = index.search(normalize(text).tokens.join(" "));
    return (hit?.intent as string | undefined) ?? "out_of_scope";
  };
}
