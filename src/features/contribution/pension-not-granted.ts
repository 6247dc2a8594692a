import { type TextRef, t } from "../../core/reply.ts";
import { saidBefore } from "../../core/session.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { socialPensionCounts } from "../../nlu/slots/social-pension-mentions.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

const STORY_MESSAGES = 3;

/** Under a sum, who was left out as insured elsewhere, and what the household pays until a social pension is granted. */
export function leftOutNotes(turn: Turn, r: ContributionResult): TextRef[] {
  if (r.input.insuredElsewhere <= 0) return [];
  const pending = pensionNotGrantedNote(turn, r);
  return [
    t("common:calc.note.insured_elsewhere", { count: r.input.insuredElsewhere }),
    ...(pending ? [pending] : []),
  ];
}

/**
 * Under a household's sum that left out someone of 75 or more only because of their age ("bà nội 76 tuổi không có
 * lương hưu"): until their social pension is granted they pay with the household, so that sum too. Undefined otherwise.
 */
function pensionNotGrantedNote(turn: Turn, r: ContributionResult): TextRef | undefined {
  if (r.input.group !== "household") return undefined;
  // (The story may have been told a message or two before: "12 tháng" answers the question of the months.)
  const told = [turn.text, ...saidBefore(turn.session).slice(0, STORY_MESSAGES)]
    .map((said) => socialPensionCounts(foldForSlots(said)).presumed)
    .find((presumed) => presumed > 0);
  if (!told) return undefined;
  const count = Math.min(told, r.input.insuredElsewhere);
  const meanwhile = calculateContribution(turn.content.policy, {
    ...r.input,
    insuredElsewhere: r.input.insuredElsewhere - count,
  });
  return t("common:calc.note.pension_not_granted", {
    count,
    members: meanwhile.payers,
    period: vnd(meanwhile.person.period),
    months: r.input.months,
  });
}
