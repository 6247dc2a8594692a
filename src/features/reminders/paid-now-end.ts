import { foldWords } from "../../core/fold.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { addDays, daysFrom } from "../../reminders/schedule-times.ts";
import { FIRST_SAID, firstCardMeant, GAP_DAYS, WAIT_DAYS } from "../card-from-payment.ts";
import type { Turn } from "../handler.ts";
import { type ExpiryReading, readExpiries } from "./read-expiries.ts";

// "tôi đóng hôm nay 12 tháng, bạn tự tính giúp", "I'm paying today for 12 months, you work it out".
const PAID_NOW =
  /\b(?:dong|nop|mua|gia han|pay|paying|paid|renew\w*)\b(?: \w+){0,4}? (?:hom nay|today|bay gio|now)\b|\b(?:hom nay|today)\b(?: \w+){0,3}? (?:dong|nop|mua|gia han|pay|paying|renew\w*)\b/;

/**
 * The end of a card paid today for the months said, as the date to be reminded of (D/M/YYYY): it starts today, the
 * day after the old card's end still to come, or 30 days on after a gap of 90 days or more (the card's end said before
 * in the conversation). Undefined unless a payment today and its months are said.
 */
export function endOfCardPaidNow(turn: Turn, message: string): string | undefined {
  const months = monthsOf(foldForSlots(message));
  if (!months || !PAID_NOW.test(` ${foldWords(message)} `)) return undefined;
  const ended = turn.session.cardEnd;
  // (A first card, said so now, waits 30 days after the payment: it ends the months paid after that, whatever end
  // was worked out before.)
  const start = FIRST_SAID.test(foldForSlots(message))
    ? addDays(turn.today, WAIT_DAYS)
    : !ended
      ? firstCardMeant(turn, foldForSlots(message))
        ? addDays(turn.today, WAIT_DAYS)
        : turn.today
      : ended >= turn.today
        ? addDays(ended, 1)
        : daysFrom(ended, turn.today) >= GAP_DAYS
          ? addDays(turn.today, WAIT_DAYS)
          : turn.today;
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d - 1));
  return `${end.getUTCDate()}/${end.getUTCMonth() + 1}/${end.getUTCFullYear()}`;
}

/** The cards a message gives to be reminded of: those it dates, or the card it says is paid today for some months. */
export function readCardsSaid(turn: Turn, message: string): ExpiryReading {
  return readExpiries(endOfCardPaidNow(turn, message) ?? message, turn.today);
}
