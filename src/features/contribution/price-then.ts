import { foldWords } from "../../core/fold.ts";
import { type TextRef, t, text, withLines } from "../../core/reply.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { beforeMonthOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { day, law, pct, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { CONTRIBUTION_GROUPS, type ContributionGroup } from "../../policy/contribution/contribution-types.ts";
import { addDays } from "../../reminders/schedule-times.ts";
import type { Outcome, Turn } from "../handler.ts";
import { PAYING_GROUPS } from "./base-change-compare.ts";
import { CALC_FLOW } from "./calc-draft.ts";

// "năm học 2024-2025", "school year 2024/25": cards for a school year are bought from its first autumn.
const SCHOOL_YEAR = /\b(20\d\d) ?[-/] ?(?:20)?(\d\d)\b/;
const LAST_YEAR = /\b(?:nam ngoai|nam truoc|nam roi|nam hoc truoc|last year|a year ago|last school year)\b/;
const SHARE_ASKED =
  /\b(?:phan tram|ty le|ho tro|muc dong|share|percent|percentage|support|subsidy|subsidi[sz]ed|cost|price)\b|%/;
const GROUP_TOPIC = /^contribution\.(\w+)$/;
// A story with people counted or a card's end ("năm ngoái chưa đóng, giờ 3 người…") asks today's sum, not the past.
const TODAYS_SUM =
  /\b(?:[2-9]|\d\d|hai|ba|bon|nam|two|three|four|five) (?:nguoi|thanh vien|people|members|persons)\b|\b(?:het han|expir\w*)\b/;
const THEN_WORDS = 20;
const STUDYING = /\b(?:hoc (?:dai hoc|cao dang|trung cap|lop \d+|cap \d)|at (?:university|college|school))\b/;
const SCHOOL_START = "-10-01";

/**
 * What a paying group paid on an earlier day ("before July 2025", "năm học 2024-2025", "last year"), beside what it
 * pays today, with the state's share and the base salary of each day and their legal basis. Undefined unless a price
 * or share of such a group is asked with an earlier day.
 */
export function answerPriceThen(turn: Turn): Outcome | undefined {
  // After a sum, "trước tháng 7 thì bao nhiêu" is that sum on the earlier day, which the sum's follow-ups answer.
  if (turn.session.flow?.id === CALC_FLOW) return undefined;
  // (The cheap tests first: every message passes here before its topic is read.)
  if (turn.text.trim().split(/\s+/).length > THEN_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (TODAYS_SUM.test(folded) || !(asksHowMuch(turn.text) || SHARE_ASKED.test(folded))) return undefined;
  const slotText = foldForSlots(turn.text);
  const then = earlierDay(slotText, folded, turn.today);
  if (!then || then >= turn.today) return undefined;
  const named =
    payerGroupOf(slotText) ??
    (STUDYING.test(folded) ? "student" : GROUP_TOPIC.exec(turn.session.lastIntent ?? "")?.[1]);
  const group = CONTRIBUTION_GROUPS.find((g) => g === named && PAYING_GROUPS.has(g));
  if (!group) return undefined;
  const lines = [then, turn.today].flatMap((date) => priceLine(turn, group, date, date === then) ?? []);
  return {
    replies: [text(withLines(t(`common:calc.group.${group}`), lines))],
    session: { lastIntent: `contribution.${group}`, misses: 0 },
  };
}

// The day asked about: before a date said, a school year's autumn, or a year before today.
function earlierDay(slotText: string, folded: string, today: string): string | undefined {
  const before = beforeMonthOf(slotText, today);
  if (before && "iso" in before) return before.iso;
  const school = SCHOOL_YEAR.exec(slotText);
  if (school && Number(school[2]) === (Number(school[1]) + 1) % 100) return `${school[1]}${SCHOOL_START}`;
  return LAST_YEAR.test(folded) ? addDays(today, -365) : undefined;
}

// One person's month and year in the group on a day, with the state's share and the base salary then.
function priceLine(turn: Turn, group: ContributionGroup, date: string, past: boolean): TextRef | undefined {
  const policy = turn.content.policy;
  const result = calculateContribution(policy, { group, members: 1, months: 12, date });
  const base = result.parameters.find((p) => p.parameter === "base_salary");
  const support = result.parameters.find((p) => p.parameter.startsWith("support."));
  if (!base) return undefined;
  const share = support?.value ?? 0;
  // The household gets no support: its first member's full 4.5%, the others less by the ladder.
  const key = `${past ? "then" : "now"}${support ? "" : "_household"}`;
  return t(`common:calc.price_then.${key}`, {
    date: day(date),
    share: pct(typeof share === "number" ? share : 0),
    share_basis: law(support?.legalBasis ?? ""),
    base: vnd(Number(base.value)),
    base_basis: law(base.legalBasis),
    month: vnd(result.person.month),
    year: vnd(result.person.period),
  });
}
