import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { isEventDay } from "../nlu/event-day.ts";
import { REMINDER_ASKED } from "../nlu/renewal-readings.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { monthsOf } from "../nlu/slots/months.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays } from "../reminders/schedule-times.ts";
import { monthsAfter } from "./card-from-payment.ts";
import { CALC_FLOW, draftFromSession } from "./contribution/calc-draft.ts";
import { firstCardPrice } from "./first-card-price.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerSmallVisit } from "./small-visit.ts";

// "I have a knee operation planned for 4 January", "mổ ngày 4/1 có được trả không", "does that mean I pay it all?":
// care on a day, after the day a card bought in this conversation starts working was given.
const CARE =
  /\b(?:sick|ill|treated|get treatment|bi om|om|bi benh|om dau|surgery|operation|operated|birth|deliver\w*|admitted|hospital\w*|treatment|appointment|check[- ]?up|visit|mo|phau thuat|sinh con|sinh mo|sinh thuong|di sinh|di de|de con|nam vien|nhap vien|di kham|kham benh|dieu tri|tai kham)\b/;
const COVER_ASKED =
  /\b(?:pay|pays|paid|cover\w*|insurance|bhyt|tra|chi tra|myself|everything|all of it|tu tra|before it (?:works|starts)|truoc khi (?:the )?(?:co gia tri|dung duoc))\b/;
const CARE_WORDS = 40;

/**
 * Care on a day before (or from) the day the card the citizen is buying starts: not paid before it, paid at the
 * card's level from it. Undefined unless such a start was worked out earlier and a day of care is asked about.
 */
export function answerCareBeforeStart(turn: Turn): Outcome | undefined {
  const start = turn.session.cardStart;
  if (!start || start < turn.today || turn.text.trim().split(/\s+/).length > CARE_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!CARE.test(folded) || !COVER_ASKED.test(folded)) return undefined;
  const said = dateSpanOf(foldForSlots(turn.text), turn.today);
  if (!said || !("iso" in said.slot)) return undefined;
  const vars = { date: day(said.slot.iso), start: day(start) };
  const before = said.slot.iso < start;
  const key = before ? "common:care_before_start" : "common:care_from_start";
  // ("…and the bill is 30 million, how much do I pay with 80% card?": from the start, the bill worked out too.)
  const bill = before ? undefined : answerSmallVisit(turn);
  const replies = [text(t(key, vars)), ...(bill?.replies ?? [])];
  return { replies, session: { lastIntent: bill ? "benefit.levels" : "card.validity", misses: 0 } };
}

// "thẻ dùng tới ngày nào", "vậy thẻ 3 tháng đó hết hạn ngày nào", "until when is it valid?": the new card's end.
const END_ASKED =
  /\b(?:(?:dung|xai|co gia tri|co hieu luc|han)(?: \w+){0,2} (?:toi|den) (?:ngay nao|khi nao|bao gio|luc nao)|het han (?:ngay nao|khi nao|luc nao|bao gio)|(?:la )?(?:toi|den) (?:thang may|ngay nao|thang nao)|until when|valid until|when does it (?:end|expire|run out)|(?:ends?|expires?|runs? out) on (?:which|what) (?:date|day)|(?:which|what) (?:date|day) does it (?:end|expire)|what date does it (?:end|expire)|(?:the |its )?card s dates|(?:the )?dates of (?:the|my|its) card|what are the (?:card )?dates|(?:exact |card )?dates? (?:on|of) (?:the|my|its|this) (?:new )?card|start (?:date )?and end dates?|does (?:the|my|it) (?:new )?(?:card )?run from|from when to when|tu ngay nao den ngay nao|tu bao gio den bao gio|het han (?:ngay |vao )?\d{1,2}\/\d{1,2}(?:\/\d{2,4})? (?:dung|phai) (?:khong|ko|k|hong))\b/;

/**
 * After a new card's start was worked out, its end asked for the months bought ("tôi mua 3 tháng thôi, hết bao nhiêu,
 * thẻ dùng tới ngày nào"): from the start to the end of those months, with the price when asked. The end is kept for
 * a reminder. Undefined otherwise.
 */
export function answerNewCardSpan(turn: Turn): Outcome | undefined {
  // (A card still running, its end said, is renewed to follow on from the next day: "hết hạn 31/12/2026, gia hạn
  // sớm được không", then "đóng 12 tháng thì thẻ mới dùng đến ngày nào".)
  const { cardEnd } = turn.session;
  const start =
    turn.session.cardStart ?? (cardEnd && cardEnd >= turn.today ? addDays(cardEnd, 1) : undefined);
  const folded = foldForSlots(turn.text);
  // (A day said with it, "mai 8/12 tôi đóng, thẻ mới hết hạn ngày nào", is a new day to pay: the gap's answer; "today"
  // is the day already worked out.)
  const said = dateSpanOf(folded, turn.today);
  // (…but a day from the start on is the card's own day, "từ 07/01/2027", or a day of care, "mổ giữa tháng 1".)
  // (…or the old card's end the renewal is paid before: "đóng trước 31/12/2026 cho 12 tháng".)
  const cardsDay = (iso: string) =>
    iso === turn.today || iso === cardEnd || (start !== undefined && iso >= start);
  if (!start || start < turn.today || (said && !("iso" in said.slot && cardsDay(said.slot.iso))))
    return undefined;
  // (A reminder waiting for its yes works the end out itself, and keeps the yes.)
  if (turn.session.pendingChoices.some((choice) => choice.action.startsWith("rem:"))) return undefined;
  const span = newCardSpan(turn, start);
  if (!span) return undefined;
  const price = firstCardPrice(turn);
  const remind = REMINDER_ASKED.test(folded) ? [t("common:new_card_remind")] : [];
  const care = careOnEventDay(turn.text, start, turn.today, turn.today);
  return {
    replies: [text(...(price ? [price] : []), span.line, ...(care ? [care] : []), ...remind)],
    // (A renewal's days leave the card's end said as it is: the next question may ask them again.)
    session: {
      lastIntent: "card.validity",
      misses: 0,
      ...(turn.session.cardStart ? { cardEnd: span.until } : {}),
    },
  };
}

/**
 * A new card's days when its end is asked ("thẻ dùng tới ngày nào"), for the months the message says or, else, those
 * of the sum just made ("12 tháng bn", then "vậy hết hạn ngày nào"). Undefined otherwise.
 */
export function newCardSpan(turn: Turn, start: string): { line: TextRef; until: string } | undefined {
  const folded = foldForSlots(turn.text);
  if (!END_ASKED.test(folded)) return undefined;
  const flow = turn.session.flow;
  // (…or the months said with the day to pay a turn or two before: "if I buy 3 months on 10 December…".)
  const months =
    monthsOf(folded) ??
    (flow?.id === CALC_FLOW ? draftFromSession(flow.data).months : undefined) ??
    saidBefore(turn.session)
      .slice(0, 2)
      .map((said) => monthsOf(foldForSlots(said)))
      .find((said) => said !== undefined);
  if (!months) return undefined;
  const until = monthsAfter(start, months);
  return { line: t("common:new_card_span", { start: day(start), until: day(until), months }), until };
}

/**
 * "…dự sinh tháng 4/2027, mua ngày 10/1/2027 thì đi sinh có được trả không": the care day the message names (a due
 * date, an operation) set against the day the new card starts. Undefined when no such day is named.
 */
export function careOnEventDay(
  text: string,
  start: string,
  today: string,
  ended: string,
): TextRef | undefined {
  const folded = foldForSlots(text);
  if (!CARE.test(` ${foldWords(text)} `)) return undefined;
  let offset = 0;
  for (;;) {
    const found = dateSpanOf(folded.slice(offset), today);
    if (!found) return undefined;
    offset += found.index + found.length;
    if (!("iso" in found.slot) || found.slot.iso <= ended) continue;
    if (!isEventDay(folded, offset - found.length, found.length)) continue;
    const key = found.slot.iso < start ? "common:care_before_start" : "common:care_from_start";
    return t(key, { date: day(found.slot.iso), start: day(start) });
  }
}
