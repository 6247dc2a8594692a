import { type Reply, type TextRef, t, text } from "../../core/reply.ts";
import { dateSpanOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { asksWhyLessLastYear, earlierAskedBesideNow } from "../../nlu/slots/payment-date.ts";
import { day, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type {
  ContributionGroup,
  ContributionInput,
  ContributionResult,
} from "../../policy/contribution/contribution-types.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { addDays } from "../../reminders/schedule-times.ts";
import type { Turn } from "../handler.ts";
import { PAYING_GROUPS } from "./base-change-compare.ts";

// "chênh nhau bao nhiêu", "how much more", "compared with": two sums set against each other.
const COMPARES =
  /\b(?:chenh|chenh lech|khac nhau|khac gi|so voi|hon kem|difference|differ|compare|compared|versus|vs|how much more|how much less)\b/;

/**
 * "đóng ngày 30/6/2026 và ngày 1/7/2026 thì chênh nhau bao nhiêu": under the sum on the first date, the sum on the
 * other date and the difference. Undefined unless the message names two dates and asks to compare them.
 */
export function comparedDateNote(turn: Turn, result: ContributionResult): TextRef | undefined {
  const folded = foldForSlots(turn.text);
  if (asksWhyLessLastYear(folded)) return lastYearNote(turn, result);
  const earlier = earlierAskedBesideNow(folded, turn.today);
  if (earlier && result.input.date === turn.today) return earlierRulesNote(turn, result.input, earlier);
  if (!COMPARES.test(folded)) return undefined;
  const first = dateSpanOf(folded, turn.today);
  if (!first || !("iso" in first.slot)) return undefined;
  const rest = `${folded.slice(0, first.index)}${" ".repeat(first.length)}${folded.slice(first.index + first.length)}`;
  const second = dateSpanOf(rest, turn.today)?.slot;
  if (!second || !("iso" in second) || second.iso === first.slot.iso) return undefined;
  const otherDate = result.input.date === second.iso ? first.slot.iso : second.iso;
  const other = calculateContribution(turn.content.policy, { ...result.input, date: otherDate });
  return t("common:calc.note.date_compare", {
    date: day(otherDate),
    other: vnd(other.person.period),
    months: result.input.months,
    difference: vnd(Math.abs(other.person.period - result.person.period)),
  });
}

const YEAR_DAYS = 365;

// "sao năm ngoái anh em đóng ít hơn?": the same sum a year ago, when the base salary was lower then; undefined when
// it was the same.
function lastYearNote(turn: Turn, result: ContributionResult): TextRef | undefined {
  const yearAgo = addDays(turn.today, -YEAR_DAYS);
  const before = parameterAt(turn.content.policy, "base_salary", { date: yearAgo });
  const now = parameterAt(turn.content.policy, "base_salary", { date: result.input.date });
  if (before.value >= now.value) return undefined;
  const then = calculateContribution(turn.content.policy, { ...result.input, date: yearAgo });
  return t("common:calc.note.last_year", {
    old_base: vnd(before.value),
    base: vnd(now.value),
    from: day(now.from),
    months: result.input.months,
    other: vnd(then.person.period),
  });
}

/**
 * "bây giờ nhà nước hỗ trợ bao nhiêu, trước tháng 7/2025 thì sao": the same sum under the rules of that earlier day.
 */
export function earlierRulesNote(turn: Turn, input: ContributionInput, date: string): TextRef {
  const then = calculateContribution(turn.content.policy, { ...input, date });
  const vars = {
    date: day(date),
    base: vnd(parameterAt(turn.content.policy, "base_salary", { date }).value),
    month: vnd(then.person.month),
    other: vnd(then.person.period),
    months: then.input.months,
  };
  return then.supportPct === undefined
    ? t("common:calc.note.earlier_rules", vars)
    : t("common:calc.note.earlier_rules_support", { ...vars, support: then.supportPct });
}

/** One person's card under an earlier day's rules, when the message asks it beside today's (else nothing). */
export function earlierRulesReply(turn: Turn, group: ContributionGroup | undefined): Reply[] {
  const earlier = earlierAskedBesideNow(foldForSlots(turn.text), turn.today);
  if (!earlier || !group || !PAYING_GROUPS.has(group)) return [];
  return [text(earlierRulesNote(turn, { group, date: earlier, months: 12 }, earlier))];
}
