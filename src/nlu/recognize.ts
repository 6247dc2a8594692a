import type { SlotName } from "../content/schemas/intent.schema.ts";
import { civilDate } from "../core/clock.ts";
import { foldDiacritics, foldWords } from "../core/fold.ts";
import { splitClauses } from "./asked.ts";
import { type Band, type Bands, DEFAULT_BANDS, decideBand, LONG_MESSAGE, limitByCoverage } from "./bands.ts";
import { benefitShareReading } from "./benefit-share.ts";
import { bhytNamedReading, onlineReading, postOfficeReading } from "./bhyt-named-reading.ts";
import { birthCoverReading } from "./birth-cover.ts";
import { cardStartReading, studentCardFollowsReading } from "./card-start.ts";
import { caseReading } from "./case-readings.ts";
import type { IntentClassifier, ScoredIntent } from "./classifier.ts";
import { communeWorkerReading } from "./commune-worker.ts";
import { asksHowMuch } from "./how-much.ts";
import { detectLanguage } from "./language.ts";
import { withoutLeadingThanks } from "./leading-thanks.ts";
import { refundReading } from "./living-readings.ts";
import { deniedGroupReading, namedGroupReading, youngerThanElderReading } from "./named-group.ts";
import { paymentPeriodReading } from "./payment-period.ts";
import { questionPartReader } from "./question-part.ts";
import { distinctTops, nextLikeliest, rivalOf } from "./readings.ts";
import { relativeAtWorkReading } from "./relative-at-work.ts";
import { schoolCardReading, universityChildReading } from "./school-card-reading.ts";
import { youngestAge } from "./slots/age.ts";
import { type ExtractSlots, foldForSlots, type Slots, slotsFor } from "./slots/extract-slots.ts";
import { payerGroupOf } from "./slots/payer-group.ts";
import { sumAskedOfOtherTopic, sumReading } from "./sum-reading.ts";
import { youngChildReading } from "./young-child-reading.ts";

/** What the bot understood of one message. */
export interface Understanding {
  intent: string;
  confidence: number;
  band: Band;
  /** The next best intents (for "did you mean…?"). */
  alternatives: { intent: string; confidence: number }[];
  /** A second question asked in the same message, when there is one. */
  secondary?: { intent: string; confidence: number };
  /** Every other topic the message asks (up to two), best first; the first is `secondary` when answered. */
  also?: { intent: string; confidence: number }[];
  language?: "vi" | "en";
  /** Details of the message that the intent takes (household size, months, province, …). */
  slots: Slots;
}

/** How slots are found, and which ones each intent takes. */
export interface SlotSettings {
  extract: ExtractSlots;
  accepted: ReadonlyMap<string, readonly SlotName[]>;
}

const OUT_OF_SCOPE = "out_of_scope";
const NON_CONTENT = new Set(["smalltalk.greeting", "smalltalk.thanks", OUT_OF_SCOPE]);
const SECOND_INTENT_FLOOR = 0.35;
// Fitted with the long bands on the real-style training part, leave-one-writer-out (`bhyt eval --fit-bands`).
const DISAGREEMENT_FACTOR = 0.7;
const TOPIC = { vi: "bảo hiểm y tế", en: "health insurance" } as const;
// A price asked with no group of its own is the household's.
const HOUSEHOLD_TOPIC = { vi: "hộ gia đình", en: "household" } as const;
const NAMES_BHYT = /\b(?:bhyt|bao hiem y te|health insurance)\b/i;

/** Turns the classifier's ranking into a decision, splitting long messages into clauses. */
export function createRecognizer(
  classifier: IntentClassifier,
  slotSettings?: SlotSettings,
  bands: Bands = DEFAULT_BANDS,
) {
  /**
   * What the message asks; `today` (YYYY-MM-DD, Asia/Ho_Chi_Minh) anchors dates like "tháng 6 năm sau". With a
   * `context` (the topic just answered, in words), the message is ranked as a follow-up said after that topic;
   * its details are still read from the message alone.
   */
  // Who is already insured is background to a question about paying: "con em đã có bảo hiểm ở trường rồi" in a
  // household's question does not make it a pupils' question. Elsewhere ("bé có thẻ BHYT trẻ em, quên mang thẻ")
  // the card is the subject, so the clause stays.
  const readQuestionPart = questionPartReader(classifier);

  return function recognize(
    said: string,
    today: string = civilDate(new Date()),
    context?: string,
  ): Understanding {
    // Thanks before a new question is courtesy: the question is what is read.
    const message = withoutLeadingThanks(said, (rest) => !NON_CONTENT.has(classifier.rank(rest)[0]!.intent));
    const language = detectLanguage(message);
    const {
      text,
      ranked: whole,
      coverage: coverageInContext,
    } = readQuestionPart(context ? `${context} ${message}` : message);
    // The topic added is known words: whether the message itself is readable is judged on the message alone.
    const coverage = context ? classifier.rankWithCoverage(message).coverage : coverageInContext;
    const clauses = splitClauses(text);
    let primary = whole;
    let others: ScoredIntent[] = [];
    let readings: ScoredIntent[][] = [whole];
    let severalAsked = false;
    if (clauses.length > 1) {
      // A follow-up clause ("còn đăng ký thì ở đâu?") leaves the topic unsaid; when the message is about health
      // insurance, the clause is read with that topic added.
      // A message that names BHYT is about it even when its whole reading leans outside (a long letter's preamble).
      const aboutBhyt = whole[0]!.intent !== OUT_OF_SCOPE || NAMES_BHYT.test(foldDiacritics(text));
      const topic = aboutBhyt ? ` ${TOPIC[language ?? "vi"]}` : "";
      // In a story that ends with a question, the question says what is asked; the rest is background.
      // "… mất thẻ bhyt. giờ phải làm sao?": an ask with no topic of its own asks about the sentence before it.
      const topical = clauses.filter((c) => !ASKS_NOTHING_OF_ITS_OWN.test(foldWords(c.text)));
      const questions = topical.filter((c) => c.asked);
      severalAsked = questions.length > 1;
      const asked = questions.length > 0 ? questions : topical.length > 0 ? topical : clauses;
      // "…And how much for 12 months?" in a message naming no group asks the household's price.
      const noGroup = topic !== "" && payerGroupOf(foldForSlots(text)) === undefined;
      const topicOf = (clause: string) =>
        noGroup && asksHowMuch(clause) ? `${topic} ${HOUSEHOLD_TOPIC[language ?? "vi"]}` : topic;
      const ranked = asked
        .map((clause) => classifier.rank(`${clause.text}${topicOf(clause.text)}`))
        .filter((r) => !NON_CONTENT.has(r[0]!.intent));
      // A greeting or thanks around a question is not what is asked; an out-of-scope message stays a candidate.
      const wholeCounts = whole[0]!.intent === OUT_OF_SCOPE || !NON_CONTENT.has(whole[0]!.intent);
      const candidates = wholeCounts ? [whole, ...ranked] : ranked;
      candidates.sort((a, b) => b[0]!.confidence - a[0]!.confidence);
      if (candidates[0]) {
        primary = candidates[0];
        readings = candidates;
      }
      others = distinctTops(candidates, primary[0]!.intent, NON_CONTENT, SECOND_INTENT_FLOOR);
    }
    const best = primary[0]!;
    // The question read alone and the whole message disagree: the story pulls elsewhere, so the bot is less sure.
    let top =
      primary !== whole && whole[0]!.intent !== best.intent
        ? { ...best, confidence: best.confidence * DISAGREEMENT_FACTOR }
        : best;
    let read = nextLikeliest(readings, best);
    let band = limitByCoverage(
      // With several questions asked, sure or not is judged against other readings of the same question: another
      // question ("còn đăng ký ở đâu?") is not a rival reading of this one.
      decideBand(
        top,
        severalAsked ? rivalOf(primary, readings, best) : read[0],
        message.length > LONG_MESSAGE ? bands.long : bands.short,
      ),
      coverage,
    );
    // A group the message denies is never the reading ("không phải cận nghèo"): the next likeliest about paying is.
    const undenied = deniedGroupReading(message, top, read, (t) => classifier.rank(t));
    if (undenied) {
      top = undenied.reading;
      band = limitByCoverage(decideBand(top, undenied.others[0], bands.short), coverage);
      read = undenied.others;
    }
    const named = band === "answer" ? undefined : namedGroupReading(message, top, read);
    if (named) {
      top = named.reading;
      band = named.sure ? "answer" : "confirm";
    }
    // The figures are read only when a rule or the intent needs them.
    let extracted: Slots | undefined;
    const figuresOf = () => {
      extracted ??= slotSettings?.extract(message, today);
      return extracted;
    };
    const sum =
      (band === "answer" || named || !slotSettings
        ? undefined
        : sumReading(message, top, read[0], figuresOf()!)) ??
      (slotSettings && asksHowMuch(message)
        ? sumAskedOfOtherTopic(message, top, band, figuresOf()!, slotSettings.accepted)
        : undefined);
    if (sum) {
      top = sum;
      band = "answer";
    }
    // A date alone ("15/3/2027"), with no question waiting for it, is a card's expiry to be reminded of.
    if (BARE_DATE.test(message)) {
      top = { ...top, intent: REMINDER, confidence: Math.max(top.confidence, BARE_DATE_CONFIDENCE) };
      band = "answer";
    }
    // "à nhầm, bé đó 7 tuổi rồi": a young child's question with the child's age past 6 is sure of its topic (the
    // handler answers it as a pupil's).
    if (band === "confirm" && top.intent === YOUNG_CHILD && youngChildSure(message)) band = "answer";
    // (…or a story read as outside BHYT by its background: "…, Bình Dương giờ là tphcm rồi mà".)
    const unsure =
      band === "confirm" ||
      (band === "fallback" && (top.intent === YOUNG_CHILD || top.intent === OUT_OF_SCOPE));
    const youngChild = unsure ? youngChildReading(message, top, read) : undefined;
    if (youngChild) {
      top = youngChild;
      band = "answer";
    }
    // "cấp cứu thì bhyt trả bn %": the share the card pays, whatever topic the words about paying pulled towards.
    const share =
      band === "fallback" && top.intent === OUT_OF_SCOPE ? undefined : benefitShareReading(message, top);
    if (share) {
      top = share;
      band = "answer";
    }

    // (A card paid now and asked when it works, or whether care next week is paid, before readings of its words.)
    // ("never had it… can I buy it online?" read as when a first card starts: buying online is the question.)
    const asCase =
      refundReading(message, top) ??
      onlineReading(message, top) ??
      cardStartReading(message, top) ??
      communeWorkerReading(message, top) ??
      caseReading(message, top, today) ??
      paymentPeriodReading(message, top) ??
      studentCardFollowsReading(message, top) ??
      birthCoverReading(message, top) ??
      bhytNamedReading(message, top, read) ??
      postOfficeReading(message, top) ??
      relativeAtWorkReading(message, top) ??
      schoolCardReading(message, top) ??
      universityChildReading(message, top) ??
      youngerThanElderReading(message, top);
    if (asCase) {
      top = asCase;
      band = "answer";
    }

    // Read anew by a rule: the other readings are ranked against the new one.
    const alternatives =
      top.intent !== (undenied?.reading.intent ?? best.intent) ? nextLikeliest(readings, top) : read;
    // Only intents that take details pay for looking for them.
    const accepted = slotSettings?.accepted.get(top.intent) ?? [];
    const slots = slotSettings && accepted.length > 0 ? slotsFor(figuresOf()!, accepted) : {};
    return {
      intent: top.intent,
      confidence: round(top.confidence),
      band,
      alternatives: alternatives.map((s) => ({ intent: s.intent, confidence: round(s.confidence) })),
      ...(others[0] && band === "answer"
        ? {
            secondary: { intent: others[0].intent, confidence: round(others[0].confidence) },
            also: others.map((s) => ({ intent: s.intent, confidence: round(s.confidence) })),
          }
        : {}),
      ...(language ? { language } : {}),
      slots,
    };
  };
}

// "giờ phải làm sao", "vậy em nên làm gì ạ", "what should I do now?", "what now?".
const ASKS_NOTHING_OF_ITS_OWN =
  /^(?:(?:va|gio|bay gio|vay|the|roi|con|em|toi|minh|chi|anh)\s+)*(?:phai|nen|can)?\s*(?:lam (?:sao|gi|the nao)|tinh sao|xu ly sao|sao day)(?:\s+(?:day|a|ad|nhi|vay|bay gio|gio|ha|nhe))*$|^(?:so |then |and )?what (?:should|do|can|must) (?:i|we) (?:need to |have to )?do(?: now| next| then| about (?:it|this|that))?$|^what now$|^what next$/;

const YOUNG_CHILD = "contribution.child_under6";
const REMINDER = "reminder.create";
const BARE_DATE = /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})\s*$/;
const BARE_DATE_CONFIDENCE = 0.5;
// A child past 6 ("bé đó 7 tuổi rồi"), or a newborn's card ("vợ mới đẻ con 2 tuần, làm thẻ cho con thế nào"): the
// young child's topic is sure.
const NEWBORN_CARD =
  /\b(?:moi (?:de|sinh)|so sinh|(?:be|con|em be|chau) (?:sinh ra|ra doi|chao doi)|newborn|new baby|just (?:had a baby|gave birth)|(?:the |my |our )?baby (?:is |was )?born)\b.*\b(?:the|bhyt|card|insurance)\b/;
const youngChildSure = (message: string) => {
  const age = youngestAge(foldForSlots(message));
  return (age !== undefined && age >= 6 && age < 19) || NEWBORN_CARD.test(foldForSlots(message));
};

/** A function from message text to what the bot understood. */
export type Recognize = ReturnType<typeof createRecognizer>;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
