import { type TextRef, t, text } from "../core/reply.ts";
import { PAYS_NOW } from "../nlu/event-day.ts";
import { asksEarlyRenewal } from "../nlu/renewal-asked.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { monthsOf } from "../nlu/slots/months.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays, daysFrom } from "../reminders/schedule-times.ts";
import { GAP_DAYS, monthsAfter } from "./card-from-payment.ts";
import { firstCardPrice } from "./first-card-price.ts";
import type { Outcome, Turn } from "./handler.ts";
import { newCardSpan } from "./new-card-dates.ts";

/**
 * "thẻ hết hạn 31/12/2026, gia hạn sớm được ko": yes, paid before the end the new card follows on with no wait (Law
 * 51/2024/QH15, Art. 16). The end said is kept, so "nhắc tôi trước khi hết hạn" afterwards needs no date again.
 * Undefined when no early renewal is asked (or, `datedOnly`, when no end to come is said).
 */
export function answerEarlyRenewal(turn: Turn, intent: string, datedOnly = false): Outcome | undefined {
  if (!asksEarlyRenewal(turn.text)) return undefined;
  const end = cardEndSaid(turn);
  // (Renewing in general is the renewal topic's own answer; the day said is what it lacks.)
  if (datedOnly && !end) return undefined;
  const line = end
    ? t("common:renew_early.dated", { end: day(end), next: day(addDays(end, 1)) })
    : t("common:renew_early.rule");
  // "…đóng tiếp 12 tháng thì thẻ mới từ ngày nào đến ngày nào": the new card's days too.
  const span = end ? newCardSpan(turn, addDays(end, 1))?.line : undefined;
  return {
    replies: [text(line, ...(span ? [span] : []))],
    session: { lastIntent: intent, misses: 0, ...(end ? { cardEnd: end } : {}) },
  };
}

// "đóng bây giờ thì thẻ mới bắt đầu từ ngày nào", "so when does the new card start?": where the new card begins.
const START_ASKED =
  /\b(?:bat dau|co gia tri|co hieu luc|dung duoc)\b.*\b(?:ngay nao|tu ngay nao|khi nao|luc nao|bao gio)\b|\btu ngay nao\b|\b(?:start|begin|valid|work)s? (?:from )?when\b|\bwhen (?:does|will) (?:the|my|her|his) new card (?:start|begin|work)\b/;

/** "đóng bây giờ thì thẻ mới bắt đầu từ ngày nào" after a card's end to come was said: the day after it. */
export function answerStartAfterKnownEnd(turn: Turn, intent: string): Outcome | undefined {
  const end = turn.session.cardEnd;
  if (!end || end < turn.today || cardEndSaid(turn) || !START_ASKED.test(foldForSlots(turn.text)))
    return undefined;
  const line = t("common:renew_early.dated", { end: day(end), next: day(addDays(end, 1)) });
  return { replies: [text(line)], session: { lastIntent: intent, misses: 0, cardEnd: end } };
}

// "hạn chót là ngày nào", "by when must I pay": the last day asked; "có phải làm lại tờ khai không": the form asked.
const DEADLINE_ASKED =
  /\b(?:han chot|cham nhat|muon nhat|truoc ngay nao|den ngay nao|deadline|latest|by when|by what (?:date|day)|last day)\b/;
const FORM_ASKED =
  /\b(?:to khai|lam lai (?:ho so|giay to)|mau so 2|mau 2|ke khai lai|form|paperwork|fill in)\b/;

/**
 * "thẻ hết hạn 31/12/2026, đóng tiếp ở đâu, có phải làm lại tờ khai không, hạn chót là ngày nào": the last day for a
 * card that follows on, the last day before a gap makes the new one wait, and no new form when nothing changed.
 * Undefined unless a card's end to come is said and a deadline or the form is asked.
 */
export function answerRenewalDeadline(turn: Turn): TextRef[] | undefined {
  const folded = foldForSlots(turn.text);
  const deadline = DEADLINE_ASKED.test(folded);
  const form = FORM_ASKED.test(folded);
  const end = deadline || form ? cardEndSaid(turn) : undefined;
  if (!end) return undefined;
  const vars = { end: day(end), next: day(addDays(end, 1)), last: day(addDays(end, GAP_DAYS - 1)) };
  return [
    ...(deadline ? [t("common:renew_early.deadline", vars)] : []),
    ...(form ? [t("common:renew_early.no_new_form")] : []),
  ];
}

// "thẻ hết hạn 31/12/2026, dự sinh 10/1/2027, giờ gia hạn thì có bị chờ không", "If I renew it today, is there a wait?":
// renewing now a card whose end is still to come.
const ENDS_AT =
  /\b(?:het han|het hieu luc|con han (?:den|toi)|co gia tri den|han (?:den|toi)|expires?|ends?(?: on)?|valid (?:until|till|to)|runs? (?:until|out on))\b/g;
const RENEWS_NOW =
  /\b(?:gia han|dong tiep|dong tien|mua tiep)\b(?: \w+){0,2}? (?:luon|ngay|bay gio|hom nay|som)\b|\b(?:gio|bay gio|hom nay)\b(?: \w+){0,2}? (?:gia han|dong tiep)\b|\brenew(?:ing)?(?: it| the card| her card| his card)? (?:now|today|tomorrow|this week|early)\b|\b(?:renew|pay)(?: it| again)?(?: for \d{1,2} months)? (?:before (?:that|then|it ends|the end)|tomorrow)\b/;
const END_NEAR = 14;
const BARE_AHEAD_DAYS = 90;

/** The card's end a message says after "hết hạn", "ends", "valid until", when it is today or later. */
function endAheadSaid(folded: string, today: string): string | undefined {
  for (const m of folded.matchAll(ENDS_AT)) {
    const after = m.index + m[0].length;
    const found = dateSpanOf(folded.slice(after), today);
    if (!found || found.index > END_NEAR || !("iso" in found.slot) || found.slot.iso < today) continue;
    // ("hết hạn từ tháng 7", "hết hạn 31/7" in December: a day with no year this far ahead has passed already.)
    const bare = !/\d{4}/.test(found.slot.typed);
    if (!bare || daysFrom(today, found.slot.iso) <= BARE_AHEAD_DAYS) return found.slot.iso;
  }
  return undefined;
}

/**
 * A card's end still to come and renewing it now asked (often beside a birth due after it): the new card follows on
 * from the day after, with no wait; a day of care said after that is covered. Undefined otherwise.
 */
export function answerRenewNowBeforeEnd(turn: Turn): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  if (!RENEWS_NOW.test(folded) && !PAYS_NOW.test(folded)) return undefined;
  const end = endAheadSaid(folded, turn.today);
  if (!end) return undefined;
  const line = t("common:renew_early.dated", { end: day(end), next: day(addDays(end, 1)) });
  const later = daysSaid(folded, turn.today).find((iso) => iso > end);
  const care = later ? [t("common:renew_early.covered_then", { date: day(later) })] : [];
  // ("If I pay another 12 months this week, from when to when?": the new card's span.)
  const months = monthsOf(folded);
  const next = addDays(end, 1);
  const span = months
    ? [t("common:renew_early.span", { months, next: day(next), until: day(monthsAfter(next, months)) })]
    : [];
  // ("…thì thẻ mới từ ngày nào và hết bn tiền": the price too, for the people and months said.)
  const price = firstCardPrice(turn);
  return {
    replies: [text(line, ...span, ...care, ...(price ? [price] : []))],
    session: { lastIntent: "enroll.renew", misses: 0, cardEnd: end },
  };
}

// Every day the message says, in order.
function daysSaid(folded: string, today: string): string[] {
  const days: string[] = [];
  for (let offset = 0; ; ) {
    const found = dateSpanOf(folded.slice(offset), today);
    if (!found) return days;
    if ("iso" in found.slot) days.push(found.slot.iso);
    offset += found.index + found.length;
  }
}

// A card's end said in the message, today or later.
function cardEndSaid(turn: Turn): string | undefined {
  const found = dateSpanOf(foldForSlots(turn.text), turn.today);
  return found && "iso" in found.slot && found.slot.iso >= turn.today ? found.slot.iso : undefined;
}
