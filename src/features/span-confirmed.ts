import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays } from "../reminders/schedule-times.ts";
import { monthsAfter } from "./card-from-payment.ts";
import type { Outcome, Turn } from "./handler.ts";
import { CONFIRM_ASKED } from "./typed-sum.ts";

const PERIODS = [3, 6, 12] as const;

/**
 * "vậy thẻ mới từ 01/01/2027 đến 31/12/2027, không phải chờ 30 ngày, đúng không?": the new card's days read back for a
 * yes, after the card it follows (or its own start) was worked out: yes, when they are the days of 3, 6 or 12 months.
 */
export function answerSpanConfirmed(turn: Turn): Outcome | undefined {
  const end = turn.session.cardEnd;
  const follows = end !== undefined && end >= turn.today;
  const start = follows ? addDays(end, 1) : turn.session.cardStart;
  if (!start || !CONFIRM_ASKED.test(` ${foldWords(turn.text)}`)) return undefined;
  const folded = foldForSlots(turn.text);
  const first = dateSpanOf(folded, turn.today);
  if (!first || !("iso" in first.slot) || first.slot.iso !== start) return undefined;
  const second = dateSpanOf(folded.slice(first.index + first.length), turn.today);
  if (!second || !("iso" in second.slot)) return undefined;
  const until = second.slot.iso;
  const months = PERIODS.find((m) => monthsAfter(start, m) === until);
  if (months === undefined) return undefined;
  return {
    replies: [
      text(
        t(`common:span_confirmed.${follows ? "follows" : "starts"}`, {
          start: day(start),
          until: day(until),
          months,
        }),
      ),
    ],
    session: { lastIntent: turn.session.lastIntent ?? "card.validity", misses: 0 },
  };
}
