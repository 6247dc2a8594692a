import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { schoolCard } from "./other-cards.ts";

// "lên đh thì phải mua lại à, lỡ ko đậu đh thì sao", "if I get into university do I buy again, and if I fail?":
// a school leaver going on to university, or not.
const NEXT_STEP =
  /\b(?:len|vao|do|dau|thi|truot|rot|ko dau|khong dau|khong do|ko do|tach)(?: \w+){0,2}? (?:dai hoc|dh|cao dang|cd|university|uni|college)\b|\b(?:gets?|got|getting|go|goes|going|starts?|starting|fails?|failed|don t get|doesn t get|do not get|not get) (?:into |to )?(?:a |the )?(?:university|uni|college)\b/;
const GRADE_TWELVE =
  /\b(?:lop 12|lop muoi hai|grade 12|year 12|final year of (?:high )?school|high school senior)\b/;
const NEAR_POOR = /\b(?:can ngheo|near[- ]poor)\b/;
const STUDENT = "contribution.student";
const STEP_WORDS = 40;

/**
 * After a grade-12 pupil's card (or naming grade 12), "lên đại học thì phải mua lại à, lỡ trượt thì sao": the card runs
 * to 30 September; a new student joins again through the university, from enrolment; one who does not go joins as a
 * household (or through work) before 90 days pass. Undefined for other messages.
 */
export function answerAfterGradeTwelve(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > STEP_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!NEXT_STEP.test(folded)) return undefined;
  if (!GRADE_TWELVE.test(folded) && turn.session.lastIntent !== STUDENT) return undefined;
  // (A near-poor pupil keeps the near-poor share at university: the near-poor student's own answer says it.)
  if (turn.session.people?.self === "near_poor" || NEAR_POOR.test(folded)) return undefined;
  const student = schoolCard(turn, "other", turn.today, turn.province, 12);
  return {
    replies: [
      choices(
        [t("common:student_card.after_grade_twelve", { year: vnd(student.person.period) })],
        [intentChoice("contribution.household"), intentChoice("enroll.where")],
      ),
    ],
    session: { lastIntent: STUDENT, misses: 0 },
  };
}
