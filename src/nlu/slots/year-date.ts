import type { DateSlot } from "./dates.ts";

// "năm 2025", "năm ngoái", "năm trước", "in 2025", "last year": the year of the payment, not a day in it.
const YEAR = /\b(?:nam|in|year|for) (20\d{2})\b/;
// ("4 năm rồi", "2 năm trước" with a count is how long something has gone on, not last year.)
const LAST_YEAR =
  /(?<!\b(?:\d{1,2}|mot|hai|ba|bon|nam|sau|may|vai|nhieu) )\b(?:nam ngoai|nam truoc|nam roi|last year)\b/;
const NEXT_YEAR = /\b(?:nam sau|nam toi|sang nam|next year)\b/;

/**
 * The payment date a year names, from folded text: a past year is read on its 1 July (the date the base salary
 * usually changes), next year on its 1 January, this year as today. Undefined when no year is named.
 */
export function yearDateOf(folded: string, today: string): DateSlot | undefined {
  const thisYear = Number(today.slice(0, 4));
  const named = YEAR.exec(folded)?.[1];
  const year = named
    ? Number(named)
    : LAST_YEAR.test(folded)
      ? thisYear - 1
      : NEXT_YEAR.test(folded)
        ? thisYear + 1
        : undefined;
  if (year === undefined) return undefined;
  const typed = named ? `năm ${named}` : (LAST_YEAR.exec(folded)?.[0] ?? NEXT_YEAR.exec(folded)?.[0] ?? "");
  if (year === thisYear) return { iso: today, typed };
  return { iso: year < thisYear ? `${year}-07-01` : `${year}-01-01`, typed };
}
