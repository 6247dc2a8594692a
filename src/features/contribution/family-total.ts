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
 * the school, so the card is not on the household's ladder). Undefined unless a total with a student's card is asked.
 */
export function studentTotalNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (household.input.group !== "household" || !asksStudentTotal(turn.text)) return undefined;
  const { date, months, province } = household.input;
  const student = calculateContribution(turn.content.policy, {
    group: "student",
    date,
    months,
    members: 1,
    part: "other",
    ...(province ? { province } : {}),
  });
  return t("common:calc.note.student_total", {
    months,
    student: vnd(student.person.period),
    household: vnd(household.person.period),
    total: vnd(household.person.period + student.person.period),
  });
}
