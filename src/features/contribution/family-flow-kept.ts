import { asksChildAtUniversity } from "../../nlu/school-card-reading.ts";
import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, draftFromSession } from "./calc-draft.ts";
import { leavesGroupLater } from "./left-poverty.ts";

/**
 * A side sum that leaves the conversation's sum in place: "con gái tôi sang năm lên đại học thì đóng ở đâu, bao nhiêu" after the family's sum: the daughter's card is a side
 * question, so the family's sum stays the one "cả nhà trừ bố, 3 tháng thì sao" redoes.
 */
export function withFamilyFlowKept(turn: Turn, intent: string, outcome: Outcome): Outcome {
  const flow = turn.session.flow;
  if (flow?.id !== CALC_FLOW) return outcome;
  const family = draftFromSession(flow.data);
  const childAway =
    intent === "contribution.student" &&
    asksChildAtUniversity(turn.text) &&
    family.group === "household" &&
    (family.members ?? 1) >= 2;
  // ("sang năm hết cận nghèo thì 3 người lớn mua hộ gia đình…": next year's sum, beside the near-poor one of now.)
  const later = SUPPORTED.has(family.group ?? "") && leavesGroupLater(turn.text);
  if (!childAway && !later) return outcome;
  const { priced, lastIntent } = turn.session;
  // (Next year's sum is beside the question: the topic stays today's too.)
  const topic = later && lastIntent ? { lastIntent } : {};
  return { ...outcome, session: { ...outcome.session, flow, priced, ...topic } };
}
const SUPPORTED: ReadonlySet<string> = new Set(["near_poor", "poor"]);
