import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { beforeMonthOf, dateOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { day } from "../policy/answer-vars.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "what was the cap before July?", "mức lương tối đa đóng bhyt năm ngoái": the salary cap on an earlier day.
const CAP_ASKED =
  /\b(?:(?<!\btro )cap|ceiling|maximum salary|max salary|salary limit|upper limit|tran luong|muc tran|luong toi da|toi da tinh|muc toi da)\b/;
const SALARY_TOPICS = new Set(["contribution.employee", "contribution.overview.rate_base"]);
const SALARY = /\b(?:luong|salary|wage|bhyt|health insurance|contribution)\b/;
const LAST_YEAR = /\b(?:nam ngoai|nam truoc|last year)\b/;

/**
 * The salary cap for employees' contributions on a day before today, said beside today's (the cap is a multiple of
 * the base salary, which changes by decree). Undefined unless the cap is asked with an earlier day.
 */
export function answerSalaryCapThen(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const about = SALARY.test(folded) || SALARY_TOPICS.has(turn.session.lastIntent ?? "");
  if (!CAP_ASKED.test(folded) || !about) return undefined;
  const slotText = foldForSlots(turn.text);
  const said = beforeMonthOf(slotText, turn.today) ?? dateOf(slotText, turn.today);
  const lastYear = LAST_YEAR.test(folded)
    ? `${Number(turn.today.slice(0, 4)) - 1}${turn.today.slice(4)}`
    : undefined;
  const then = said && "iso" in said ? said.iso : lastYear;
  if (!then || then >= turn.today) return undefined;
  const past = answerVarsFor({ ...turn, today: then }, ["salary_cap", "base_salary"]);
  const now = answerVarsFor(turn, ["salary_cap", "base_salary"]);
  return {
    replies: [
      text(
        t("common:salary_cap_then", {
          date: day(then),
          cap_then: past.salary_cap!,
          base_then: past.base_salary!,
          cap_now: now.salary_cap!,
          base_now: now.base_salary!,
          multiple: parameterAt(turn.content.policy, "salary_cap_multiple", { date: turn.today }).value,
        }),
      ),
    ],
    session: { lastIntent: "contribution.overview.rate_base", misses: 0 },
  };
}
