import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { NOT_SAME_HOUSEHOLD } from "../../nlu/slots/household-words.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import { continueCalc } from "./calc-flow.ts";

// "mua chung", "tính người thứ 2", "rẻ hơn", "join together", "cheaper": asks to be counted as one household.
const JOINS =
  /\b(?:mua chung|dong chung|tham gia chung|chung ho|nguoi thu (?:2|hai)|re hon|giam|join (?:together|with)|together|(?:as )?one household|pay less|cheaper|second person|discount)\b/;
const WORDS = 40;

/**
 * "mua chung cho cả ny mình có rẻ hơn ko, ko cùng hộ khẩu": the ladder is for one household only, so each pays as the
 * first person of their own; the one person's sum follows. Undefined for other messages.
 */
export function answerNotSameHousehold(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > WORDS) return undefined;
  if (!NOT_SAME_HOUSEHOLD.test(folded) || !JOINS.test(folded)) return undefined;
  const said = monthsOf(foldForSlots(turn.text));
  const months = PAYMENT_MONTHS.find((m) => m === said) ?? 12;
  const line = text(t("common:calc.note.not_same_household"));
  return continueCalc(turn, { group: "household", members: 1, months }, [line]);
}
