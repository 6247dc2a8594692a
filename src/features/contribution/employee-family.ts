import { t, text } from "../../core/reply.ts";
import { asksFamilyThroughWork } from "../../nlu/case-readings.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf, insuredElsewhereOf } from "../../nlu/slots/household-size.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

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
  const folded = foldForSlots(turn.text);
  const members = householdSizeOf(folded) ?? 1;
  const elsewhere = insuredElsewhereOf(folded);
  const ages = agesOf(folded);
  return {
    group: "household",
    members,
    months: 12,
    ...(elsewhere !== undefined && elsewhere < members ? { insuredElsewhere: elsewhere } : {}),
    ...(ages ? { ages: ages.join(",") } : {}),
  };
}
