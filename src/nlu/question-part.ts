import { withoutInsuredClauses, withoutNoPensionClauses } from "./already-insured.ts";
import type { IntentClassifier, ScoredIntent } from "./classifier.ts";

const OUT_OF_SCOPE = "out_of_scope";
const outsideShare = (ranked: readonly ScoredIntent[]) =>
  ranked.find((reading) => reading.intent === OUT_OF_SCOPE)?.confidence ?? 0;
const LESS_OUTSIDE = 0.1;
const isAboutPaying = (ranked: readonly ScoredIntent[]) =>
  ranked[0]?.intent.startsWith("contribution.") === true;

/**
 * Reads the part of a message that asks: the whole message, or without the clauses that are only background (people
 * already insured, a benefit outside BHYT not received, a pension not received) when those pull it off its topic.
 */
export function questionPartReader(classifier: IntentClassifier) {
  // The whole message is ranked once; the message without those clauses only when there are some.
  return function readQuestionPart(message: string) {
    const read = classifier.rankWithCoverage(message);
    const stripped = withoutInsuredClauses(message);
    // Read as about paying, or as outside BHYT only because of the background ("bố tôi có lương hưu rồi, …").
    const background = isAboutPaying(read.ranked) || read.ranked[0]?.intent === OUT_OF_SCOPE;
    // ("mẹ tôi 69 không có lương hưu, ở Huế, mua bao nhiêu": read outside BHYT only for the pension not received.)
    const noPension = read.ranked[0]?.intent === OUT_OF_SCOPE ? withoutNoPensionClauses(message) : message;
    if (noPension !== message) {
      const readOn = classifier.rankWithCoverage(noPension);
      if (isAboutPaying(readOn.ranked)) return { text: noPension, ...readOn };
    }
    if (stripped === message || !background) return { text: message, ...read };
    const readStripped = classifier.rankWithCoverage(stripped);
    // …or less sure without the background that it is outside BHYT ("I don't get unemployment benefit. How much…").
    const lessOutside = outsideShare(readStripped.ranked) < outsideShare(read.ranked) - LESS_OUTSIDE;
    return isAboutPaying(readStripped.ranked) || (read.ranked[0]?.intent === OUT_OF_SCOPE && lessOutside)
      ? { text: stripped, ...readStripped }
      : { text: message, ...read };
  };
}
