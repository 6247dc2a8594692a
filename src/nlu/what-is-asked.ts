import { foldSpaced } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";
import { asksHowMuch } from "./how-much.ts";

// "bhyt là gì", "bảo hiểm y tế là cái gì", "bhyt viết tắt của chữ gì", "bhyt khác bhxh chỗ nào", "what is BHYT",
// "what does BHYT stand for": what health insurance itself is, whatever else the message asks; asked of health
// insurance itself, not of a term about it ("thông tuyến bhyt là gì" is about referrals).
const LEAD = "^\\s*(?:(?:cho|minh|toi|em|tui|hoi|ad|oi|vay|ma|xin|chi|anh|ban|a|da|cai|con)\\s+){0,5}";
const WHAT_IS = new RegExp(
  [
    `${LEAD}(?:bhyt|bao hiem y te)(?: nha nuoc)? (?:la (?:gi|cai gi|loai gi)|nghia la gi|viet tat|co nghia)\\b`,
    `${LEAD}(?:bhyt|bao hiem y te) (?:va|voi|khac) (?:bhxh|bao hiem xa hoi)(?: \\w+){0,2} (?:khac|giong|la mot)\\b`,
    "\\bwhat (?:is|s) (?:bhyt|bao hiem y te)\\b|\\bwhat does bhyt (?:stand for|mean)\\b",
    "\\b(?:difference between|is) bhyt (?:and|the same as) bhxh\\b",
  ].join("|"),
);

/** Whether a message asks what health insurance (BHYT) itself is. */
export function asksWhatBhytIs(message: string): boolean {
  return WHAT_IS.test(foldSpaced(message));
}

const OVERVIEW = "contribution.overview";
const FEW_WORDS = 12;

/** "BHYT là gì?" alone, read as any topic its words lean to: who pays for health insurance, which says what it is. */
export function whatIsReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const short = message.trim().split(/\s+/).length <= FEW_WORDS;
  return short && asksWhatBhytIs(message) && !asksHowMuch(message) ? { ...top, intent: OVERVIEW } : undefined;
}

// "bhyt tự nguyện với bhyt hộ gia đình khác nhau chỗ nào": how two ways of joining differ ("chỗ nào" here is "in what
// way", not "where").
const DIFFERS = /\bkhac (?:nhau )?(?:cho nao|o dau|gi)\b|\bdifference between\b/;
const WAYS_OF_JOINING = /\b(?:tu nguyen|ho gia dinh|hgd|voluntary|household)\b/;
const JOINING_RULES = "contribution.overview.compulsory";

/** Whether a message compares two ways of joining ("tự nguyện với hộ gia đình khác nhau chỗ nào"). */
export function comparesWaysOfJoining(message: string): boolean {
  const folded = foldSpaced(message);
  return DIFFERS.test(folded) && WAYS_OF_JOINING.test(folded);
}

/** Two ways of joining compared, read as where to join: whether and how one may join alone or as a household. */
export function differenceReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  return top.intent === "enroll.where" && comparesWaysOfJoining(message)
    ? { ...top, intent: JOINING_RULES }
    : undefined;
}

// "mua theo hộ hay mua lẻ từng người", "household or each buy our own": the household's price against buying alone.
const ALONE =
  /\b(?:mua (?:le|rieng)|tung nguoi (?:mua|dong)|(?:mua|dong) (?:tung nguoi|rieng tung nguoi|rieng le)|each (?:buy|pay|get)s?(?: (?:our|their|his|her) own)?|individually|separately|one by one|own (?:cards?|policies))\b/;
const AS_HOUSEHOLD = /\b(?:ho gia dinh|theo ho|hgd|household|as a family)\b/;

/** Whether a message weighs joining as a household against each person buying alone. */
export function comparesHouseholdWithAlone(message: string): boolean {
  const folded = foldSpaced(message);
  return ALONE.test(folded) && AS_HOUSEHOLD.test(folded);
}

// "đóng ở đâu", "mua tại chỗ nào", "where do I pay": where to pay, asked beside a price or after it.
const PAY_WHERE =
  /\b(?:dong|mua|nop|dang ky|dk) (?:\w+ ){0,2}?(?:o|tai) (?:dau|cho nao)\b|\bwhere (?:do|can|should) (?:i|we) (?:pay|buy|register)\b/;

/** Whether a message asks where to pay or register ("đóng ở đâu", "where do I pay"). */
export function asksWhereToPay(message: string): boolean {
  return PAY_WHERE.test(foldSpaced(message));
}
