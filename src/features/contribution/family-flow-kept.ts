import { asksChildAtUniversity } from "../../nlu/school-card-reading.ts";
import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, draftFromSession } from "./calc-draft.ts";

/**
 * "con gái tôi sang năm lên đại học thì đóng ở đâu, bao nhiêu" after the family's sum: the daughter's card is a side
 * question, so the family's sum stays the one "cả nhà trừ bố, 3 tháng thì sao" redoes.
 */
export function withFamilyFlowKept(turn: Turn, intent: string, outcome: Outcome): Outcome {
  const flow = turn.session.flow;
  if (intent !== "contribution.student" || flow?.id !== CALC_FLOW || !asksChildAtUniversity(turn.text))
    return outcome;
  const family = draftFromSession(flow.data);
  if (family.group !== "household" || (family.members ?? 1) < 2) return outcome;
  return { ...outcome, session: { ...outcome.session, flow } };
}
