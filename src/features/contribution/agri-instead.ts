import { foldWords } from "../../core/fold.ts";
import { type Reply, t, text } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";
import { asksHouseholdCompared, WHICH_WAY } from "./near-poor-compared.ts";

/**
 * After a farming household's sum, "and as a normal household instead?": the household's sum is given, and this says
 * what the farming household's support came to for the same people, and which is cheaper.
 */
export function withAgriComparison(turn: Turn, before: CalcDraft, sum: Outcome): Outcome {
  if (before.group !== "agri_household" || !before.members) return sum;
  const input = {
    date: before.date ?? turn.today,
    months: before.months ?? 12,
    members: before.members,
    ...(before.insuredElsewhere ? { insuredElsewhere: before.insuredElsewhere } : {}),
  };
  const policy = turn.content.policy;
  const agri = calculateContribution(policy, { ...input, group: "agri_household" }).person.period;
  const household = calculateContribution(policy, { ...input, group: "household" }).total.period;
  const cheaper = household < agri ? "household" : household > agri ? "agri" : "same";
  const note: Reply = text(
    t(`common:calc.note.agri_instead_${cheaper}`, {
      agri: vnd(agri),
      household: vnd(household),
      months: input.months,
    }),
  );
  return { ...sum, replies: [...sum.replies, note] };
}

// "có được giảm theo hộ nữa không", "can we get the household discount on top?": both supports at once.
const HOUSEHOLD_DISCOUNT =
  /\b(?:giam (?:gia |tru )?(?:theo )?(?:ho|hgd)|mien giam theo ho|(?:household|family) (?:discount|reduction|rate|ladder))\b/;
const ON_TOP = /\b(?:nua|them|cung|ca hai|also|too|as well|on top|both|plus)\b/;
const BOTH_WORDS = 20;

/**
 * "nhà có 3 người thì có được giảm theo hộ nữa không" after a farming household's sum: not both; the same group's sum
 * for the people said, which then compares it with joining as a household. Undefined for any other message.
 */
export function answerAgriAndHousehold(turn: Turn, before: CalcDraft, members: number | undefined) {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > BOTH_WORDS) return undefined;
  // "thế so với mua hộ gia đình thì cái nào rẻ hơn" after a near-poor sum: that sum again, with the comparison under it.
  if (before.group === "near_poor" && asksHouseholdCompared(turn.text)) return continueCalc(turn, before);
  if (before.group !== "agri_household") return undefined;
  const both = HOUSEHOLD_DISCOUNT.test(folded) && ON_TOP.test(folded);
  if (!both && !WHICH_WAY.test(folded)) return undefined;
  const sum = continueCalc(turn, { ...before, ...(members ? { members } : {}) });
  return { ...sum, replies: [text(t("common:calc.note.agri_not_both")), ...sum.replies] };
}
