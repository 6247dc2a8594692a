import { hasVietnameseMarks } from "../core/fold.ts";
import { detectLanguage } from "./language.ts";
import type { Recognize, Understanding } from "./recognize.ts";

/** One labelled evaluation line: the main intent and the other topics the message also asks. */
export interface EvalCase {
  q: string;
  intent: string;
  also?: string[];
  style?: string;
}

/** Precision, recall and support of one intent (main intents only). */
export interface IntentScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Accuracy of one slice of the cases. */
export interface SliceScore {
  n: number;
  accuracy: number;
  answeredShare: number;
  answeredPrecision: number;
}

/** The accuracy report of `bhyt eval`. */
export interface EvalReport {
  total: number;
  /** Top-1 is the main intent or one of the `also` topics. */
  accuracy: number;
  /** Top-1 is the main intent. */
  accuracyMain: number;
  /** The main intent or an `also` topic is among the first three. */
  top3: number;
  /** The main intent is among the first three. */
  top3Main: number;
  slices: Record<string, SliceScore>;
  perIntent: IntentScore[];
  confusions: { expected: string; predicted: string; count: number }[];
  outOfScope: { precision: number; recall: number; notAnsweredAsInScope: number; n: number };
  bands: Record<"answer" | "confirm" | "fallback", { share: number; precision: number }>;
  /** Messages answered outright with a health-insurance topic: the share that was right (main or `also`). */
  answeredPrecision: number;
  /** The same, right on the main intent. */
  answeredPrecisionMain: number;
  /** In-scope messages answered outright / in-scope messages. */
  answeredShare: number;
  /** Of the `also` topics labelled, the share the reply answers or offers (other asked topics, next likeliest). */
  alsoOffered: { n: number; share: number };
}

const OOS = "out_of_scope";
const matches = (predicted: string, expected: string) =>
  predicted === expected || predicted.startsWith(`${expected}.`);
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

interface Result {
  c: EvalCase;
  u: Understanding;
}

const wanted = (c: EvalCase) => [c.intent, ...(c.also ?? [])];
const correct = (r: Result) => wanted(r.c).some((w) => matches(r.u.intent, w));
const correctMain = (r: Result) => matches(r.u.intent, r.c.intent);
const firstThree = (u: Understanding) => [u.intent, ...u.alternatives.slice(0, 2).map((a) => a.intent)];
const inTop3 = (r: Result) => firstThree(r.u).some((i) => wanted(r.c).some((w) => matches(i, w)));
const inTop3Main = (r: Result) => firstThree(r.u).some((i) => matches(i, r.c.intent));
const inScope = (r: Result) => r.c.intent !== OOS;
const answeredInScope = (r: Result) => r.u.band === "answer" && r.u.intent !== OOS;

/** Length buckets in characters: real questions run to 600, chat messages are mostly under 60. */
export function lengthBucket(text: string): string {
  const n = text.length;
  return n <= 60 ? "len:≤60" : n <= 150 ? "len:61-150" : n <= 300 ? "len:151-300" : "len:>300";
}

function sliceNames(c: EvalCase): string[] {
  const script = hasVietnameseMarks(c.q)
    ? "with diacritics"
    : detectLanguage(c.q) === "en"
      ? "english"
      : "no diacritics";
  return [script, lengthBucket(c.q), ...(c.style ? [`style:${c.style}`] : [])];
}

function score(results: readonly Result[]): SliceScore {
  const scoped = results.filter(inScope);
  // An out-of-scope question answered as health insurance is a wrong answer: it counts against precision.
  const answered = results.filter(answeredInScope);
  return {
    n: results.length,
    accuracy: ratio(results.filter(correct).length, results.length),
    answeredShare: ratio(scoped.filter(answeredInScope).length, scoped.length),
    answeredPrecision: ratio(answered.filter(correct).length, answered.length),
  };
}

/** Topics the reply answers or offers as buttons besides the main one. */
function offered(u: Understanding): string[] {
  return [
    u.intent,
    ...(u.also ?? []).map((a) => a.intent),
    ...u.alternatives.slice(0, 2).map((a) => a.intent),
  ];
}

/** Runs every case through the recognizer and scores it. */
export function evaluate(cases: readonly EvalCase[], recognize: Recognize): EvalReport {
  const results: Result[] = cases.map((c) => ({ c, u: recognize(c.q) }));

  const grouped = new Map<string, Result[]>();
  for (const r of results)
    for (const name of sliceNames(r.c)) grouped.set(name, [...(grouped.get(name) ?? []), r]);
  const slices = Object.fromEntries([...grouped].map(([name, rs]) => [name, score(rs)]));

  const intents = [...new Set(cases.map((c) => c.intent))].sort();
  const perIntent = intents.map((intent) => {
    const tp = results.filter((r) => r.c.intent === intent && correctMain(r)).length;
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
  const alsoAsked = results.flatMap((r) => (r.c.also ?? []).map((intent) => ({ intent, u: r.u })));
  const whole = score(results);
  return {
    total: results.length,
    accuracy: whole.accuracy,
    accuracyMain: ratio(results.filter(correctMain).length, results.length),
    top3: ratio(results.filter(inTop3).length, results.length),
    top3Main: ratio(results.filter(inTop3Main).length, results.length),
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
    answeredPrecision: whole.answeredPrecision,
    answeredPrecisionMain: ratio(answered.filter(correctMain).length, answered.length),
    answeredShare: whole.answeredShare,
    alsoOffered: {
      n: alsoAsked.length,
      share: ratio(
        alsoAsked.filter((a) => offered(a.u).some((i) => matches(i, a.intent))).length,
        alsoAsked.length,
      ),
    },
  };
}
