import type { Reply } from "../core/reply.ts";
import { splitClauses } from "../nlu/asked.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { slotExtractorOf } from "./contribution/calc-figures.ts";
import { contribution } from "./contribution/contribution-handler.ts";
import type { Turn } from "./handler.ts";

/**
 * "1) 2 vợ chồng mua bhyt hộ 1 năm bao nhiêu 2) …": a price asked in one clause of a message with several questions,
 * worked out from that clause's own figures (people, months). Undefined when no asked clause gives a count.
 */
export function sumForClause(turn: Turn, intent: string): Reply | undefined {
  if (!intent.startsWith("contribution.") || !turn.understanding) return undefined;
  const extract = slotExtractorOf(turn);
  for (const clause of splitClauses(turn.text)) {
    if (!clause.asked || !asksHowMuch(clause.text)) continue;
    const slots = extract(clause.text, turn.today);
    if (slots.householdSize === undefined) continue;
    const read = { ...turn.understanding, intent, slots };
    const outcome = contribution({ ...turn, text: clause.text, understanding: read }, intent);
    // A sum shown, not a question asked back.
    const sum = outcome.replies.find((reply) => reply.parts.some((part) => part.key === "common:calc.total"));
    if (sum) return sum;
  }
  return undefined;
}
