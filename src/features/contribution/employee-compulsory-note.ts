import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

// "do I have to join", "có bắt buộc không", "có phải tham gia không": whether an employee must be insured.
const MUST_JOIN =
  /\b(?:(?:do|must|should) (?:i|we|they|foreigners?) (?:have to |need to )?(?:join|be insured|pay|take part)|is it (?:compulsory|mandatory|required)|compulsory|mandatory|co bat buoc|bat buoc (?:khong|ko|k)|co phai (?:tham gia|dong|mua)|phai tham gia (?:khong|ko|k))\b/;

/** With an employee's sum, "do I have to join?": yes, on a labour contract of a month or more, foreigners too. */
export function employeeCompulsoryNote(turn: Turn, r: ContributionResult): TextRef[] {
  if (r.input.group !== "employee" || !MUST_JOIN.test(` ${foldWords(turn.text)} `)) return [];
  return [t("common:calc.note.employee_compulsory")];
}
