// The year of a date typed without one, when the words around it say it has gone by.
type Parts = { year: number; month: number; day: number };
type Civil = Parts;

// "hết hạn ngày 30/11 vừa rồi", "my card expired in October": a date said as gone by.
const PAST_BEFORE =
  /\b(?:expired|ran out|lapsed|ended|da het han|het han (?:tu|hoi|roi)|het han tu hoi|da het|hoi)\s+(?:on |in |at the end of |ngay |vao |tu |hoi |thang |cuoi |the )*$/;
const PAST_AFTER = /^\s*(?:vua roi|vua qua|(?:nam nay )?roi\b|last year|ago\b)/;
// A year, or words for one, typed with the date: then the date is as typed.
const YEAR_SAID = /\d{4}|nam (?:sau|toi|nay|ngoai)|sang nam|next year|this year/;
/** Whether the date matched in folded text is said as gone by ("30/11 vừa rồi", "expired in October"). */
export const saidAsPast = (folded: string, match: RegExpMatchArray) =>
  !YEAR_SAID.test(match[0]) &&
  (PAST_BEFORE.test(folded.slice(Math.max(0, match.index! - 40), match.index)) ||
    PAST_AFTER.test(folded.slice(match.index! + match[0].length)));

/** A date read as its next occurrence, moved to the last one before today when it lies ahead. */
export function lastBefore(parts: Parts, today: Civil): Parts {
  const ahead =
    parts.year * 10000 + parts.month * 100 + parts.day > today.year * 10000 + today.month * 100 + today.day;
  return ahead ? { ...parts, year: parts.year - 1 } : parts;
}
