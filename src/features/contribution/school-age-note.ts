import { type TextRef, t } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

// "em 17 tuổi nghỉ học rồi", "he dropped out": no longer a pupil, so not insured through school.
const LEFT_SCHOOL =
  /\b(?:nghi hoc|bo hoc|thoi hoc|left school|dropped out|quit school|not (?:in|at) school)\b/;
// "đang học lớp 3", "in grade 2": who is at school is said already, and left out by the count.
const AT_SCHOOL_SAID =
  /\b(?:dang hoc|di hoc|hoc lop|lop \d{1,2}|hoc sinh|o truong|at school|in grade|grade \d{1,2}|pupil)\b/;

/**
 * "đứa giữa 8 tuổi" in a household's sum: a child of school age is likely a pupil, insured through school; said so,
 * in case they are, unless the child's own clause says so already ("con trai 8 tuổi đang học lớp 3").
 */
export function schoolAgeNote(turn: Turn, r: ContributionResult): TextRef | undefined {
  const folded = foldForSlots(turn.text);
  if (r.input.group !== "household" || r.payers === 0 || LEFT_SCHOOL.test(folded)) return undefined;
  const clauses = folded.split(/[,.;]| va | and /);
  const saidAtSchool = (age: number) =>
    clauses.some((c) => new RegExp(`\\b${age} (?:tuoi|years? old)`).test(c) && AT_SCHOOL_SAID.test(c));
  const ages = [...new Set(r.input.ages ?? [])].filter((age) => age >= 6 && age < 18 && !saidAtSchool(age));
  return ages.length > 0 ? t("common:calc.note.school_age", { ages: ages.join(", ") }) : undefined;
}
