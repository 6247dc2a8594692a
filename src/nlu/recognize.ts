import type { SlotName } from "../content/schemas/intent.schema.ts";
import { civilDate } from "../core/clock.ts";
import type { IntentClassifier, ScoredIntent } from "./classifier.ts";
import { detectLanguage } from "./language.ts";
import { type ExtractSlots, type Slots, slotsFor } from "./slots/extract-slots.ts";

/** How sure the bot is: answer, ask "did you mean…?", or fall back. */
export type Band = "answer" | "confirm" | "fallback";

/** What the bot understood of one message. */
export interface Understanding {
  intent: string;
  confidence: number;
  band: Band;
  /** The next best intents (for "did you mean…?"). */
  alternatives: { intent: string; confidence: number }[];
  /** A second question asked in the same message, when there is one. */
  secondary?: { intent: string; confidence: number };
  language?: "vi" | "en";
  /** Details of the message that the intent takes (household size, months, province, …). */
  slots: Slots;
}

/** How slots are found, and which ones each intent takes. */
export interface SlotSettings {
  extract: ExtractSlots;
  accepted: ReadonlyMap<string, readonly SlotName[]>;
}

/** Confidence thresholds of the three bands (tuned on the development set; see README, "Accuracy"). */
export interface BandThresholds {
  answer: number;
  confirm: number;
  /** Below this gap between the top two intents, the bot asks instead of answering. */
  margin: number;
}

/** The thresholds in use. */
export const DEFAULT_BANDS: BandThresholds = { answer: 0.4, confirm: 0.22, margin: 0.05 };

const OUT_OF_SCOPE = "out_of_scope";
const NON_CONTENT = new Set(["smalltalk.greeting", "smalltalk.thanks", OUT_OF_SCOPE]);
const CLAUSE_BREAK =
  /[.?!;\n]+|,\s*(?=(?:và|va|còn|con|ngoài ra|ngoai ra|với lại|voi lai|thêm nữa|them nua)\b)|\s(?=(?:ngoài ra|ngoai ra|với lại|voi lai)\b)/giu;
const SECOND_INTENT_FLOOR = 0.35;

/** Turns the classifier's ranking into a decision, splitting long messages into clauses. */
export function createRecognizer(
  classifier: IntentClassifier,
  slotSettings?: SlotSettings,
  bands: BandThresholds = DEFAULT_BANDS,
) {
  /** What the message asks; `today` (YYYY-MM-DD, Asia/Ho_Chi_Minh) anchors dates like "tháng 6 năm sau". */
  return function recognize(text: string, today: string = civilDate(new Date())): Understanding {
    const language = detectLanguage(text);
    const whole = classifier.rank(text);
    const clauses = text
      .split(CLAUSE_BREAK)
      .map((c) => c.trim())
      .filter((c) => (c.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2);
    let primary = whole;
    let secondary: ScoredIntent | undefined;
    if (clauses.length > 1) {
      const ranked = clauses
        .map((clause) => classifier.rank(clause))
        .filter((r) => !NON_CONTENT.has(r[0]!.intent));
      const candidates = NON_CONTENT.has(whole[0]!.intent) ? ranked : [whole, ...ranked];
      candidates.sort((a, b) => b[0]!.confidence - a[0]!.confidence);
      if (candidates[0]) primary = candidates[0];
      secondary = candidates
        .map((r) => r[0]!)
        .find((top) => top.intent !== primary[0]!.intent && top.confidence >= SECOND_INTENT_FLOOR);
    }
    const [top, next] = primary as [ScoredIntent, ScoredIntent | undefined];
    const band = decideBand(top, next, bands);
    const slots = slotSettings
      ? slotsFor(slotSettings.extract(text, today), slotSettings.accepted.get(top.intent) ?? [])
      : {};
    return {
      intent: top.intent,
      confidence: round(top.confidence),
      band,
      alternatives: primary.slice(1, 4).map((s) => ({ intent: s.intent, confidence: round(s.confidence) })),
      ...(secondary && band === "answer"
        ? { secondary: { intent: secondary.intent, confidence: round(secondary.confidence) } }
        : {}),
      ...(language ? { language } : {}),
      slots,
    };
  };
}

/** A function from message text to what the bot understood. */
export type Recognize = ReturnType<typeof createRecognizer>;

function decideBand(top: ScoredIntent, next: ScoredIntent | undefined, bands: BandThresholds): Band {
  if (top.intent === OUT_OF_SCOPE) return "fallback";
  if (top.confidence >= bands.answer && top.confidence - (next?.confidence ?? 0) >= bands.margin)
    return "answer";
  if (top.confidence >= bands.confirm) return "confirm";
  return "fallback";
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
