import { t, text } from "../core/reply.ts";
import { MONTH_NAMES } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays } from "../reminders/schedule-times.ts";
import { GAP_DAYS } from "./card-from-payment.ts";
import type { Outcome, Turn } from "./handler.ts";

// "what if I had renewed in September", "nếu hồi tháng 9 em đóng luôn thì sao", "nếu tôi gia hạn từ tháng 9 thì có
// phải chờ không": a renewal in a month gone by, asked after the card's end was worked out.
const HAD_RENEWED = new RegExp(
  `\\bif (?:i|we|he|she|you) (?:had |d )?(?:renewed|paid|bought|re-?bought)(?: it| the card| again)? (?:back )?in (${MONTH_NAMES.join("|")})\\b|\\bneu (?:(?:hoi|luc|tu|vao) )?thang (\\d{1,2}) (?:(?:em|e|toi|minh|tui) )?(?:da )?(?:dong|gia han|mua)\\b|\\bneu (?:em|e|toi|minh|tui) (?:da )?(?:dong|gia han|mua)(?: \\w+){0,3}? (?:tu |vao |hoi |trong |luc )?thang (\\d{1,2})\\b`,
);
const WORDS = 30;

/**
 * Whether a renewal in a month gone by would have waited 30 days, for the card's end said before: no wait up to 89
 * days after the end, the wait from the 90th. Undefined unless such a month after that end is asked about.
 */
export function answerRenewedEarlier(turn: Turn): Outcome | undefined {
  const ended = turn.session.cardEnd;
  if (!ended || ended >= turn.today || turn.text.trim().split(/\s+/).length > WORDS) return undefined;
  const said = HAD_RENEWED.exec(foldForSlots(turn.text));
  if (!said) return undefined;
  const month = said[1] ? MONTH_NAMES.indexOf(said[1]) + 1 : Number(said[2] ?? said[3]);
  if (month < 1 || month > 12) return undefined;
  const year = Number(turn.today.slice(0, 4)) - (month > Number(turn.today.slice(5, 7)) ? 1 : 0);
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  if (last <= ended || first > turn.today) return undefined;
  const lastWithoutWait = addDays(ended, GAP_DAYS - 1);
  const key = last <= lastWithoutWait ? "no_wait" : first > lastWithoutWait ? "wait" : "wait_from";
  const vars = { ended: day(ended), first: day(first < ended ? addDays(ended, 1) : first), last: day(last) };
  return {
    replies: [
      text(
        t(`common:renewed_earlier.${key}`, {
          ...vars,
          until: day(lastWithoutWait),
          from: day(addDays(lastWithoutWait, 1)),
        }),
      ),
    ],
    session: { lastIntent: "card.validity", misses: 0 },
  };
}
