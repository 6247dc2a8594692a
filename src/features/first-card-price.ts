import { type TextRef, t } from "../core/reply.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../nlu/slots/household-size.ts";
import { insuredElsewhereOf } from "../nlu/slots/insured-elsewhere.ts";
import { monthsOf } from "../nlu/slots/months.ts";
import { vnd } from "../policy/answer-vars.ts";
import { calculateContribution } from "../policy/contribution/calculate-contribution.ts";
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
  return t("common:card_from_payment.price", {
    count: people,
    months,
    period: vnd(r.person.period),
    month: vnd(r.person.month),
  });
}
