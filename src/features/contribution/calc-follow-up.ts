import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, draftFromSession } from "./calc-draft.ts";
import { continueCalc, figuresIn, withFigures } from "./calc-flow.ts";

// A follow-up is short ("còn 6 tháng?", "thế 3 người thì sao", "what about 6 months"); a longer message is a new
// question even when it names a number of months.
const FOLLOW_UP_WORDS = 6;

/**
 * After a result: a short message that changes one of its figures redoes the sum with the rest kept (the group,
 * the people, the months, the province), so "còn 6 tháng?" is the 6-month total. Undefined otherwise.
 */
export function answerCalcFollowUp(turn: Turn): Outcome | undefined {
  const flow = turn.session.flow;
  if (flow?.id !== CALC_FLOW || flow.awaiting) return undefined;
  const figures = figuresIn(turn, turn.text, FOLLOW_UP_WORDS);
  if (!figures) return undefined;
  const before = draftFromSession(flow.data);
  // Another group is a new question ("sinh viên đóng bao nhiêu"): its own answer, not this sum redone.
  if (figures.said.group && figures.said.group !== before.group) return undefined;
  return continueCalc(turn, withFigures(before, figures));
}
