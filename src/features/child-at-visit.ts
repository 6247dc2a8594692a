import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { youngestAge } from "../nlu/slots/age.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "bé nhà em", "con 4 tuổi chưa có căn cước", "my toddler": a young child, who has no ID card of their own.
// ("be" alone is also English: only "bé" with a word of its own after it.)
const YOUNG_CHILD =
  /\b(?:em be|be (?:nha|con|moi|so sinh|di kham|om|chua|bi)|tre (?:em|nho|so sinh)|chau be|baby|toddler|newborn|infant|little one)\b/;
const UNDER_SIX = 6;

/**
 * What to show at the hospital for a young child ("con 4 tuổi đi khám mang gì"): the child's own card, or the birth
 * certificate before it is made, then the general answer. Undefined when no young child is named.
 */
export function answerChildAtVisit(turn: Turn, intent: string): Outcome | undefined {
  const age = youngestAge(foldForSlots(turn.text));
  const young = age === undefined ? YOUNG_CHILD.test(` ${foldWords(turn.text)} `) : age < UNDER_SIX;
  if (!young) return undefined;
  return {
    replies: [text(t("common:child_at_visit")), answerIntent(turn, intent)],
    session: { lastIntent: intent, misses: 0 },
  };
}
