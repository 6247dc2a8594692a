import { foldWords } from "../../core/fold.ts";
import { saidBefore } from "../../core/session.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { insuredSalaryOf } from "../../nlu/slots/salary.ts";
import { NEAR_POOR_LISTED } from "../../policy/contribution/calculate-contribution.ts";
import { NOT_DIFFICULT } from "../ethnic-outside-area.ts";
import type { Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { nearPoorListed } from "./paid-in-full.ts";

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
