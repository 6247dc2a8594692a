import type { SlotName } from "../content/schemas/intent.schema.ts";
import { civilDate } from "../core/clock.ts";
import { foldDiacritics } from "../core/fold.ts";
import type { Coverage, IntentClassifier, ScoredIntent } from "./classifier.ts";
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
const TOPIC = { vi: "bảo hiểm y tế", en: "health insurance" } as const;

/** Turns the classifier's ranking into a decision, splitting long messages into clauses. */
export function createRecognizer(
  classifier: IntentClassifier,
  slotSettings?: SlotSettings,
  bands: BandThresholds = DEFAULT_BANDS,
) {
  /** What the message asks; `today` (YYYY-MM-DD, Asia/Ho_Chi_Minh) anchors dates like "tháng 6 năm sau". */
  return function recognize(text: string, today: string = civilDate(new Date())): Understanding {
    const language = detectLanguage(text);
    const { ranked: whole, coverage } = classifier.rankWithCoverage(text);
    const clauses = text
      .split(CLAUSE_BREAK)
      .map((c) => c.trim())
      .filter((c) => (c.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2);
    let primary = whole;
    let secondary: ScoredIntent | undefined;
    if (clauses.length > 1) {
      // A follow-up clause ("còn đăng ký thì ở đâu?") leaves the topic unsaid; when the message is about health
      // insurance, the clause is read with that topic added.
      const topic = whole[0]!.intent === OUT_OF_SCOPE ? "" : ` ${TOPIC[language ?? "vi"]}`;
      // In a story that ends with a question, the question says what is asked; the rest is background.
      const questions = clauses.filter(isQuestion);
      const asked = questions.length > 0 ? questions : clauses;
      const ranked = asked
        .map((clause) => classifier.rank(`${clause}${topic}`))
        .filter((r) => !NON_CONTENT.has(r[0]!.intent));
      // A greeting or thanks around a question is not what is asked; an out-of-scope message stays a candidate.
      const wholeCounts = whole[0]!.intent === OUT_OF_SCOPE || !NON_CONTENT.has(whole[0]!.intent);
      const candidates = wholeCounts ? [whole, ...ranked] : ranked;
      candidates.sort((a, b) => b[0]!.confidence - a[0]!.confidence);
      if (candidates[0]) primary = candidates[0];
      secondary = candidates
        .map((r) => r[0]!)
        .find((top) => top.intent !== primary[0]!.intent && top.confidence >= SECOND_INTENT_FLOOR);
    }
    const [top, next] = primary as [ScoredIntent, ScoredIntent | undefined];
    const band = limitByCoverage(decideBand(top, next, bands), coverage);
    // Only intents that take details pay for looking for them.
    const accepted = slotSettings?.accepted.get(top.intent) ?? [];
    const slots =
      slotSettings && accepted.length > 0 ? slotsFor(slotSettings.extract(text, today), accepted) : {};
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

// Keyboard mashing or words the bot has never seen, guessed at from typos ("asdkjh qwe" → "quê"), are never answered
// outright: mostly unknown → "I did not understand"; nothing known as typed → "did you mean…?" at most.
function limitByCoverage(band: Band, coverage: Coverage): Band {
  if (coverage.share < 0.5) return "fallback";
  return band === "answer" && !coverage.anyKnown ? "confirm" : band;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

// Question cues, folded: "bao nhiêu", "thế nào", "ở đâu", "không", "được không", "how", "what", …
const QUESTION_CUE =
  /\?|\b(?:bao nhieu|bn|the nao|ntn|nhu the nao|o dau|khong|ko|hong|k|chua|gi|sao|nao|bao lau|bao gio|lam sao|co phai|how|what|where|when|which|who|why|can i|do i|does|is it|should)\b/;

function isQuestion(clause: string): boolean {
  return QUESTION_CUE.test(foldDiacritics(clause));
}
