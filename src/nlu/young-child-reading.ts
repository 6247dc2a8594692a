import type { ScoredIntent } from "./classifier.ts";
import { asksHowMuch } from "./how-much.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { youngChildren } from "./slots/young-children.ts";

const YOUNG_CHILD = "contribution.child_under6";
const TURNING_SIX =
  /\b(?:son|daughter|kid|child|baby|boy|girl|be|con|chau)\b(?: \w+){0,2} (?:turns?|turning|will be|du|tron|len|se du) (?:6|six|sau)\b/;
// A household's question names its young child among others: that is the household's sum, not this reading.
// ("bé nhà em", "con nhà mình": my child, not the household.)
const HOUSEHOLD_ASKED =
  /\b(?:(?<!\b(?:be|con|chau|em be|dua|thang cu) )nha|gia dinh|ho|ca nha|family|household|we|us|our family)\b/;

/**
 * "My son is 4. Who pays for his health insurance…", read unsure: a child under 6 named alone, with the young child's
 * topic among the likeliest or a payment topic on top, is the young child's topic (its answer gives the level too).
 */
export function youngChildReading(
  message: string,
  top: ScoredIntent,
  likeliest: readonly ScoredIntent[],
): ScoredIntent | undefined {
  const near = [top, ...likeliest.slice(0, 2)].some((r) => r.intent === YOUNG_CHILD);
  if (!near && !top.intent.startsWith("contribution.")) return undefined;
  const folded = foldForSlots(message);
  // "my daughter turns 6 in March 2027, what happens to her card?": a child about to leave the free card.
  const named = youngChildren(folded, []) > 0 || TURNING_SIX.test(folded);
  const alone = named && !asksHowMuch(message) && !HOUSEHOLD_ASKED.test(folded);
  return alone ? { ...top, intent: YOUNG_CHILD } : undefined;
}
