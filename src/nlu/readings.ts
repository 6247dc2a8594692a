import type { ScoredIntent } from "./classifier.ts";

/** Up to two other asked topics: the best intent of each other clause, once each, when sure enough. */
export function distinctTops(
  candidates: readonly ScoredIntent[][],
  primary: string,
  skipped: ReadonlySet<string>,
  floor: number,
): ScoredIntent[] {
  const seen = new Set([primary, ...skipped]);
  const tops: ScoredIntent[] = [];
  for (const ranked of candidates) {
    const top = ranked[0]!;
    if (seen.has(top.intent) || top.confidence < floor) continue;
    seen.add(top.intent);
    tops.push(top);
  }
  return tops.slice(0, 2);
}

/**
 * The best other reading of the question that won: its own runner-up, or the whole message's when the whole message
 * is what won. Other asked clauses' tops are left out.
 */
export function rivalOf(
  primary: readonly ScoredIntent[],
  readings: readonly ScoredIntent[][],
  best: ScoredIntent,
): ScoredIntent | undefined {
  const own = primary.find((s) => s.intent !== best.intent);
  const whole = readings[0]?.find((s) => s.intent !== best.intent);
  return [own, whole]
    .filter((s): s is ScoredIntent => s !== undefined)
    .sort((a, b) => b.confidence - a.confidence)[0];
}

/**
 * The next likeliest topics of a message read several ways (whole, and each asked clause), each intent at its best
 * reading: a long message's other topics come from any of its questions, not only the one that won.
 */
export function nextLikeliest(readings: readonly ScoredIntent[][], top: ScoredIntent): ScoredIntent[] {
  const best = new Map<string, ScoredIntent>();
  for (const ranked of readings)
    for (const scored of ranked)
      if (scored.intent !== top.intent && (best.get(scored.intent)?.confidence ?? -1) < scored.confidence)
        best.set(scored.intent, scored);
  return [...best.values()].sort((a, b) => b.confidence - a.confidence).slice(0, 3);
}
