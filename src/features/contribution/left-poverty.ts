import { t, text } from "../../core/reply.ts";
import { answerVarsFor } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";

/**
 * "năm sau thoát nghèo thì sao" after a poor household's card: the state no longer pays it all; near-poor support if
 * the household is listed so, otherwise the same people's household sum.
 */
export function leftPoverty(turn: Turn, before: CalcDraft): Outcome {
  const sum = continueCalc(turn, { ...before, group: "household" });
  const note = t("common:calc.note.left_poverty", answerVarsFor(turn, ["near_poor_person_month"]));
  return { ...sum, replies: [text(note), ...sum.replies] };
}
