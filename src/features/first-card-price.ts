import { type TextRef, t, withLines } from "../core/reply.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../nlu/slots/household-size.ts";
import { insuredElsewhereOf } from "../nlu/slots/insured-elsewhere.ts";
import { monthsOf } from "../nlu/slots/months.ts";
import { vnd } from "../policy/answer-vars.ts";
import { calculateContribution } from "../policy/contribution/calculate-contribution.ts";
import type { PaymentMonths } from "../policy/contribution/contribution-types.ts";
import { slotExtractorOf } from "./contribution/calc-figures.ts";
import { asksFamilyTotal } from "./contribution/family-total.ts";
import type { Turn } from "./handler.ts";

const PERIODS = [3, 6, 12] as const;
const BOUGHT_FOR_COUNT = /\b(?:cho|for) \d{1,2} (?:nguoi|ng|people|persons)\b/;

/**
 * "lần đầu mua bhyt 6 tháng hết bao nhiêu, đóng hôm nay khi nào dùng được": the price asked beside when a first card
 * works, as a household's (one person unless more are said, less those insured elsewhere) for the months said, a year by
 * default.
 */
export function firstCardPrice(turn: Turn): TextRef | undefined {
  if (!asksHowMuch(turn.text)) return undefined;
  const folded = foldForSlots(turn.text);
  const said = monthsOf(folded);
  const months = PERIODS.find((period) => period === said) ?? 12;
  // (Those insured elsewhere, a pensioner father say, are no members who pay.)
  const size = householdSizeOf(folded) ?? 1;
  // (…unless the people bought for are counted outright: "mua cho 4 người".)
  const counted = BOUGHT_FOR_COUNT.test(folded);
  const people = counted ? size : Math.max(size - (insuredElsewhereOf(folded) ?? 0), 1);
  const r = calculateContribution(turn.content.policy, {
    group: "household",
    date: turn.today,
    months,
    members: people,
  });
  const price = t("common:card_from_payment.price", {
    count: people,
    months,
    period: vnd(r.person.period),
    month: vnd(r.person.month),
  });
  const school = asksFamilyTotal(turn.text) ? schoolCardsBeside(turn, months) : undefined;
  if (!school) return price;
  return withLines(price, [
    t("common:card_from_payment.school_beside", {
      count: school.count,
      months,
      school: vnd(school.period),
      total: vnd(r.person.period + school.period),
    }),
  ]);
}

// "con lớn 7 tuổi lớp 2 … cả nhà tổng bao nhiêu": the pupils' and students' cards bought at school, at the province's
// level when the message names one.
function schoolCardsBeside(turn: Turn, months: PaymentMonths): { count: number; period: number } | undefined {
  const slots = slotExtractorOf(turn)(turn.text, turn.today);
  const { pupils = 0, students = 0 } = slots.schoolCards ?? {};
  if (pupils + students === 0) return undefined;
  const province = slots.province?.code ?? turn.province;
  const card = (part: string) =>
    calculateContribution(turn.content.policy, {
      group: "student",
      date: turn.today,
      months,
      members: 1,
      part,
      ...(province ? { province } : {}),
    }).person.period;
  return { count: pupils + students, period: pupils * card("school_pupil") + students * card("other") };
}
