import { type Civil, isRealDate, lastDay, type Parts, toIso, yearAsSaid } from "./date-parts.ts";

/** A date the message names: a real civil date, or what was typed when it is not one ("31/2/2027"). */
export type DateSlot = { iso: string; typed: string } | { invalid: string };

/** The English month names, January first (folded). */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const EN_MONTH = `(${MONTH_NAMES.join("|")}|${MONTH_NAMES.map((m) => m.slice(0, 3)).join("|")})`;

/** Where a date was read in the folded text, and whether its day was assumed ("tháng 6" → the 1st). */
export interface DateSpan {
  slot: DateSlot;
  index: number;
  length: number;
  dayAssumed: boolean;
}

// `dayAssumed`: the text names a month or a part of it, not a day, so the day is a reading of ours.
type Rule = {
  pattern: RegExp;
  read: (m: RegExpMatchArray, today: Civil) => Parts | undefined;
  dayAssumed?: true;
};

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
// A month named without a year means its next occurrence: in November, "tháng 7" is next July.
const nextOccurrence = (month: number, today: Civil) => (month >= today.month ? today.year : today.year + 1);
const monthIndex = (name: string) => MONTH_NAMES.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
// "cuối/đầu/giữa tháng", "end of/early/mid/late <month>": the day that part of the month is read as.
const dayIn = (part: string, year: number, month: number) =>
  /^(?:cuoi|end|late)$/.test(part) ? lastDay(year, month) : /^(?:giua|mid|middle)$/.test(part) ? 15 : 1;
const NEXT_YEAR_VI = "nam sau|nam toi|sang nam";
// A year after a month: "/2027", "năm 2027", "năm sau", "năm nay".
const VI_YEAR_TAIL = `(?:\\s*(?:[/-]|nam)\\s*(\\d{4})|\\s(${NEXT_YEAR_VI}|nam nay))?`;
const EN_YEAR_TAIL = "(?:,? (\\d{4})| (next year|this year))?";
const yearAfter = (digits: string | undefined, words: string | undefined, month: number, today: Civil) =>
  digits
    ? Number(digits)
    : words && /sau|toi|sang|next/.test(words)
      ? today.year + 1
      : words
        ? today.year
        : nextOccurrence(month, today);

// Folded text. The first rule that matches wins, most specific first.
const RULES: Rule[] = [
  {
    // "2027-01-31", as some phones and forms write it: year first.
    pattern: /\b(20\d\d)-(\d{1,2})-(\d{1,2})\b/,
    read: (m) => ({ day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) }),
  },
  {
    // Not "3/6/12 tháng" (a choice of periods).
    pattern:
      /(?<![\d/]\s*)\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})\b(?![/-]|\s*(?:thang|th|months?)\b)/,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]!) }),
  },
  {
    pattern: /\bngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?\b/,
    read: (m, today) => {
      const month = Number(m[2]);
      return { day: Number(m[1]), month, year: m[3] ? Number(m[3]) : nextOccurrence(month, today) };
    },
  },
  {
    pattern: new RegExp(`\\b(cuoi|dau|giua) thang (\\d{1,2})${VI_YEAR_TAIL}\\b`),
    read: (m, today) => partOfMonth(m[1]!, Number(m[2]), yearAfter(m[3], m[4], Number(m[2]), today)),
    dayAssumed: true,
  },
  {
    pattern: /\b(cuoi|dau|giua) thang (nay|sau|toi)\b/,
    read: (m, today) => {
      const month = m[2] === "nay" ? today : firstOfNextMonth(today);
      return partOfMonth(m[1]!, month.month, month.year);
    },
    dayAssumed: true,
  },
  {
    pattern: /\b(cuoi|dau) nam(?: (\d{4})| (nay|sau|toi))?\b|\b(cuoi|dau) (sang nam)\b/,
    read: (m, today) => partOfYear(m[1] ?? m[4]!, m[2], m[3] ?? m[5], today),
    dayAssumed: true,
  },
  {
    pattern: new RegExp(`\\b(end|beginning|start|middle) of (?:the month of )?${EN_MONTH}${EN_YEAR_TAIL}\\b`),
    read: (m, today) => {
      const month = monthIndex(m[2]!);
      return partOfMonth(m[1]!, month, yearAfter(m[3], m[4], month, today));
    },
    dayAssumed: true,
  },
  {
    pattern: new RegExp(`\\b(early|mid|late)[ -]${EN_MONTH}${EN_YEAR_TAIL}\\b`),
    read: (m, today) => {
      const month = monthIndex(m[2]!);
      return partOfMonth(m[1]!, month, yearAfter(m[3], m[4], month, today));
    },
    dayAssumed: true,
  },
  {
    pattern: /\b(end|beginning|start) of (?:the |this )?month\b/,
    read: (m, today) => partOfMonth(m[1]!, today.month, today.year),
    dayAssumed: true,
  },
  {
    pattern: /\b(end|beginning|start) of next month\b/,
    read: (m, today) => {
      const next = firstOfNextMonth(today);
      return partOfMonth(m[1]!, next.month, next.year);
    },
    dayAssumed: true,
  },
  {
    pattern:
      /\b(?:(end|beginning|start) of (?:the |this )?year|(end|beginning|start) of next year|(early) next year)\b/,
    read: (m, today) => partOfYear(m[1] ?? m[2] ?? m[3]!, undefined, m[2] || m[3] ? "next" : "this", today),
    dayAssumed: true,
  },
  {
    pattern: /\bthang (\d{1,2})\s*(?:[/-]|nam)\s*(\d{4})\b/,
    read: (m) => ({ day: 1, month: Number(m[1]), year: Number(m[2]) }),
    dayAssumed: true,
  },
  {
    pattern: /\bthang (\d{1,2}) (?:nam sau|nam toi|sang nam)\b/,
    read: (m, today) => ({ day: 1, month: Number(m[1]), year: today.year + 1 }),
    dayAssumed: true,
  },
  {
    pattern: /\bthang (\d{1,2}) nam nay\b/,
    read: (m, today) => ({ day: 1, month: Number(m[1]), year: today.year }),
    dayAssumed: true,
  },
  // "hồi tháng 5", "tháng 5 tôi đã đóng": a month gone by, the last one of that name.
  {
    pattern:
      /\bhoi thang (\d{1,2})\b(?!\s*(?:thang|tuoi|[/-]|nam \d))|^\s*thang (\d{1,2})\b(?=(?: \w+){0,3} (?:da|vua) (?:dong|mua|nop|gia han)\b)/,
    read: (m, today) => {
      const month = Number(m[1] ?? m[2]);
      return { day: 1, month, year: month <= today.month ? today.year : today.year - 1 };
    },
    dayAssumed: true,
  },
  {
    pattern: /\b(?:tu|den|vao|sang|toi|het|truoc|sau) thang (\d{1,2})\b(?!\s*(?:thang|tuoi))/,
    read: (m, today) => {
      const month = Number(m[1]);
      return { day: 1, month, year: nextOccurrence(month, today) };
    },
    dayAssumed: true,
  },
  {
    pattern: /(?<![\d/]\s*)\b(\d{1,2})\s*[/-]\s*(\d{1,2})\b(?!\s*(?:[/-]?\s*\d|thang|th\b|months?))/,
    read: (m, today) => {
      const month = Number(m[2]);
      return { day: Number(m[1]), month, year: nextOccurrence(month, today) };
    },
  },
  {
    pattern: new RegExp(`\\b${EN_MONTH} (?:of )?next year\\b`),
    read: (m, today) => ({ day: 1, month: monthIndex(m[1]!), year: today.year + 1 }),
    dayAssumed: true,
  },
  {
    pattern: new RegExp(`\\b(?:next )${EN_MONTH}\\b`),
    read: (m, today) => ({ day: 1, month: monthIndex(m[1]!), year: today.year + 1 }),
    dayAssumed: true,
  },
  {
    pattern: new RegExp(
      // (A day of the month only: "vợ 48 may đồ ở nhà" is an age and sewing, not a 48th of May.)
      `\\b(3[01]|[12]\\d|0?[1-9]) ${EN_MONTH}(?: (\\d{4}))?\\b|\\b${EN_MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`,
    ),
    read: (m, today) => {
      if (m[1]) {
        const month = monthIndex(m[2]!);
        return { day: Number(m[1]), month, year: m[3] ? Number(m[3]) : nextOccurrence(month, today) };
      }
      return { day: Number(m[5]), month: monthIndex(m[4]!), year: Number(m[6]) };
    },
  },
  {
    pattern: new RegExp(`\\b(?:from|in|by|until|before|after) ${EN_MONTH}(?: (\\d{4}))?\\b`),
    read: (m, today) => {
      const month = monthIndex(m[1]!);
      return { day: 1, month, year: m[2] ? Number(m[2]) : nextOccurrence(month, today) };
    },
    dayAssumed: true,
  },
  {
    // Not "mỗi tháng tôi đóng" (each month I pay).
    pattern: /(?<!\b(?:moi|hang|1|mot) )\b(?:thang sau|thang toi|next month)\b/,
    read: (_, today) => firstOfNextMonth(today),
    dayAssumed: true,
  },
  {
    pattern: /\b(?:nam sau|nam toi|sang nam|next year)\b/,
    read: (_, today) => ({ day: 1, month: 1, year: today.year + 1 }),
    dayAssumed: true,
  },
];

function firstOfNextMonth(today: Civil): Parts {
  return today.month === 12
    ? { day: 1, month: 1, year: today.year + 1 }
    : { day: 1, month: today.month + 1, year: today.year };
}

function partOfMonth(part: string, month: number, year: number): Parts {
  return { day: dayIn(part, year, month), month, year };
}

// "cuối năm" is this year's last day; "đầu năm" the next first of January (this year's has passed).
function partOfYear(
  part: string,
  digits: string | undefined,
  words: string | undefined,
  today: Civil,
): Parts {
  const end = /^(?:cuoi|end)$/.test(part);
  const year = digits
    ? Number(digits)
    : words
      ? /nay|this/.test(words)
        ? today.year
        : today.year + 1
      : end
        ? today.year
        : today.year + 1;
  return end ? { day: 31, month: 12, year } : { day: 1, month: 1, year };
}

/** The date a message names, read from folded text relative to `today` (YYYY-MM-DD). */
export function dateOf(folded: string, today: string): DateSlot | undefined {
  return dateSpanOf(folded, today)?.slot;
}

/** The date a message names and where it was read in the folded text, so a caller can take those words out. */
export function dateSpanOf(folded: string, today: string): DateSpan | undefined {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const civil = { year, month, day };
  // The first date in the message ("hết hạn 31/12 … ra viện giữa tháng 1": the expiry); readings of the same words
  // ("từ tháng 7/2026") are decided by the rules' order.
  let first: DateSpan | undefined;
  for (const rule of RULES) {
    const match = folded.match(rule.pattern);
    if (!match || (first && (match.index ?? 0) + match[0].length > first.index)) continue;
    const parts = yearAsSaid(rule.read(match, civil), folded, match, civil);
    if (!parts) continue;
    const typed = match[0].trim();
    const slot = isRealDate(parts) ? { iso: toIso(parts), typed } : { invalid: typed };
    first = { slot, index: match.index ?? 0, length: match[0].length, dayAssumed: Boolean(rule.dayAssumed) };
  }
  return first;
}

// "trước tháng 7", "trước 1/7", "before July": the end of the month before, in this year (a sum asked about the
// months before a change of rates, which in December lie in the past).
const BEFORE_MONTH = new RegExp(
  `\\b(?:truoc|before) (?:thang (\\d{1,2})|(?:ngay )?(?:1|01)\\s*[/-]\\s*(\\d{1,2})|${EN_MONTH})\\b(?!\\s*(?:[/-]\\s*\\d|nam \\d|\\d{4}|, \\d{4}|nam sau|next))`,
);

// "trước tháng 7/2025", "trước 1/7/2025", "before July 2025", "before 1 July 2025": the last day before that month.
const BEFORE_DATED_MONTH = new RegExp(
  `\\b(?:truoc|before) (?:thang (\\d{1,2})\\s*(?:[/-]|nam)\\s*(\\d{4})|(?:ngay )?0?1\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{4})|(?:1 )?${EN_MONTH},? (\\d{4}))\\b`,
);

/** The day before the first of a month named after "trước"/"before": this year's when no year is said. */
export function beforeMonthOf(folded: string, today: string): DateSlot | undefined {
  const dated = BEFORE_DATED_MONTH.exec(folded);
  const match = dated ?? BEFORE_MONTH.exec(folded);
  if (!match) return undefined;
  const [name, number, year] = dated
    ? [dated[5], dated[1] ?? dated[3], Number(dated[2] ?? dated[4] ?? dated[6])]
    : [match[3], match[1] ?? match[2], Number(today.slice(0, 4))];
  const month = name ? monthIndex(name) : Number(number);
  if (month < 1 || month > 12) return undefined;
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return { iso: toIso({ year: y, month: m, day: lastDay(y, m) }), typed: match[0].trim() };
}
