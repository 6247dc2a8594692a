import type { Content } from "../content/content.ts";
import { type BandThresholds, LONG_MESSAGE } from "./bands.ts";
import { buildRecognizer } from "./build-recognizer.ts";
import type { TrainingOptions } from "./classifier.ts";

/** How the bot read one question it was not trained on: its top confidence, the gap to the next, and if right. */
export interface Reading {
  length: number;
  top: number;
  gap: number;
  right: boolean;
}

/** What a band setting gives on a set: answered share and precision. */
export interface BandFit {
  thresholds: BandThresholds;
  answeredShare: number;
  answeredPrecision: number;
  n: number;
}

const OOS = "out_of_scope";
const ANSWER_STEPS = Array.from({ length: 31 }, (_, i) => 0.3 + i * 0.02);
const MARGIN_STEPS = Array.from({ length: 16 }, (_, i) => i * 0.02);

// A long example's id starts with its writer's letter ("a-017"): the questions of one writer are held out together,
// so a reading measures how the bot does on a writer it has never seen.
const writerOf = (id: string) => id.split("-")[0]!;

/**
 * Leave-one-writer-out readings of the long examples (intents/examples/): for each writer, a model trained on
 * everything but that writer's questions reads them. Out-of-scope questions count as wrong when answered.
 */
export function crossValidatedReadings(content: Content, training: Partial<TrainingOptions> = {}): Reading[] {
  const writers = [...new Set(content.longExamples.map((e) => writerOf(e.id)))];
  return writers.flatMap((writer) => {
    const { recognize } = buildRecognizer(
      {
        ...content,
        longExamples: content.longExamples.filter((e) => writerOf(e.id) !== writer),
      },
      training,
    );
    return content.longExamples
      .filter((e) => writerOf(e.id) === writer)
      .map((example) => {
        const u = recognize(example.text);
        return {
          length: example.text.length,
          top: u.intent === OOS ? -1 : u.confidence,
          gap: u.confidence - (u.alternatives[0]?.confidence ?? 0),
          right: u.intent !== OOS && [example.intent, ...(example.also ?? [])].includes(u.intent),
        };
      });
  });
}

/**
 * The answer threshold and margin that answer the most questions outright while what is answered is right at least
 * `targetPrecision` of the time; undefined when no setting reaches it.
 */
export function fitBands(
  readings: readonly Reading[],
  confirm: number,
  targetPrecision: number,
): BandFit | undefined {
  let best: BandFit | undefined;
  for (const answer of ANSWER_STEPS)
    for (const margin of MARGIN_STEPS) {
      const answered = readings.filter((r) => r.top >= answer && r.gap >= margin);
      const fit = {
        thresholds: { answer: round(answer), confirm, margin: round(margin) },
        answeredShare: readings.length ? answered.length / readings.length : 0,
        answeredPrecision: answered.length ? answered.filter((r) => r.right).length / answered.length : 0,
        n: readings.length,
      };
      // Of settings that answer as much, the strictest (steps rise) leaves the most room on new questions.
      if (fit.answeredPrecision >= targetPrecision && (!best || fit.answeredShare >= best.answeredShare))
        best = fit;
    }
  return best;
}

/** Readings of short messages and of long ones (over LONG_MESSAGE characters), fitted apart. */
export function splitByLength(readings: readonly Reading[]): { short: Reading[]; long: Reading[] } {
  return {
    short: readings.filter((r) => r.length <= LONG_MESSAGE),
    long: readings.filter((r) => r.length > LONG_MESSAGE),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
