import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { asksWhyLessLastYear } from "../../nlu/slots/payment-date.ts";
import { day, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { addDays } from "../../reminders/schedule-times.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

// "mức cũ với mức mới chênh nhau bao nhiêu 1 tháng", "what's the difference between the old and new rate?".
const OLD_AND_NEW =
  /\b(?:muc cu|gia cu|luong co so cu|old (?:rate|amount|price|base)|before the (?:rise|increase))\b|\b(?:truoc va sau|before and after) (?:khi )?(?:tang|the (?:rise|increase))\b/;
const DIFFERENCE = /\b(?:chenh|chenh lech|khac|hon|difference|differ|more|less|compare)\b/;
const NEW_TOO = /\b(?:muc moi|gia moi|luong co so moi|new (?:rate|amount|price|base))\b/;
const BASE_TOPIC = "contribution.overview.rate_base";
const COMPARE_WORDS = 16;
/** Groups whose people pay part of the card themselves, on a share of the base salary. */
export const PAYING_GROUPS: ReadonlySet<string> = new Set([
  "household",
  "near_poor",
  "agri_household",
  "student",
]);

/**
 * After a sum, the month's amount under the base salary before its last rise and under the one in force today, and
 * the difference. Undefined unless the message asks to compare the old and the new amount.
 */
export function answerBaseChangeCompare(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > COMPARE_WORDS) return undefined;
  // "mức cũ bao nhiêu, mức mới bao nhiêu", "why was it cheaper last year?", and "chênh nhau bao nhiêu" right after
  // the base salary's answer.
  const asked =
    (OLD_AND_NEW.test(folded) && (DIFFERENCE.test(folded) || NEW_TOO.test(folded))) ||
    asksWhyLessLastYear(foldForSlots(turn.text)) ||
    (DIFFERENCE.test(folded) && turn.session.lastIntent === BASE_TOPIC);
  const group = before.group;
  if (!asked || !group || !PAYING_GROUPS.has(group)) return undefined;
  const policy = turn.content.policy;
  const base = parameterAt(policy, "base_salary", { date: turn.today });
  const input = {
    group,
    members: before.members ?? 1,
    months: 12 as const,
    ...(before.insuredElsewhere ? { insuredElsewhere: before.insuredElsewhere } : {}),
    ...(before.province ? { province: before.province } : {}),
  };
  const now = calculateContribution(policy, { ...input, date: turn.today }).person.month;
  const oldDay = addDays(base.from, -1);
  const old = calculateContribution(policy, { ...input, date: oldDay }).person.month;
  const oldBase = parameterAt(policy, "base_salary", { date: oldDay }).value;
  const line = t("common:calc.base_change_compare", {
    count: input.members,
    old: vnd(old),
    old_year: vnd(old * 12),
    now_year: vnd(now * 12),
    old_base: vnd(oldBase),
    until: day(oldDay),
    now: vnd(now),
    base: vnd(base.value),
    from: day(base.from),
    difference: vnd(now - old),
  });
  return {
    replies: [text(line)],
    session: { lastIntent: `contribution.${group}`, misses: 0, flow: turn.session.flow },
  };
}
