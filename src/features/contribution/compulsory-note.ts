import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

// "do I have to join", "có bắt buộc không", "có phải tham gia không": whether an employee must be insured.
const MUST_JOIN =
  /\b(?:bat buoc|(?:do|must|should) (?:i|we|they|foreigners?) (?:have to |need to )?(?:join|be insured|pay|take part)|is it (?:compulsory|mandatory|required)|compulsory|mandatory|co bat buoc|bat buoc (?:khong|ko|k)|co phai (?:tham gia|dong|mua)|phai tham gia (?:khong|ko|k))\b/;

const KEYS: Readonly<Record<string, string>> = {
  employee: "common:calc.note.employee_compulsory",
  student: "common:student_card.compulsory",
};

/**
 * With an employee's or a pupil's sum, "do I have to join?", "có bắt buộc không": yes (on a labour contract of a month
 * or more, foreigners too; pupils and students through their school).
 */
export function compulsoryNote(turn: Turn, r: ContributionResult): TextRef[] {
  const key = KEYS[r.input.group];
  // (A card the state or the province pays in full is answered by the sum: "Bạn không phải đóng".)
  if (r.person.period === 0) return [];
  return key && MUST_JOIN.test(` ${foldWords(turn.text)} `) ? [t(key)] : [];
}
