import { LARGEST_HOUSEHOLD } from "../../policy/contribution/contribution-types.ts";
import { COUNT, countValue } from "./numbers.ts";

const PEOPLE = "(?:nguoi|ng|thanh vien|tv|nhan khau|khau|people|persons|members|person)";
// "nhà 4 người", "gia đình mình 5 thành viên", "4 người", "family of four", "household of 3".
const TOTAL = [
  new RegExp(`\\b${COUNT}\\s*${PEOPLE}\\b`, "g"),
  new RegExp(`\\b(?:family|household) of ${COUNT}\\b`, "g"),
];
// Members named in pairs or with a count: "2 vợ chồng và 2 con", "bố mẹ và 3 đứa con".
const PAIRS = /\b(?:2 |hai )?(?:vo chong|bo me|ba me|cha me|ong ba|my wife and i|my husband and i)\b/g;
const CHILDREN = new RegExp(`\\b${COUNT}\\s*(?:dua con|dua nho|chau|con|be|kids|children|child)\\b`, "g");

/** How many people the message says the household has, from folded text. */
export function householdSizeOf(folded: string): number | undefined {
  for (const pattern of TOTAL) {
    for (const match of folded.matchAll(pattern)) {
      // "2 người đã có thẻ" counts the insured, not the household.
      if (/^\s*(?:da co|cung da co|already)/.test(folded.slice(match.index! + match[0].length))) continue;
      const n = countValue(match[1]!);
      if (n && n <= LARGEST_HOUSEHOLD) return n;
    }
  }
  const pairs = [...folded.matchAll(PAIRS)].length;
  const children = [...folded.matchAll(CHILDREN)].reduce((sum, m) => sum + (countValue(m[1]!) ?? 0), 0);
  if (pairs === 0 || pairs * 2 + children > LARGEST_HOUSEHOLD) return undefined;
  return pairs * 2 + children;
}

// "Just me": one person, though no number is typed.
const ALONE = /\b(?:minh toi|mot minh|1 minh|chi minh toi|just me|only me|myself)\b/;
const ANY_COUNT = new RegExp(`\\b${COUNT}\\b`, "g");
const SHORT_REPLY_WORDS = 5;
// "đóng 12 tháng", "2 năm", "7 triệu", "72 tuổi": a count with a unit of its own is not a number of people.
const OTHER_UNIT = new RegExp(
  `\\b${COUNT}\\s*(?:thang|nam|trieu|tr|cu|k|nghin|ngan|tuoi|ngay|lan|quy|months?|years?|days?)\\b`,
);

/**
 * A brief answer to "how many people?" ("nhà có 5", "5 đứa", "4 mạng", "có 3", "mình tôi"): its only count, when the
 * message is at most five words. Read only while that question waits, so "5" elsewhere is never taken for people.
 */
export function shortMembersReplyOf(folded: string): number | undefined {
  if (folded.split(/\s+/).filter(Boolean).length > SHORT_REPLY_WORDS) return undefined;
  if (ALONE.test(folded)) return 1;
  if (OTHER_UNIT.test(folded)) return undefined;
  const counts = [...folded.matchAll(ANY_COUNT)].map((m) => countValue(m[1]!));
  const [only] = counts;
  return counts.length === 1 && only && only <= LARGEST_HOUSEHOLD ? only : undefined;
}

// "2 người đã có thẻ", "1 đứa có bhyt ở trường rồi", "2 of them already have insurance". Needs a cue that the card
// is already there ("đã", "rồi", "already"), so "nhà 4 người có bảo hiểm y tế hộ gia đình" is not read as 4 insured;
// a number written as a word needs its noun, so "ba có thẻ hưu trí rồi" (dad) is not 3.
const INSURED_NOUN = "(?:nguoi|ng|dua|chau|be|of them|people|members)";
const INSURED_VERB = "(?:da co|cung da co|co|already have|already has|have|has)";
const INSURED_OBJECT = "(?:the|bhyt|bao hiem|insurance|a card|cards)";
const OTHER_SUBJECT = "(?:nhung|ma|but|chong|vo|bo|me|ong|husband|wife)";
const ALREADY_INSURED = [
  new RegExp(
    `\\b(\\d{1,2})\\s*${INSURED_NOUN}?\\s*(da co|cung da co|already have|already has)\\s*${INSURED_OBJECT}\\b`,
  ),
  // "1 đứa đang học cấp 3 có bhyt ở trường rồi": a few words may come between the people and their cover, but not
  // another subject ("nhà 4 người nhưng chồng em có bhyt công ty rồi": the husband has it, not the 4).
  new RegExp(
    `\\b${COUNT}\\s*${INSURED_NOUN}(?:\\s+(?!${OTHER_SUBJECT}\\b)\\w+){0,5}?\\s*${INSURED_VERB}\\s*${INSURED_OBJECT}\\b[^.?!]{0,40}\\b(?:roi|already)\\b`,
  ),
  new RegExp(
    `\\b${COUNT}\\s*${INSURED_NOUN}\\s*(?:da co|cung da co|already have|already has)\\s*${INSURED_OBJECT}\\b`,
  ),
];

// "chồng em có bhyt công ty rồi", "con em học lớp 3 thì đã có bảo hiểm ở trường rồi", "bố mẹ có thẻ hưu rồi": one
// relative, or a pair, named instead of counted.
const ONE_RELATIVE = "(?:chong|vo|bo|me|ma|ong|con|con trai|con gai|husband|wife|dad|mum|mom|son|daughter)";
const TWO_RELATIVES = "(?:bo me|ba me|ong ba|vo chong|2 vo chong|hai vo chong|parents|grandparents)";
const RELATIVE_INSURED = (who: string) =>
  new RegExp(
    `(?:^|[,.;]|\\b(?:con|va|voi|nhung|ma|and|but))\\s*(?:(?:my|our) )?${who}(?: (?:em|toi|tui|minh|my))?\\b[^.,;?!]{0,30}?\\b(?:(?:da co|cung da co|already (?:has|have))\\s*${INSURED_OBJECT}\\b|(?:co|has|have)\\s*${INSURED_OBJECT}\\b[^.,;?!]{0,40}\\b(?:roi|already)\\b)`,
  );
const NAMED_INSURED: [RegExp, number][] = [
  [RELATIVE_INSURED(TWO_RELATIVES), 2],
  [RELATIVE_INSURED(ONE_RELATIVE), 1],
];

// Children under 6 are insured by the state, so a household's count leaves them out: "có 1 bé 2 tuổi", "2 cháu dưới
// 6 tuổi", "a child of 2", "a 3-year-old". An age of 6 or more is a pupil or a member like the others.
const YOUNG_CHILD = new RegExp(
  [
    `\\b(?:${COUNT}\\s*)?(?:be|chau|con|dua|tre|children|kids)(?:\\s+\\w+){0,2}?\\s+(duoi) (?:6|sau) tuoi\\b`,
    `\\b(?:${COUNT}\\s*)?(?:em be|be|chau|con|dua|tre|baby|child|kid)\\b(?:\\s+\\w+){0,2}?\\s+(\\d)\\s*(?:tuoi|thang tuoi|years? old)\\b`,
    "\\b(?:child|kid|baby) (?:of|aged) (\\d)\\b",
    "\\b(\\d)[- ]year[- ]old\\b",
  ].join("|"),
  "g",
);

function youngChildren(folded: string, counted: readonly [number, number][]): number {
  let young = 0;
  for (const match of folded.matchAll(YOUNG_CHILD)) {
    const at = match.index!;
    if (counted.some(([start, end]) => at < end && start < at + match[0].length)) continue;
    const [, countB, under, countA, ageA, ageC, ageD] = match;
    const age = under ? 0 : Number(ageA ?? ageC ?? ageD);
    // "con 3 tháng tuổi" is months: a baby.
    if (age < 6 || /thang tuoi/.test(match[0])) young += countValue(countA ?? countB ?? "1") ?? 1;
  }
  return young;
}

/**
 * How many household members the message says are already insured elsewhere, from folded text: people with cover
 * through work, school or a pension, and children under 6 (the state pays for them) when the message counts the
 * household.
 */
export function insuredElsewhereOf(folded: string): number | undefined {
  let insured: number | undefined;
  const counted: [number, number][] = [];
  for (const pattern of [...ALREADY_INSURED, ...NAMED_INSURED.map(([p]) => p)]) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const named = NAMED_INSURED.find(([p]) => p === pattern)?.[1];
    insured = named ?? countValue(match[1]!);
    counted.push([match.index, match.index + match[0].length]);
    break;
  }
  const young = householdSizeOf(folded) !== undefined ? youngChildren(folded, counted) : 0;
  return young > 0 ? (insured ?? 0) + young : insured;
}
