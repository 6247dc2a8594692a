import { t, text } from "../../core/reply.ts";
import { asksFamilyThroughWork } from "../../nlu/case-readings.ts";
import type { Outcome, Turn } from "../handler.ts";

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
