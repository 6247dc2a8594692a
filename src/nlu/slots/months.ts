import { COUNT, countValue, UNIT_GAP } from "./numbers.ts";

const SPANS: [RegExp, number][] = [
  // ("per semester", "theo học kỳ": a school pays in halves of the year.)
  [
    /\b(?:nua nam|half a year|half year|six months(?! old)|6 thang(?! tuoi)|per semester|each semester|a semester|by semester|theo hoc ky|moi hoc ky|tung hoc ky)\b/,
    6,
  ],
  [
    /\b(?:ca nam|mot nam|1 nam|tron nam|moi nam|hang nam|12 thang|a year|for the year|one year|1 year|full year|whole year|per year|each year|yearly|annual(?:ly)?)\b/,
    12,
  ],
  [/\b(?:mot quy|1 quy|theo quy|tung quy|hang quy|moi quy|quarter(?:ly)?|three months)\b/, 3],
];
// "đóng 3 tháng", "6 th", "for 3 months", "6 more months"; not "tháng 3" (a month's name), "3 tháng tuổi" (an age) nor
// "sau tháng 7" ("after July": "sau" is also six). "3 tháng 1 lần" is every 3 months, not "tháng 1" (January).
const COUNTED = new RegExp(
  `\\b${COUNT}(?:${UNIT_GAP}|-)(?:more\\s+)?(?:thang|th(?! (?:person|member|people|one|child|kid|grade|year|day))|months?)\\b(?![- ]*(?:tuoi|old|\\d(?! (?:lan|lần)\\b)))`,
  "g",
);

// "bé mới sinh được 2 tháng", "cháu được 5 tháng", "bé út 7 tháng", "chăm bé 8 tháng": an age since birth.
const AGED =
  /\b(?:aged|who s|baby|son|daughter|toddler)(?: is| s)?\s*$|\b(?:sinh(?! vien)|de|ra doi|born)(?: \w+){0,2}? (?:duoc|dc)\s*$|\b(?:be|chau|con|em be)(?: \w+){0,2}? (?:duoc|dc|moi|moi duoc|chi moi)\s*$|\b(?:em be|be|con|chau) (?:nho|ut|moi sinh|so sinh|be|moi de)\s*$|\b(?:em be|be)\s*$|\b(?:cham|nuoi|trong|sinh) (?:con|chau)\s*$/;

const STORY_SPAN_BEFORE =
  /\b(?:tro cap(?: that nghiep)?|that nghiep|thai san|mang thai|co thai|co bau|bau|nghi (?:sinh|thai san|om)|unemployment(?: benefits?)?|benefits? for|allowance for|maternity leave|pregnant for)(?: \w+){0,1}\s*$/;
const STORY_SPAN_AFTER =
  /^\s*(?:pregnant|along|of pregnancy|into (?:the|my) pregnancy|tro cap|that nghiep)\b/;

/** How many months the message wants to pay for, from folded text (any count; the calculator checks it). */
export function monthsOf(folded: string): number | undefined {
  for (const match of folded.matchAll(COUNTED)) {
    if (inStory(folded, match) || periodAskedBesideYear(folded, match)) continue;
    const n = countValue(match[1]!);
    // "bao nhiêu một tháng" asks the monthly amount: one month is a rate, not a period to pay.
    if (n && n >= 2 && n <= 60) return n;
  }
  for (const [pattern, months] of SPANS) {
    const match = pattern.exec(folded);
    if (match && !inStory(folded, match) && !periodAskedBesideYear(folded, match)) return months;
  }
  return undefined;
}

// "tổng bao nhiêu 1 năm? đóng 6 tháng một lần được không", "per year? can we pay every 6 months": how often one may pay, asked beside the year's sum asked.
const ONCE_EVERY = /^\s*(?:1|mot) lan\b/;
const YEAR_ASKED = /\b(?:1 nam|mot nam|ca nam|12 thang|a year|one year|1 year|per year)\b/;
function periodAskedBesideYear(folded: string, match: RegExpMatchArray): boolean {
  const every =
    ONCE_EVERY.test(folded.slice(match.index! + match[0].length)) ||
    /\bevery\s*$/.test(folded.slice(0, match.index));
  return every && YEAR_ASKED.test(folded);
}

// A span of the story, not of paying: "our son aged 10 months", "a baby 8 months old" (an age); "lãnh trợ cấp thất
// nghiệp 3 tháng", "đang bầu 6 tháng", "7 months pregnant" (how long something lasts).
function inStory(folded: string, match: RegExpExecArray | RegExpMatchArray): boolean {
  const before = folded.slice(0, match.index);
  const after = folded.slice(match.index! + match[0].length);
  return AGED.test(before) || STORY_SPAN_BEFORE.test(before) || STORY_SPAN_AFTER.test(after);
}
