import { foldWords } from "../../core/fold.ts";
import { type Reply, type TextRef, t, text } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";

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
// "nên đóng theo hộ hay theo diện hỗ trợ", "household or the farm support, which is cheaper?": one or the other.
const WHICH_WAY =
  /\b(?:theo ho(?: gia dinh)? hay|hay theo (?:ho|dien)|cach nao (?:re|loi)|loai nao (?:re|loi)|(?:household|family) or (?:the )?(?:farm|support)|which (?:is |one is |way is )?cheaper)\b/;
const BOTH_WORDS = 20;

/**
 * "nhà có 3 người thì có được giảm theo hộ nữa không" after a farming household's sum: not both; the same group's sum
 * for the people said, which then compares it with joining as a household. Undefined for any other message.
 */
export function answerAgriAndHousehold(turn: Turn, before: CalcDraft, members: number | undefined) {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > BOTH_WORDS) return undefined;
  // "thế so với mua hộ gia đình thì cái nào rẻ hơn" after a near-poor sum: that sum again, with the comparison under it.
  const compared = WHICH_WAY.test(folded) || (HOUSEHOLD_NAMED.test(folded) && CHEAPER_ASKED.test(folded));
  if (before.group === "near_poor" && compared) return continueCalc(turn, before);
  if (before.group !== "agri_household") return undefined;
  const both = HOUSEHOLD_DISCOUNT.test(folded) && ON_TOP.test(folded);
  if (!both && !WHICH_WAY.test(folded)) return undefined;
  const sum = continueCalc(turn, { ...before, ...(members ? { members } : {}) });
  return { ...sum, replies: [text(t("common:calc.note.agri_not_both")), ...sum.replies] };
}

// "mua theo diện cận nghèo hay mua hộ gia đình rẻ hơn", "so với mua hộ gia đình thì cái nào rẻ hơn": both ways asked.
const HOUSEHOLD_NAMED = /\b(?:ho gia dinh|hgd|theo ho|household|normal family)\b/;
const CHEAPER_ASKED = /\b(?:re hon|loi hon|dat hon|cheaper|less|so voi|compared?|which)\b/;

/**
 * Under a near-poor household's sum, when the message asks whether joining as an ordinary household is cheaper: what
 * the same people pay on the household's ladder, and which way costs less. Undefined otherwise.
 */
export function nearPoorComparedNote(turn: Turn, result: ContributionResult): TextRef | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const asked = WHICH_WAY.test(folded) || (HOUSEHOLD_NAMED.test(folded) && CHEAPER_ASKED.test(folded));
  if (result.input.group !== "near_poor" || !asked || result.payers === 0) return undefined;
  const { date, months } = result.input;
  const household = calculateContribution(turn.content.policy, {
    group: "household",
    date,
    months,
    members: result.payers,
  }).total.period;
  const nearPoor = result.person.period;
  return t(`common:calc.note.near_poor_instead_${household < nearPoor ? "household" : "near_poor"}`, {
    near_poor: vnd(nearPoor),
    household: vnd(household),
    months,
  });
}
