import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, type CalcDraft, draftFromSession, draftFromSlots } from "./calc-draft.ts";
import { continueCalc, slotExtractorOf } from "./calc-flow.ts";

// A follow-up is short ("còn 6 tháng?", "thế 3 người thì sao", "what about 6 months"); a longer message is a new
// question even when it names a number of months.
const FOLLOW_UP_WORDS = 6;
const CHANGEABLE = ["group", "members", "months", "province", "salary", "insuredElsewhere"] as const;

/**
 * After a result: a short message that changes one of its figures redoes the sum with the rest kept (the group,
 * the people, the months, the province), so "còn 6 tháng?" is the 6-month total. Undefined otherwise.
 */
export function answerCalcFollowUp(turn: Turn): Outcome | undefined {
  const flow = turn.session.flow;
  if (flow?.id !== CALC_FLOW || flow.awaiting) return undefined;
  if (turn.text.trim().split(/\s+/).length > FOLLOW_UP_WORDS) return undefined;
  const { draft: said, invalid } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today));
  const changed = CHANGEABLE.filter((field) => said[field] !== undefined);
  if (changed.length === 0 || invalid) return undefined;
  const before = draftFromSession(flow.data);
  // Another group is a new question ("sinh viên đóng bao nhiêu"): its own answer, not this sum redone.
  if (said.group && said.group !== before.group) return undefined;
  const draft: CalcDraft = { ...before };
  for (const field of changed) Object.assign(draft, { [field]: said[field] });
  return continueCalc(turn, draft);
}
