import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

// "vneid của tôi mới mức 1", "my VNeID is only level 1": the account cannot hold the card yet.
const LEVEL_ONE =
  /\b(?:vneid|dinh danh)\b(?:\s\w+){0,4}?\s(?:muc|level) (?:1|mot|one)\b|\b(?:muc|level) (?:1|mot|one) (?:vneid|account)\b/;

/**
 * A level-1 VNeID account after the card's answer: the card shows in VNeID from level 2 only; meanwhile VssID, the chip
 * ID card or the card number. Undefined for other messages.
 */
export function answerVneidLevelOne(turn: Turn, intent: string): Outcome | undefined {
  if (!LEVEL_ONE.test(` ${foldWords(turn.text)} `)) return undefined;
  return { replies: [text(t("common:vneid_level_one"))], session: { lastIntent: intent, misses: 0 } };
}
