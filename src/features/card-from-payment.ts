import { type TextRef, t, text } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { AT_ONCE_ASKED, asksStartAfterPayment } from "../nlu/card-start.ts";
import { isEventDay, PAYS_NOW } from "../nlu/event-day.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { monthsOf } from "../nlu/slots/months.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays } from "../reminders/schedule-times.ts";
import { firstCardPrice } from "./first-card-price.ts";
import type { Outcome, Turn } from "./handler.ts";

/** Days a first card (or one after a gap of 90 days or more) waits after full payment (Law 51/2024/QH15, Art. 16). */
export const WAIT_DAYS = 30;
/** From this many days without a card, a renewed card waits too (Law 51/2024/QH15, Art. 16 §3c; policy.md §6). */
export const GAP_DAYS = 90;
const YESTERDAY = /\b(?:hom qua|toi qua|yesterday)\b/;
/** "lần đầu", "chưa có thẻ bao giờ", "first time": a first card said. */
export const FIRST_SAID =
  /\b(?:lan dau|moi tham gia|chua (?:tung|bao gio) (?:co|mua|tham gia)|chua (?:co|mua|tham gia) (?:the |bhyt |bao hiem )*(?:bao gio|lan nao)|first time|never had|never been insured)\b/;

/**
 * Whether a first card is meant: said so, or worked out before in the conversation (a start kept with no old card's
 * end: "chưa có thẻ bao giờ…" then "vậy đóng 3 tháng hôm nay thì thẻ xài từ ngày nào tới ngày nào").
 */
export function firstCardMeant(turn: Turn, folded: string): boolean {
  return (
    firstSaidHere(turn, folded) ||
    (turn.session.cardStart !== undefined && turn.session.cardEnd === undefined)
  );
}
const EARLIER_TURNS = 3;

// A first card said in this message or in the last few ("I have never had BHYT. How do I sign up?", then "if I pay
// on Friday, from which date…").
const firstSaidHere = (turn: Turn, folded: string) =>
  FIRST_SAID.test(folded) ||
  saidBefore(turn.session)
    .slice(0, EARLIER_TURNS)
    .some((said) => FIRST_SAID.test(foldForSlots(said)));

/** "First card: if I pay on 20 December for 6 months, between which dates…?", however sure the topic was read. */
export function answerCardStartAsked(turn: Turn): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  // (A renewal may have an old card's end to weigh, which the card-validity answers do.)
  return firstSaidHere(turn, folded) && asksStartAfterPayment(folded)
    ? validFromPayment(turn, "card.validity")
    : undefined;
}

/** A card paid on a day the message gives, with no end of an old card said: the day it works, and a price asked. */
export function validFromPayment(turn: Turn, intent: string): Outcome | undefined {
  const start = startFromPayment(turn);
  if (!start) return undefined;
  const price = firstCardPrice(turn);
  // (A first card's start is kept for care asked about next: "my operation is on 4 January, is it covered?".)
  const first = firstCardMeant(turn, foldForSlots(turn.text)) ? start.vars?.from : undefined;
  const cardStart = first && typeof first === "object" && "value" in first ? String(first.value) : undefined;
  return {
    replies: [text(...(price ? [price] : []), start)],
    session: { lastIntent: intent, misses: 0, ...(cardStart ? { cardStart } : {}) },
  };
}

/** A bill's answer with the day the card works first, when the message also asks it ("mua hôm nay thì bao giờ dùng
 * được, sinh mổ hết 15 triệu thì trả bao nhiêu"). */
export function withCardStart(turn: Turn, outcome: Outcome | undefined): Outcome | undefined {
  const start = outcome ? startFromPayment(turn) : undefined;
  return outcome && start ? { ...outcome, replies: [text(start), ...outcome.replies] } : outcome;
}

/** The day a card paid for works (the day paid said, or today), when the message asks it; undefined otherwise. */
export function startFromPayment(turn: Turn): TextRef | undefined {
  const folded = foldForSlots(turn.text);
  if (!asksStartAfterPayment(folded)) return undefined;
  const said = dateSpanOf(folded, turn.today);
  // (A day soon after today is a payment planned: "đóng tiền ngày 10/12/2026 thì thẻ có giá trị từ ngày nào".)
  const soon = addDays(turn.today, PLANNED_DAYS);
  // ("buy now, will it cover the birth next month": a day said beside "now" is the care's, not the payment's.)
  const paysNow = PAYS_NOW.test(folded);
  // ("…hôm nay mua, dự sinh tháng 2/2027": a birth's or a new job's day is no payment's.)
  const event = said !== undefined && isEventDay(folded, said.index, said.length);
  const saidDay =
    !paysNow && !event && said && "iso" in said.slot && said.slot.iso <= soon ? said.slot.iso : undefined;
  const paid = saidDay ?? (YESTERDAY.test(folded) ? addDays(turn.today, -1) : turn.today);
  const from = addDays(paid, WAIT_DAYS);
  const vars = { paid: day(paid), from: day(from) };
  const first = firstCardMeant(turn, folded);
  const key = first ? "common:card_from_payment.first" : "common:card_from_payment.either";
  // "…cho 12 tháng thì thẻ có giá trị từ ngày nào đến ngày nào": a first card runs the months paid from its start.
  const months = monthsOf(folded);
  if (!first || months === undefined) return t(key, vars);
  return t("common:card_from_payment.first_until", {
    ...vars,
    months,
    until: day(monthsAfter(from, months)),
  });
}

const PLANNED_DAYS = 60;
/** The last day of `months` months that start on `start`. */
export function monthsAfter(start: string, months: number): string {
  const [year, month, date] = start.split("-").map(Number) as [number, number, number];
  return addDays(new Date(Date.UTC(year, month - 1 + months, date)).toISOString().slice(0, 10), -1);
}

// "when would it start covering me?", "bao giờ thì dùng được" right after a household's price: the start of a first
// card paid today.
const START_AFTER_PRICE =
  /\b(?:when (?:would|will|does|do|can) (?:it|the card|this card|the insurance|coverage|i) (?:start|begin|kick in|cover|work|be covered|use it)|start covering|(?:bao gio|khi nao) (?:thi )?(?:dung|xai|co hieu luc|co gia tri|duoc (?:dung|kham|huong)))\b/;
const START_WORDS = 20;
const OLD_CARD_ENDED =
  /\b(?:het han|het hieu luc|ended|expired|ran out|lapsed)\b(?: \w+){0,3}? (?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|thang \d{1,2})\b/;

/** Whether a card's start is asked right after a price ("bao giờ thì dùng được", "when would it start covering me?"). */
export const startAskedAfterPrice = (folded: string): boolean =>
  START_AFTER_PRICE.test(folded) || AT_ONCE_ASKED.test(folded);

/** A first card's start asked right after its price, with no old card said: paid today, it works 30 days on. */
export function answerStartAfterPrice(turn: Turn): Outcome | undefined {
  const { session } = turn;
  if (!session.lastIntent?.startsWith("contribution.") || session.cardEnd || !session.priced?.length)
    return undefined;
  if (turn.text.trim().split(/\s+/).length > START_WORDS) return undefined;
  const folded = ` ${foldForSlots(turn.text)} `;
  if (!startAskedAfterPrice(folded)) return undefined;
  // ("…? Thẻ công ty tôi hết hạn 30/9/2026": an old card's end said, so a renewal after a gap, not a first card.)
  if (OLD_CARD_ENDED.test(folded)) return undefined;
  const today = turn.locale === "en" ? "first time, paid today" : "lần đầu, đóng hôm nay";
  return validFromPayment({ ...turn, text: `${turn.text}. ${today}` }, "card.validity");
}
