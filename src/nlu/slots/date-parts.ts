// A civil date's parts: whether they make a real day, their ISO form, and the year of a date typed without one
// when the words around it say it has gone by.

/** A civil date's parts. */
export type Parts = { year: number; month: number; day: number };
/** Today, as parts. */
export type Civil = Parts;

// "hết hạn ngày 30/11 vừa rồi", "my card expired in October": a date said as gone by.
const PAST_BEFORE =
  /\b(?:expired|ran out|lapsed|ended|da het han|het han (?:tu|hoi|roi)|het han tu hoi|da het|hoi)\s+(?:on |in |at the end of |ngay |vao |tu |hoi |thang |cuoi |the )*$/;
const PAST_AFTER = /^\s*(?:vua roi|vua qua|(?:nam nay )?roi\b|last year|ago\b)/;
// A year, or words for one, typed with the date: then the date is as typed.
const YEAR_SAID = /\d{4}|nam (?:sau|toi|nay|ngoai)|sang nam|next year|this year/;
// Whether the date matched in folded text is said as gone by ("30/11 vừa rồi", "expired in October").
const saidAsPast = (folded: string, match: RegExpMatchArray) =>
  !YEAR_SAID.test(match[0]) &&
  (PAST_BEFORE.test(folded.slice(Math.max(0, match.index! - 40), match.index)) ||
    PAST_AFTER.test(folded.slice(match.index! + match[0].length)));

/**
 * A date read from `match` (as its next occurrence when typed without a year), moved to the last one before today
 * when the words around it say it has gone by and it lies ahead. Undefined when nothing was read.
 */
export function yearAsSaid(
  parts: Parts | undefined,
  folded: string,
  match: RegExpMatchArray,
  today: Civil,
): Parts | undefined {
  if (!parts || !saidAsPast(folded, match)) return parts;
  const ahead =
    parts.year * 10000 + parts.month * 100 + parts.day > today.year * 10000 + today.month * 100 + today.day;
  return ahead ? { ...parts, year: parts.year - 1 } : parts;
}

/** The last day of a month. */
export const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether the parts name a real day (in the years the bot deals with). */
export function isRealDate({ year, month, day }: Parts): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2100) return false;
  return day <= lastDay(year, month);
}

/** The parts as YYYY-MM-DD. */
export function toIso({ year, month, day }: Parts): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
