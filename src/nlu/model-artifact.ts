import { IntentClassifier } from "./classifier.ts";
import type { NormalizedText } from "./normalize.ts";

// Layout: "BHYM", the header's length (uint32 LE), the header (JSON: names, vocabulary, where each array lies), then
// each typed array at an 8-byte aligned offset, read back as views without copying.
const MAGIC = "BHYM";
const ARRAYS = {
  idf: Float32Array,
  weights: Float32Array,
  bias: Float64Array,
  offsets: Int32Array,
  example: Int32Array,
  weight: Float32Array,
  examplesOfIntent: Int32Array,
} as const;
type ArrayName = keyof typeof ARRAYS;

interface Header {
  intents: string[];
  keys: string[];
  vocabulary: [string, number][];
  exampleIntents: number;
  arrays: Record<ArrayName, { offset: number; length: number }>;
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/** A trained classifier as bytes: the weights, vocabulary and example index of the prebuilt model. */
export function writeModel(classifier: IntentClassifier): Uint8Array {
  const parts = classifier.parts();
  const arrays: Record<ArrayName, ArrayBufferView> = {
    idf: parts.space.idf,
    weights: parts.weights,
    bias: parts.bias,
    offsets: parts.examples.offsets,
    example: parts.examples.example,
    weight: parts.examples.weight,
    examplesOfIntent: parts.examples.examplesOfIntent,
  };
  let offset = 0;
  const placed = {} as Header["arrays"];
  for (const name of Object.keys(ARRAYS) as ArrayName[]) {
    const view = arrays[name] as Float32Array;
    placed[name] = { offset, length: view.length };
    offset = align(offset + view.byteLength);
  }
  const header: Header = {
    intents: [...parts.intents],
    keys: parts.space.keys,
    vocabulary: parts.vocabulary,
    exampleIntents: parts.examples.intents,
    arrays: placed,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align(8 + json.length);
  const bytes = new Uint8Array(start + offset);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, json.length, true);
  bytes.set(json, 8);
  for (const name of Object.keys(ARRAYS) as ArrayName[]) {
    const view = arrays[name];
    bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), start + placed[name].offset);
  }
  return bytes;
}

/** Reads a classifier written by `writeModel`; throws on bytes that are not one. */
export function readModel(input: Uint8Array, normalize: (text: string) => NormalizedText): IntentClassifier {
  // A copy at offset 0 of its own buffer, so every array view is aligned.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error("not a model file");
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  const start = bytes.byteOffset + align(8 + length);
  const view = <N extends ArrayName>(name: N) => {
    const { offset, length: count } = header.arrays[name];
    return new ARRAYS[name](bytes.buffer as ArrayBuffer, start + offset, count) as InstanceType<
      (typeof ARRAYS)[N]
    >;
  };
  return IntentClassifier.restore(
    {
      intents: header.intents,
      space: { keys: header.keys, idf: view("idf") },
      weights: view("weights"),
      bias: view("bias"),
      examples: {
        offsets: view("offsets"),
        example: view("example"),
        weight: view("weight"),
        examplesOfIntent: view("examplesOfIntent"),
        intents: header.exampleIntents,
      },
      vocabulary: header.vocabulary,
    },
    normalize,
  );
}
