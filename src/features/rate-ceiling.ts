import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { law, pct } from "../policy/answer-vars.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import { answerIntent } from "./answer-intent.ts";
import { continueCalc } from "./contribution/calc-flow.ts";
import type { Outcome, Turn } from "./handler.ts";

// "mức đóng tối đa theo luật", "the maximum rate the law allows": the ceiling, not only the rate in force.
const CEILING_ASKED =
  /\b(?:toi da|muc tran|tran|cao nhat|nhieu nhat|maximum|max|ceiling|highest|the most|upper limit|the law allows)\b/;

const SALARY = /\b(?:luong|salary|wage|income|thu nhap)\b/;
const AMOUNT_ASKED =
  /\b(?:per month|a month|monthly|moi thang|1 thang|mot thang|bao nhieu tien|so tien|amount)\b/;

/** The rate question that asks the law's ceiling too: the ceiling and the rate in force, then the rate answer. */
export function answerRateCeiling(turn: Turn, intent: string): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // ("lương tính đóng tối đa" asks the salary cap, which the answer gives.)
  if (!CEILING_ASKED.test(folded) || SALARY.test(folded)) return undefined;
  const at = { date: turn.today };
  // "so the maximum contribution per month is?": the amount at the salary cap, an employee's sum.
  if (AMOUNT_ASKED.test(folded)) {
    const base = parameterAt(turn.content.policy, "base_salary", at).value;
    const salary = base * parameterAt(turn.content.policy, "salary_cap_multiple", at).value;
    return continueCalc(turn, { group: "employee", salary });
  }
  const ceiling = parameterAt(turn.content.policy, "contribution_rate_ceiling", at);
  const rate = parameterAt(turn.content.policy, "contribution_rate", at);
  const lead = t("common:rate_ceiling", {
    ceiling: pct(ceiling.value / 100),
    rate: pct(rate.value / 100),
    basis: law(ceiling.legalBasis),
  });
  return { replies: [text(lead), answerIntent(turn, intent)], session: { lastIntent: intent, misses: 0 } };
}
