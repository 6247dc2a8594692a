import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";

import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import { sameSumAs } from "./other-cards.ts";

/** "nên đóng theo hộ hay theo diện hỗ trợ", "household or the support, which is cheaper?": one way or the other. */
export const WHICH_WAY =
  /\b(?:theo ho(?: gia dinh)? hay|hay theo (?:ho|dien)|cach nao (?:re|loi)|loai nao (?:re|loi)|(?:household|family) or (?:the )?(?:farm|support)|which (?:is |one is |way is )?cheaper)\b/;
// "mua theo diện cận nghèo hay mua hộ gia đình rẻ hơn", "so với mua hộ gia đình thì cái nào rẻ hơn": both ways asked.
const HOUSEHOLD_NAMED = /\b(?:ho gia dinh|hgd|theo ho|household|normal family)\b/;
const CHEAPER_ASKED =
  /\b(?:re hon|loi hon|dat hon|chenh|chenh lech|khac nhau|cheaper|less|so voi|compared?|which|difference|differ)\b/;

/**
 * Under a near-poor household's sum, when the message asks whether joining as an ordinary household is cheaper: what
 * the same people pay on the household's ladder, and which way costs less. Undefined otherwise.
 */
export function nearPoorComparedNote(turn: Turn, result: ContributionResult): TextRef | undefined {
  if (result.input.group !== "near_poor" || !asksHouseholdCompared(turn.text) || result.payers === 0)
    return undefined;
  const { months } = result.input;
  const household = sameSumAs(turn, result, "household").total.period;
  const nearPoor = result.person.period;
  return t(`common:calc.note.near_poor_instead_${household < nearPoor ? "household" : "near_poor"}`, {
    near_poor: vnd(nearPoor),
    household: vnd(household),
    difference: vnd(Math.abs(household - nearPoor)),
    months,
  });
}

/** Whether a message asks if joining as an ordinary household would be cheaper. */
export function asksHouseholdCompared(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return WHICH_WAY.test(folded) || (HOUSEHOLD_NAMED.test(folded) && CHEAPER_ASKED.test(folded));
}
