import { foldWords } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import { intentChoice } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "con 2 tháng, đã làm khai sinh rồi nhưng chưa có thẻ bhyt", "birth registered but no card yet": a young child whose
// card did not come with the birth registration.
const REGISTERED =
  /\b(?:da (?:lam |dang ky )?(?:giay )?khai sinh|lam (?:giay )?khai sinh (?:roi|xong)|khai sinh (?:roi|xong)|co giay khai sinh|birth (?:is |was )?registered|registered (?:the |his |her |my |our )?(?:birth|baby|child)|has a birth certificate)\b/;
const NO_CARD =
  /\b(?:chua (?:co|duoc cap|thay) (?:the|bhyt)|khong (?:co|thay) the|no (?:health insurance )?card|(?:card|insurance) (?:has not|hasn t|never) (?:come|arrived|been issued))\b/;
const REGISTERED_WORDS = 40;

/**
 * A young child registered at birth with no card yet: the commune office (which lists children under 6) or the
 * local social insurance office issues it, free. Undefined for other messages.
 */
export function answerRegisteredChildCard(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > REGISTERED_WORDS) return undefined;
  if (!REGISTERED.test(folded) || !NO_CARD.test(folded)) return undefined;
  return {
    replies: [choices([t("common:registered_child_card")], [intentChoice("contribution.child_under6")])],
    session: { lastIntent: "contribution.child_under6", misses: 0 },
  };
}
