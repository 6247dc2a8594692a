import { t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { answerVarsFor } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";

// "thoát nghèo", "ra khỏi hộ nghèo": the group left, which is not the one joined.
const POOR_LEFT = /\b(?:thoat ngheo|ra khoi (?:ho |dien |danh sach )?ngheo|het ngheo|no longer poor)\b/g;

/**
 * "năm sau thoát nghèo thì sao" after a poor household's card: the state no longer pays it all; near-poor support if
 * the household is listed so, otherwise the same people's household sum.
 */
export function leftPoverty(turn: Turn, before: CalcDraft): Outcome {
  // "thoát nghèo thành cận nghèo": listed as near-poor, so the near-poor's share (said first all the same).
  const nearPoor = payerGroupOf(foldForSlots(turn.text.replace(POOR_LEFT, " "))) === "near_poor";
  const sum = continueCalc(turn, { ...before, group: nearPoor ? "near_poor" : "household" });
  const key = nearPoor ? "common:calc.note.left_poverty_near_poor" : "common:calc.note.left_poverty";
  const note = t(key, answerVarsFor(turn, ["near_poor_person_month"]));
  return { ...sum, replies: [text(note), ...sum.replies] };
}
