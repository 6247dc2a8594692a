import { t, text } from "../../core/reply.ts";
import { asksFamilyThroughWork } from "../../nlu/family-card.ts";
import type { Outcome, Turn } from "../handler.ts";
import { type CalcDraft, draftFromSlots } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";

/**
 * A worker asking whether their family is insured through their employer: no, the employer pays for the worker
 * only (Law 51 Art. 12 §1); the family joins in its own group, usually as a household. Undefined otherwise.
 */
export function answerEmployeeFamily(turn: Turn): Outcome | undefined {
  if (!asksFamilyThroughWork(turn.text)) return undefined;
  return {
    replies: [text(t("common:employee_family"))],
    session: { lastIntent: "contribution.employee", misses: 0 },
  };
}

/** The family at home an employee buys for: as many as the message lists ("her and our 2 kids aged 8 and 10"). */
export function familyAtHome(turn: Turn): CalcDraft {
  const { draft } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today));
  const { salary: _employees, ...said } = draft;
  return { ...said, group: "household", members: said.members ?? 1, months: said.months ?? 12 };
}

/**
 * The household's sum for an employee's family at home, after "no, the card is the employee's own" when the message
 * asks whether they are covered through work or by the employee's card.
 */
export function familySum(turn: Turn): Outcome {
  const sum = continueCalc(turn, familyAtHome(turn));
  if (!asksFamilyThroughWork(turn.text)) return sum;
  return { ...sum, replies: [text(t("common:employee_family")), ...sum.replies] };
}
