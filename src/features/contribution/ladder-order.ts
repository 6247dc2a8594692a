import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import type { Outcome, Turn } from "../handler.ts";

// "am I the first person in the household or is my father? Does that change the total?", "ai đứng thứ nhất thì tổng
// có khác không": the order down the household's ladder…
const ORDER_NAMED =
  /\b(?:first person|1st person|person 1|second person|who is first|whichever (?:of us )?is first|the order|in what order|nguoi thu nhat|nguoi dau tien|nguoi thu (?:hai|2)|ai (?:la |dung |dong )?(?:nguoi )?(?:thu nhat|dau tien)|thu tu|dung dau)\b/;
// …asked whether it changes what the household pays.
const CHANGE_ASKED =
  /\b(?:change|changes|different|matter|matters|same|still|affect|khac|thay doi|doi|anh huong|nhu nhau|van (?:la|vay|the))\b/;
const ORDER_WORDS = 35;

/** After a household's sum: the order of its members does not change the total, only who is counted first. */
export function answerLadderOrder(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > ORDER_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!ORDER_NAMED.test(folded) || !CHANGE_ASKED.test(folded)) return undefined;
  const household = (turn.session.priced ?? []).findLast(
    (sum) => sum.group === "household" && sum.payers > 1,
  );
  if (!household) return undefined;
  return {
    replies: [
      text(t("common:calc.note.ladder_order", { payers: household.payers, year: vnd(household.year) })),
    ],
    session: { lastIntent: "contribution.household", misses: 0 },
  };
}
