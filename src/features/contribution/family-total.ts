import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { KIND_OF_CARD_ASKED } from "../../nlu/slots/insured-members.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

// "mua bhyt hộ cho vợ và bhyt sinh viên cho con thì tổng bao nhiêu", "household insurance for my wife plus student
// insurance for our son: total?": a household's sum and a student's card, added up.
const TOTAL = /\b(?:tong|tong cong|tat ca|ca hai|total|altogether|all together|in all|combined|both)\b/;

/** Whether a message asks the total of a household's sum and a student's card beside it. */
export function asksStudentTotal(message: string): boolean {
  const folded = ` ${foldWords(message)} `;
  return TOTAL.test(folded) && KIND_OF_CARD_ASKED.test(folded);
}

/**
 * Under a household's sum, the student's card asked for beside it and the two together (a student joins through
 * the school, so the card is not on the household's ladder), or a pupil's card whose price is asked. Undefined otherwise.
 */
export function studentTotalNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (household.input.group !== "household") return undefined;
  if (!asksStudentTotal(turn.text)) return pupilPriceNote(turn, household);
  const student = studentCard(turn, household, "other");
  return t("common:calc.note.student_total", {
    months: household.input.months,
    student: vnd(student.person.period),
    household: vnd(household.person.period),
    total: vnd(household.person.period + student.person.period),
  });
}

// "how much does each school child cost", "mỗi đứa đi học đóng bao nhiêu": a pupil's card asked beside the sum.
const PUPIL_PRICE =
  /\b(?:each|every|per|the|our|a) (?:school )?(?:child|kid|pupil|student)s?\b[^.,!]{0,30}\b(?:cost|pay|price)|\b(?:moi|tung) (?:dua|chau|con|be)\b[^.,!]{0,30}\bbao nhieu|\b(?:bhyt|the) hoc sinh\b[^.,!]{0,20}\bbao nhieu/;

// A pupil's card beside a household's sum: not on the ladder, bought through the school (its price asked).
function pupilPriceNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (!PUPIL_PRICE.test(` ${foldWords(turn.text)} `)) return undefined;
  const pupil = studentCard(turn, household, "school_pupil");
  if (pupil.person.period === 0) return t("common:calc.note.pupil_price_free");
  return t("common:calc.note.pupil_price", {
    months: household.input.months,
    pupil: vnd(pupil.person.period),
  });
}

// One pupil's or student's card for the household's months, date and province.
function studentCard(turn: Turn, household: ContributionResult, part: "other" | "school_pupil") {
  const { date, months, province } = household.input;
  return calculateContribution(turn.content.policy, {
    group: "student",
    date,
    months,
    members: 1,
    part,
    ...(province ? { province } : {}),
  });
}
