/** A date the message names: a real civil date, or what was typed when it is not one ("31/2/2027"). */
export type DateSlot = { iso: string; typed: string } | { invalid: string };

const MONTH_NAMES = [
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

type Rule = { pattern: RegExp; read: (m: RegExpMatchArray, today: Civil) => Parts | undefined };
type Civil = { year: number; month: number; day: number };
type Parts = { year: number; month: number; day: number };

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
// A month named without a year means its next occurrence: in November, "tháng 7" is next July.
const nextOccurrence = (month: number, today: Civil) => (month >= today.month ? today.year : today.year + 1);
const monthIndex = (name: string) => MONTH_NAMES.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;

// Folded text. The first rule that matches wins, most specific first.
const RULES: Rule[] = [
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
    pattern: /\bthang (\d{1,2})\s*(?:[/-]|nam)\s*(\d{4})\b/,
    read: (m) => ({ day: 1, month: Number(m[1]), year: Number(m[2]) }),
  },
  {
    pattern: /\bthang (\d{1,2}) (?:nam sau|nam toi|sang nam)\b/,
    read: (m, today) => ({ day: 1, month: Number(m[1]), year: today.year + 1 }),
  },
  {
    pattern: /\bthang (\d{1,2}) nam nay\b/,
    read: (m, today) => ({ day: 1, month: Number(m[1]), year: today.year }),
  },
  {
    pattern: /\b(?:tu|den|vao|sang|toi|het|truoc|sau) thang (\d{1,2})\b(?!\s*(?:thang|tuoi))/,
    read: (m, today) => {
      const month = Number(m[1]);
      return { day: 1, month, year: nextOccurrence(month, today) };
    },
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
  },
  {
    pattern: new RegExp(`\\b(?:next )${EN_MONTH}\\b`),
    read: (m, today) => ({ day: 1, month: monthIndex(m[1]!), year: today.year + 1 }),
  },
  {
    pattern: new RegExp(
      `\\b(\\d{1,2}) ${EN_MONTH}(?: (\\d{4}))?\\b|\\b${EN_MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`,
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
  },
  { pattern: /\b(?:thang sau|thang toi|next month)\b/, read: (_, today) => firstOfNextMonth(today) },
  {
    pattern: /\b(?:nam sau|nam toi|sang nam|next year)\b/,
    read: (_, today) => ({ day: 1, month: 1, year: today.year + 1 }),
  },
];

function firstOfNextMonth(today: Civil): Parts {
  return today.month === 12
    ? { day: 1, month: 1, year: today.year + 1 }
    : { day: 1, month: today.month + 1, year: today.year };
}

/** The date a message names, read from folded text relative to `today` (YYYY-MM-DD). */
export function dateOf(folded: string, today: string): DateSlot | undefined {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  for (const rule of RULES) {
    const match = folded.match(rule.pattern);
    if (!match) continue;
    const parts = rule.read(match, { year, month, day });
    if (!parts) continue;
    const typed = match[0].trim();
    return isRealDate(parts) ? { iso: toIso(parts), typed } : { invalid: typed };
  }
  return undefined;
}

function isRealDate({ year, month, day }: Parts): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2100) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso({ year, month, day }: Parts): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
