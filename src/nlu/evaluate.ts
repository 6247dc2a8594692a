import { hasVietnameseMarks } from "../core/fold.ts";
import { detectLanguage } from "./language.ts";
import type { Recognize, Understanding } from "./recognize.ts";

/** One labelled evaluation line. */
export interface EvalCase {
  q: string;
  intent: string;
  style?: string;
}

/** Precision, recall and support of one intent. */
export interface IntentScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** The accuracy report of `bhyt eval`. */
export interface EvalReport {
  total: number;
  accuracy: number;
  top3: number;
  slices: Record<string, { n: number; accuracy: number }>;
  perIntent: IntentScore[];
  confusions: { expected: string; predicted: string; count: number }[];
  outOfScope: { precision: number; recall: number; notAnsweredAsInScope: number; n: number };
  bands: Record<"answer" | "confirm" | "fallback", { share: number; precision: number }>;
  /** In-scope messages answered correctly / answered. */
  answeredPrecision: number;
}

const OOS = "out_of_scope";
const matches = (predicted: string, expected: string) =>
  predicted === expected || predicted.startsWith(`${expected}.`);
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Runs every case through the recognizer and scores it. */
export function evaluate(cases: readonly EvalCase[], recognize: Recognize): EvalReport {
  const results = cases.map((c) => ({ c, u: recognize(c.q) }));
  const correct = (r: { c: EvalCase; u: Understanding }) => matches(r.u.intent, r.c.intent);
  const inTop3 = (r: { c: EvalCase; u: Understanding }) =>
    [r.u.intent, ...r.u.alternatives.slice(0, 2).map((a) => a.intent)].some((i) => matches(i, r.c.intent));

  const sliceOf = (c: EvalCase): string[] => {
    const slices = [
      hasVietnameseMarks(c.q)
        ? "with diacritics"
        : detectLanguage(c.q) === "en"
          ? "english"
          : "no diacritics",
    ];
    if (c.style) slices.push(`style:${c.style}`);
    return slices;
  };
  const slices: EvalReport["slices"] = {};
  for (const r of results) {
    for (const name of sliceOf(r.c)) {
      slices[name] ??= { n: 0, accuracy: 0 };
      const slice = slices[name];
      slice.n++;
      if (correct(r)) slice.accuracy++;
    }
  }
  for (const slice of Object.values(slices)) slice.accuracy = ratio(slice.accuracy, slice.n);

  const intents = [...new Set(cases.map((c) => c.intent))].sort();
  const perIntent = intents.map((intent) => {
    const tp = results.filter((r) => r.c.intent === intent && correct(r)).length;
    const predicted = results.filter((r) => matches(r.u.intent, intent)).length;
    const support = results.filter((r) => r.c.intent === intent).length;
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    return { intent, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });

  const pairs = new Map<string, number>();
  for (const r of results)
    if (!correct(r))
      pairs.set(`${r.c.intent}→${r.u.intent}`, (pairs.get(`${r.c.intent}→${r.u.intent}`) ?? 0) + 1);
  const confusions = [...pairs]
    .map(([key, count]) => {
      const [expected = "", predicted = ""] = key.split("→");
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);

  const oos = results.filter((r) => r.c.intent === OOS);
  const predictedOos = results.filter((r) => r.u.intent === OOS);
  const answeredInScope = (r: { u: Understanding }) => r.u.band === "answer" && r.u.intent !== OOS;
  const bands = {} as EvalReport["bands"];
  for (const band of ["answer", "confirm", "fallback"] as const) {
    const inBand = results.filter((r) => r.u.band === band);
    const good = band === "confirm" ? inBand.filter(inTop3) : inBand.filter(correct);
    bands[band] = {
      share: ratio(inBand.length, results.length),
      precision: ratio(good.length, inBand.length),
    };
  }
  const answered = results.filter(answeredInScope);
  return {
    total: results.length,
    accuracy: ratio(results.filter(correct).length, results.length),
    top3: ratio(results.filter(inTop3).length, results.length),
    slices,
    perIntent,
    confusions,
    outOfScope: {
      n: oos.length,
      precision: ratio(predictedOos.filter((r) => r.c.intent === OOS).length, predictedOos.length),
      recall: ratio(oos.filter(correct).length, oos.length),
      notAnsweredAsInScope: ratio(oos.filter((r) => !answeredInScope(r)).length, oos.length),
    },
    bands,
    answeredPrecision: ratio(answered.filter(correct).length, answered.length),
  };
}
