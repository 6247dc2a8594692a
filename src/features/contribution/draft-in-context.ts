import { foldWords } from "../../core/fold.ts";
import { saidBefore } from "../../core/session.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { insuredSalaryOf } from "../../nlu/slots/salary.ts";
import { NEAR_POOR_LISTED } from "../../policy/contribution/calculate-contribution.ts";
import { NOT_DIFFICULT } from "../ethnic-outside-area.ts";
import type { Turn } from "../handler.ts";
import { CALC_FLOW, type CalcDraft, draftFromSession } from "./calc-draft.ts";
import { nearPoorListed } from "./paid-in-full.ts";

const POVERTY_SAID = /\b(?:ngheo|poor|poverty|ho gia dinh|hgd|household|binh thuong|normal|ordinary)\b/;

/**
 * The draft with what the conversation says around it: a near-poor household's area ("4 người. mà nhà e dân tộc Thái
 * ở xã vùng cao": paid in full; "and if our commune is not counted as a special area?": its own 30% again), and an
 * employee's salary said a few messages ago ("…my salary is 60 million", then "calculate for me").
 */
export function draftInContext(turn: Turn, said: CalcDraft): CalcDraft {
  if (said.group === "near_poor" && !said.part && nearPoorListed(turn.text))
    return { ...said, part: NEAR_POOR_LISTED };
  if (said.part === NEAR_POOR_LISTED && NOT_DIFFICULT.test(` ${foldWords(turn.text)} `)) {
    const { part: _listed, ...plain } = said;
    return plain;
  }
  // "vậy 2 vợ chồng với ông nội thì sao" after "nhà mình là hộ cận nghèo": the household said near-poor stays so,
  // unless this message names a group or poverty itself ("nếu thoát cận nghèo thì sao", "như hộ bình thường").
  // (Whoever it was said of, "hộ cận nghèo" is the household's.)
  const listed = Object.values(turn.session.people ?? {}).find((g) => g === "near_poor" || g === "poor");
  const folded = foldForSlots(turn.text);
  // (A sum under way keeps its own group: "12 tháng" answers the question it asked.)
  const running =
    turn.session.flow?.id === CALC_FLOW ? draftFromSession(turn.session.flow.data).group : undefined;
  if (
    said.group === "household" &&
    running !== "household" &&
    listed !== undefined &&
    payerGroupOf(folded) === undefined &&
    !POVERTY_SAID.test(folded)
  )
    return { ...said, group: listed as "near_poor" | "poor" };
  const salary = said.group === "employee" && !said.salary ? salarySaidBefore(turn) : undefined;
  return salary ? { ...said, salary } : said;
}

// The salary the citizen said in the last messages kept, the latest first.
function salarySaidBefore(turn: Turn): number | undefined {
  for (const message of saidBefore(turn.session)) {
    const salary = insuredSalaryOf(foldForSlots(message));
    if (salary !== undefined) return salary;
  }
  return undefined;
}
