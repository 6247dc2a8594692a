import type { Coverage, ScoredIntent } from "./classifier.ts";

const OUT_OF_SCOPE = "out_of_scope";

/** How sure the bot is: answer, ask "did you mean…?", or fall back. */
export type Band = "answer" | "confirm" | "fallback";

/** Confidence thresholds of the three bands (tuned on the development set; see README, "Accuracy"). */
export interface BandThresholds {
  answer: number;
  confirm: number;
  /** Below this gap between the top two intents, the bot asks instead of answering. */
  margin: number;
}

/** Thresholds for short messages and for long ones (over LONG_MESSAGE characters), which read differently. */
export interface Bands {
  short: BandThresholds;
  long: BandThresholds;
}

/** Messages longer than this are long: a story and one or more questions, as real citizens write them. */
export const LONG_MESSAGE = 150;

/** The thresholds in use: short ones tuned on the development set, long ones fitted on the real-style training part. */
export const DEFAULT_BANDS: Bands = {
  short: { answer: 0.4, confirm: 0.22, margin: 0.05 },
  long: { answer: 0.4, confirm: 0.22, margin: 0.06 },
};

/** The band a reading falls in: answered, asked back ("did you mean…?"), or not understood. */
export function decideBand(top: ScoredIntent, next: ScoredIntent | undefined, bands: BandThresholds): Band {
  if (top.intent === OUT_OF_SCOPE) return "fallback";
  if (top.confidence >= bands.answer && top.confidence - (next?.confidence ?? 0) >= bands.margin)
    return "answer";
  if (top.confidence >= bands.confirm) return "confirm";
  return "fallback";
}

/** The band lowered for messages of mostly unknown words. */
// Keyboard mashing or words the bot has never seen, guessed at from typos ("asdkjh qwe" → "quê"), are never answered
// outright: mostly unknown → "I did not understand"; nothing known as typed → "did you mean…?" at most.
export function limitByCoverage(band: Band, coverage: Coverage): Band {
  if (coverage.share < 0.5) return "fallback";
  return band === "answer" && !coverage.anyKnown ? "confirm" : band;
}
