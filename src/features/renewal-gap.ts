import { type TextRef, t, text } from "../core/reply.ts";
import { isEventDay, PAYS_NOW } from "../nlu/event-day.ts";
import { latenessOf } from "../nlu/late-payment.ts";
import { REMINDER_ASKED } from "../nlu/renewal-readings.ts";
import { dateSpanOf, MONTH_NAMES } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { countOf, DAYS_IN } from "../nlu/slots/numbers.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays, daysFrom } from "../reminders/schedule-times.ts";
import { GAP_DAYS, WAIT_DAYS } from "./card-from-payment.ts";
import { firstCardPrice } from "./first-card-price.ts";
import type { Outcome, Turn } from "./handler.ts";
import { careOnEventDay, newCardSpan } from "./new-card-dates.ts";

// "thẻ hết hạn từ 30/6/2026, giờ đóng tiếp thì khi nào dùng được", "my card expired on 31 March, do I have to wait":
// a card that has ended, renewed today.
const ENDED =
  /\b(?:het han|het hieu luc|expired|ran out|ended|lapsed?|left (?:my|the) job|quit (?:my|the) job|nghi viec|thoi viec|nghi lam|mat viec|(?:toi|den) het (?=thang|ngay|\d)|(?:the|bhyt)(?: cu| cty| cong ty| cua \S+)? het (?=thang|ngay|\d)|roi nghi|(?:job|card|contract|cover|insurance) (?:ends|will end|finishes|runs out|expires on)|until (?:the end of )?\w+ \d{4} when (?:i|he|she) (?:left|quit))\b/;
// "hết hạn 2 tuần trước", "cách đây 3 tháng", "expired 2 weeks ago": how long ago, counted back from today (not "đóng
// 6 tháng trước 31/12", six months paid before a day).
const AGO =
  /\b(?:cach day )?(\d{1,2}|mot|hai|ba|bon|nam|a|one|two|three|four|five|six) (ngay|tuan|thang|days?|weeks?|months?) (?:truoc(?! (?:ngay |khi |han )?\d{1,2}\s*[/.-]\s*\d| (?:khi|han|ngay|luc|hom|thoi diem|do)\b)|ago|nay|roi)\b|\bcach day (\d{1,2}) (ngay|tuan|thang)\b|\b(tuan) truoc\b|\blast (week)\b/;
// ("12 tháng trước ngày đó", "những tháng trước": months before a day, or earlier months, not last month.)
const LAST_MONTH =
  /\b(?:(?<!\b(?:\d{1,2}|nhung|cac|may|mot so|vai) )thang truoc(?! (?:ngay |khi |han )?\d{1,2}\s*[/.-]\s*\d| (?:khi|han|ngay|luc|hom|thoi diem|do)\b)|last month)\b/;
/** A day or a month alone ("30/6", "tháng 6", "end of June"), with no year. */
export const BARE_DAY_OR_MONTH =
  /^(?:(?:ngay |tu |vao |from |on |since )?\d{1,2}\s*[/.-]\s*\d{1,2}|(?:tu |vao |from |since |cuoi |dau |giua )?thang \d{1,2}|(?:the )?(?:end|beginning|start|middle) of [a-z]+|\d{1,2} [a-z]+|[a-z]+ \d{1,2})$/;
// A bare day this close ahead is the end to come, not last year's.
const UPCOMING_DAYS = 62;
// "đã hết hạn 31/12", "hết hạn 31/12 rồi", "expired on 31/12": said to have ended already.
const ENDED_ALREADY = /\b(?:da het han|het han (?:\S+ ){0,3}roi|expired|ran out|lapsed|has ended)\b/;
const SOON = /\b(?:sap|se het|will|about to|is expiring|next|(?:thang|tuan|nam) (?:toi|nay|sau))\b/;
/** A year said ("2026", "năm ngoái", "last year"). */
export const YEAR_SAID = /\b\d{4}\b|\bnam (?:nay|ngoai|truoc)\b|\blast year\b/;

// "15/10 năm nay", "15/10 last year": the year said right after a day and month.
const THIS_YEAR_AFTER = /^\s*(?:nam nay|this year)\b/;
const LAST_YEAR_AFTER = /^\s*(?:nam ngoai|nam truoc|nam roi|last year)\b/;

/**
 * The day a card ended, said as a past date ("30/6", "tháng 6": this year's, or last year's when this year's is still
 * to come; a month alone is its last day) or as a time ago ("2 tuần trước"), and where in the folded message it was
 * said. Undefined when none is said.
 */
export function pastEnd(folded: string, today: string): { iso: string; after: number } | undefined {
  const ago = AGO.exec(folded);
  // "expired in October, I renewed it last week": the span after a date is when it was paid, not when it ended.
  const endFirst = ago && ago.index > 0 ? pastEnd(folded.slice(0, ago.index), today) : undefined;
  if (endFirst) return endFirst;
  if (ago) {
    const iso = agoDay(ago, today);
    return iso ? { iso, after: ago.index + ago[0].length } : undefined;
  }
  // "hết hạn tháng trước": a month alone is its last day, as for "tháng 11".
  const lastMonth = LAST_MONTH.exec(folded);
  if (lastMonth) {
    const end = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, 0));
    return { iso: end.toISOString().slice(0, 10), after: lastMonth.index + lastMonth[0].length };
  }
  const found = dateSpanOf(folded, today);
  if (!found) return monthEnded(folded, today);
  if (!("iso" in found.slot)) return undefined;
  const after = found.index + found.length;
  let iso = found.slot.iso;
  if (found.dayAssumed) iso = `${iso.slice(0, 8)}${String(lastDayOf(iso)).padStart(2, "0")}`;
  const yearAfter = THIS_YEAR_AFTER.test(folded.slice(after))
    ? Number(today.slice(0, 4))
    : LAST_YEAR_AFTER.test(folded.slice(after))
      ? Number(today.slice(0, 4)) - 1
      : undefined;
  if (yearAfter !== undefined) iso = `${yearAfter}${iso.slice(4)}`;
  // "hết hạn 30/6" in December is last June's; "sắp hết hạn cuối tháng này" is still to come.
  const bare = BARE_DAY_OR_MONTH.test(found.slot.typed) && !SOON.test(folded) && yearAfter === undefined;
  // (…but "hết hạn 31/12, gia hạn ở đâu" in December is this year's, weeks ahead, unless it is said to have ended.)
  const weeksAhead = daysFrom(today, iso) <= UPCOMING_DAYS && !ENDED_ALREADY.test(folded);
  if (iso >= today && bare && !YEAR_SAID.test(found.slot.typed) && !weeksAhead)
    iso = `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  if (iso < today) return { iso, after };
  // ("If I buy on 10 December and my work card ended on 30 November": the day to pay came first; the end follows the
  // word that says it, and the day to pay is read from the start.)
  const ended = ENDED.exec(folded);
  const later = ended && ended.index > found.index ? pastEnd(folded.slice(ended.index), today) : undefined;
  return later && { iso: later.iso, after: found.index };
}

// A later date the message gives for paying ("ngày 10/12/2026 tôi đóng", "renewing on 5 December"), not before today;
// else yesterday or the day before when said, else today.
function payingDay(folded: string, from: number, ended: string, today: string): string {
  // ("…tháng 3/2027 mới đi làm lại, giờ tôi mua 3 tháng": paid now; the later day is the new job's.)
  if (PAYS_NOW.test(folded)) return today;
  let offset = from;
  for (;;) {
    const found = dateSpanOf(folded.slice(offset), today);
    const ago = AGO.exec(folded.slice(from));
    // "I paid for 12 months yesterday", "hôm qua đã đóng", "renewed it last week": a day already past.
    if (!found)
      return ago && agoDay(ago, today)
        ? agoDay(ago, today)!
        : DAY_BEFORE.test(folded.slice(from))
          ? addDays(today, -2)
          : YESTERDAY.test(folded.slice(from))
            ? addDays(today, -1)
            : today;
    offset += found.index + found.length;
    const event = isEventDay(folded, offset - found.length, found.length);
    if ("iso" in found.slot && found.slot.iso > ended && found.slot.iso >= today && !event)
      return found.slot.iso;
  }
}

// "hết hạn tháng 10 rồi": the last day of that month, this year's if it has passed, else last year's.
const MONTH_ENDED = /\bhet han(?: \w+){0,2}? thang (\d{1,2})\b(?! ?(?:nam|\/|ngay|thang))/;
function monthEnded(folded: string, today: string): { iso: string; after: number } | undefined {
  const said = MONTH_ENDED.exec(folded);
  const month = Number(said?.[1]);
  if (!said || month < 1 || month > 12) return undefined;
  const year = Number(today.slice(0, 4));
  const end = (y: number) => new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10);
  const iso = end(year) < today ? end(year) : end(year - 1);
  return { iso, after: said.index + said[0].length };
}

// The day a span ago ("2 tuần trước", "last week") names, or undefined for a count of none.
function agoDay(ago: RegExpExecArray, today: string): string | undefined {
  const count = countOf(ago[1] ?? ago[3] ?? "") ?? ((ago[5] ?? ago[6]) ? 1 : 0);
  const unit = (ago[2] ?? ago[4] ?? ago[5] ?? ago[6] ?? "").replace(/s$/, "");
  return count > 0 ? addDays(today, -count * (DAYS_IN[unit] ?? 1)) : undefined;
}

const lastDayOf = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();

// "tháng 2 mới đóng", "đóng vào tháng 2", "tháng 2 trường mới thu", "pay in February": a month to come.
const PAYING_MONTH = new RegExp(
  `\\bthang (\\d{1,2})(?: nam sau)? (?:(?:truong|cong ty|cty|xa) )?(?:moi |thi |se |toi )?(?:dong|nop|gia han|mua|thu)\\b|\\b(?:dong|nop|gia han|mua)(?: \\w+){0,3}? (?:vao |trong )?thang (\\d{1,2})\\b(?! ?(?:nam|\\/))(?! (?:\\w+ )?(?:sinh|de|nhap vien|mo|phau thuat|di lam|vao lam)\\b)|\\b(?:pay|renew)(?: it)? in (${MONTH_NAMES.join("|")})\\b`,
);
function payingMonth(folded: string, today: string): { first: string; last: string } | undefined {
  const said = PAYING_MONTH.exec(folded);
  if (!said) return undefined;
  const month = said[3] ? MONTH_NAMES.indexOf(said[3]) + 1 : Number(said[1] ?? said[2]);
  if (month < 1 || month > 12) return undefined;
  const year = Number(today.slice(0, 4)) + (month < Number(today.slice(5, 7)) ? 1 : 0);
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return last > today ? { first: first > today ? first : today, last } : undefined;
}

/** A visit asked about during the 30 days a new card waits. */
export const VISIT_WHILE_WAITING =
  /\b(?:trong|during|in) (?:30 ngay|thoi gian cho|luc cho|(?:those|the) 30 days|the wait(?:ing)?(?: period| time)?)\b(?: \w+){0,3}? (?:di kham|kham|om|benh|nam vien|cap cuu|di vien|see a doctor|get sick|fall ill|need a doctor|go to (?:the )?hospital|hospital)\b/;

/** The renewal of a card that ended on a date the message gives: the gap until today, and when the new card works. */
export function renewalAfterGap(turn: Turn, intent: string, withPrice = true): Outcome | undefined {
  const gap = renewalGapOf(turn);
  if (!gap) return undefined;
  const { line, ended, start } = gap;
  const price = withPrice ? firstCardPrice(turn) : undefined; // "…, giờ mua lại 1 năm bao nhiêu": the price too.
  const care = careOnEventDay(turn.text, start, turn.today, ended);
  const span = newCardSpan(turn, start)?.line; // "…thì thẻ dùng từ ngày nào đến ngày nào": its days too.
  return {
    replies: [text(...(price ? [price] : []), line, ...[care, span].filter((l) => l !== undefined))],
    session: {
      lastIntent: intent,
      misses: 0,
      cardEnd: ended,
      // (Under 90 days the new card works from the day paid: a start worked out before for another day is replaced.)
      cardStart: start,
    },
  };
}

/** The gap from a card's end the message gives to the day paid, said in a line, and the day the new card works. */
export function renewalGapOf(turn: Turn): { line: TextRef; ended: string; start: string } | undefined {
  const folded = foldForSlots(turn.text);
  // ("remind me 30 days before my new card ends, I'll pay today": a reminder, not the wait again.)
  if (REMINDER_ASKED.test(folded)) return undefined;
  const saidBefore = ENDED.test(folded) ? undefined : endAskedAgain(turn, folded);
  if (!ENDED.test(folded) && !saidBefore) return undefined;
  // "thẻ hết hạn 31/12, nếu tháng 2 mới đóng thì sao": paid by the end of a month to come, the end is the last before
  // (read without the paying month, whose "năm sau" says when to pay, not that the card is still to end).
  const laterMonth = payingMonth(folded, turn.today);
  const ahead = saidBefore || laterMonth ? undefined : endThenPayAhead(folded, turn.today);
  const end =
    saidBefore ??
    ahead?.end ??
    (laterMonth ? pastEnd(folded.replace(PAYING_MONTH, " "), laterMonth.last) : pastEnd(folded, turn.today));
  if (!end) return undefined;
  const ended = end.iso;
  // "nếu ngày 10/12/2026 tôi đóng": the day said for paying (after the end's), else today; in a month said, its first
  // day (the answer says by when to pay to stay under 90 days).
  const paid = ahead?.paid ?? laterMonth?.first ?? payingDay(folded, end.after, ended, turn.today);
  const gap = daysFrom(ended, paid);
  const vars = { ended: day(ended), today: day(paid), gap };
  const line =
    gap >= GAP_DAYS
      ? t("common:renewal_gap.long", { ...vars, from: day(addDays(paid, WAIT_DAYS)) })
      : t("common:renewal_gap.short", { ...vars, last: day(addDays(ended, GAP_DAYS - 1)) });
  return { line, ended, start: gap >= GAP_DAYS ? addDays(paid, WAIT_DAYS) : paid };
}

// "thẻ hết hạn 28/02/2027 mà đến 10/03/2027 tôi mới đóng": an end still to come and a later day to pay, both said.
function endThenPayAhead(
  folded: string,
  today: string,
): { end: { iso: string; after: number }; paid: string } | undefined {
  const first = dateSpanOf(folded, today);
  if (!first || !("iso" in first.slot) || first.slot.iso < today) return undefined;
  const after = first.index + first.length;
  // ("…dự sinh tháng 4/2027. mua ngày 10/1/2027": a due month between them is no day to pay.)
  let offset = after;
  for (;;) {
    const second = dateSpanOf(folded.slice(offset), today);
    if (!second || !("iso" in second.slot)) return undefined;
    offset += second.index + second.length;
    if (isEventDay(folded, offset - second.length, second.length)) continue;
    if (second.slot.iso <= first.slot.iso) return undefined;
    return { end: { iso: first.slot.iso, after }, paid: second.slot.iso };
  }
}

// "vậy tính đến nay quá 90 ngày chưa", "so do I have to wait 30 days?": the gap again for the card's end said before.
const GAP_ASKED =
  /\b(?:90 ngay|30 ngay|90 days|30 days|dung (?:duoc |dc )?(?:ngay|luon|chua)|use it (?:right away|now|yet)|right away)\b/;
// "and if I wait and pay on 5 January instead?", "nếu 10/1 mới đóng thì sao": another day to pay, for the same end.
const PAYS_ON = /\b(?:pay|paid|paying|renew\w*|buy|dong|nop|gia han|mua)\b/;
const DAY_ONLY_WORDS = 16;
function endAskedAgain(turn: Turn, folded: string): { iso: string; after: number } | undefined {
  const end = turn.session.cardEnd;
  if (!end || end >= turn.today) return undefined;
  if (GAP_ASKED.test(folded)) return { iso: end, after: folded.length };
  const day = PAYS_ON.test(folded) && folded.trim().split(/\s+/).length <= DAY_ONLY_WORDS;
  const said = day ? dateSpanOf(folded, turn.today) : undefined;
  return said && "iso" in said.slot && said.slot.iso >= turn.today ? { iso: end, after: 0 } : undefined;
}

/** A renewal said to be late by a span ("trễ 4 tháng", "4 months late") with no dates: whether the new card waits. */
export function renewalLate(turn: Turn, intent: string): Outcome | undefined {
  const late = latenessOf(foldForSlots(turn.text));
  if (!late) return undefined;
  // Three months is 89 to 92 days: which side of 90 depends on the days, so both sides are said.
  const size = late.unit === "month" && late.count === 3 ? "edge" : late.days >= GAP_DAYS ? "long" : "short";
  const line = t(`common:renewal_late.${size}`, { days: late.days, count: late.days });
  return { replies: [text(line)], session: { lastIntent: intent, misses: 0 } };
}

const YESTERDAY = /\b(?:hom qua|toi qua|yesterday)\b/;
const DAY_BEFORE = /\b(?:hom kia|day before yesterday)\b/;
