import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

const TOPIC = "card.change_info";
// "sửa ở đâu", "nộp ở đâu", "where do I submit it": where the correction is handed in.
const WHERE = /\b(?:o dau|cho nao|noi nao|where)\b/;
const WORDS = 10;

/**
 * "sửa ở đâu" right after the answer on correcting a card's details: only where the form goes, not the details
 * again. Undefined for a first asking or another question.
 */
export function answerChangeInfoWhere(turn: Turn): Outcome | undefined {
  if (turn.session.lastIntent !== TOPIC || turn.text.trim().split(/\s+/).length > WORDS) return undefined;
  if (!WHERE.test(` ${foldWords(turn.text)} `)) return undefined;
  return { replies: [text(t("common:change_info_where"))], session: { lastIntent: TOPIC, misses: 0 } };
}
