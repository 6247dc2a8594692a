import { COUNT, countValue, UNIT_GAP } from "./numbers.ts";

// Children under 6 are insured by the state, so a household's count leaves them out. An age of 6 or more is a pupil
// or a member like the others.
/** A young child named with an age under 6 ("có 1 bé 2 tuổi", "2 cháu dưới 6 tuổi", "a 3-year-old"). */
export const YOUNG_CHILD = new RegExp(
  [
    `\\b(?:${COUNT}${UNIT_GAP})?(?:be|chau|con|dua|tre|children|kids)(?:\\s+\\w+){0,2}?\\s+(duoi) (?:6|sau) tuoi\\b`,
    `\\b(?:${COUNT}${UNIT_GAP})?(?:em be|be|chau|con|dua|tre|thang cu|thang be|thang nhoc|nhoc|em gai|em trai|em ut|baby|child|kid)\\b(?:\\s+(?!(?:1|mot)\\b)\\w+){0,3}?(?:\\s+hoc mau giao)?\\s+(\\d)\\s*(?:tuoi|thang tuoi|years? old)\\b`,
    "\\b(?:child|kid|baby) (?:of|aged) (\\d)\\b",
    "\\b(\\d)[- ]year[- ]old\\b",
    // "bé nhỏ 8 tháng": a baby's months ("con 3 tháng" alone may be a payment's months).
    // "bé nhà em mới 2 tháng": a baby said to be only so many months.
    // ("bé 18 tháng." at a list's end: a baby's age, the months said alone.)
    "\\b(?:(?:em be|be|con|chau) (?:nho|ut|moi sinh|so sinh|be|moi de|(?:nha (?:e|em|minh|toi|tui) )?(?:moi|chi moi|duoc)) |(?:em be|be) (?=\\d{1,2} thang\\s*(?:[,.;]|$|va\\b)))(\\d{1,2}) thang\\b(?! tuoi)",
  ].join("|"),
  "g",
);

// "a 10-year-old", "con 15 tuổi", "cháu 7 tuổi", "bé lớn 11 tuổi", "con gái 9 tuổi": an older child named by age only
// ("con gái 17 học lớp 11": the age without its unit, before what the child does; "cuối tháng 8" is a month).
/** An older child (6 to 29) named by age only, for counting members (global: a fresh match list each use). */
export const TEEN_BY_AGE =
  /\b1\d[- ]year[- ]old\b|\b(?:con|chau|dua|be|thang(?! (?:[6-9]|1\d|2\d)(?! tuoi)))(?: (?:gai|trai|lon|nho|ut|ca|noi|ngoai))?(?: (?:toi|em|minh|tui))? (?:[6-9]|1\d|2\d)(?: tuoi\b|(?= (?:hoc|dang|di|lam|o|da|chua|nghi|la)\b|\s*[,.;]))/g;

/** A young child in English ("a toddler who is 2", "a 7-month-old", "kids aged 3 and 5"). */
export const YOUNG_CHILD_EN =
  /\b(?:toddler|baby|child|kid|son|daughter|boy|girl|sister|brother|youngest|little one|one(?= (?:aged|who is|who s|is)\b))(?: ,(?= [0-5] ,)| who is| who s| aged| of| is)? (\d{1,2})(?: (years?|months?)(?: old)?)?\b|\b(\d{1,2})[- ]months?[- ]old\b|\b(?:kids|children|boys|girls|sons|daughters) ,? ?(?:aged |of |are )?(\d{1,2})(?: years? old)?(?: , (?:in )?grade \d{1,2} ,)? (?:and|&|,) (\d{1,2})\b|\b(newborn|new born|infant)\b/g;

// ("our daughter (5)": a young child's age in brackets, folded to "daughter , 5 ,".)
// ("kids 12 (grade 7) and 5": a grade in brackets may follow an age.)
// "3 con 2 tuổi, 8 tuổi và 12 tuổi", "3 kids aged 2, 8 and 12", "hai con 3 và 9 tuổi": children listed with their
// ages; each age is one child ("3 con 2 tuổi" followed by more ages is not three two-year-olds).
// "1 bé 3 tuổi và 2 đứa đang học": a number before a noun counts people, it is no age.
/** "bố mẹ 45, 43; 2 em 10 và 4 tuổi": a writer's younger brothers and sisters, counted, listed like children. */
export const SIBLINGS_COUNTED = "(?:2|3|4|hai|ba|bon) (?:dua )?em(?: (?:trai|gai))?";
const NOT_A_COUNT =
  "(?!\\s*(?:dua|con|be|chau|nguoi|ng|kids?|children|child|sons?|daughters?|people|thang|nam|months?|years?(?! old)))";
const CHILD_AGE_LIST = new RegExp(
  `\\b(?:(?:${COUNT}${UNIT_GAP})?(?:dua con|con|be|chau|dua|kids|children|sons|daughters|boys|girls)|${SIBLINGS_COUNTED})(?: (?:nho|lon|nha (?:toi|em|minh)))?\\s*,?\\s*(?:(?:aged|ages|of|are|lan luot)\\s+)?(\\d{1,2}(?:\\s*(?:tuoi|years? old))?(?:\\s*(?:,|va|and|&)\\s*\\d{1,2}(?:\\s*(?:tuoi|years? old))?${NOT_A_COUNT})+)`,
  "g",
);

/** The ages of children listed together ("hai con 3 và 9 tuổi" → [3, 9]), each with where its list lies. */
function childAgeLists(folded: string): { ages: number[]; start: number; end: number }[] {
  return [...folded.matchAll(CHILD_AGE_LIST)].map((m) => ({
    ages: m[2]!.match(/\d{1,2}/g)!.map(Number),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

/** How many children under 6 folded text names, outside the spans `counted` (already counted as covered). */
export function youngChildren(folded: string, counted: readonly [number, number][]): number {
  // A list inside a clause counted already ("2 con 3 tuổi và 8 tuổi học lớp 3" said to be at school) is counted there.
  // (…but a list that only runs on into the clause, "kids are 4 and 8 , the 8 year old is in grade 3", is not.)
  const lists = childAgeLists(folded).filter(
    (list) => !counted.some(([start, end]) => list.start < end && start <= list.start),
  );
  let young = lists.reduce((sum, list) => sum + list.ages.filter((age) => age < 6).length, 0);
  // "3 con 10, 7 và 4 tuổi…, bé 4 tuổi có phải mua không": a young child of a list, named again by the same age.
  const listedYoung = lists.flatMap((list) => list.ages.filter((age) => age < 6));
  const namedAgain = (age: number) => {
    const at = listedYoung.indexOf(age);
    if (at >= 0) listedYoung.splice(at, 1);
    return at >= 0;
  };
  const seen = [...counted, ...lists.map((list): [number, number] => [list.start, list.end])];
  const overlaps = (match: RegExpMatchArray) =>
    seen.some(([start, end]) => match.index! < end && start < match.index! + match[0].length);
  for (const match of folded.matchAll(YOUNG_CHILD)) {
    if (overlaps(match)) continue;
    seen.push([match.index!, match.index! + match[0].length]);
    const [, countB, under, countA, ageA, ageC, ageD] = match;
    const age = under ? 0 : Number(ageA ?? ageC ?? ageD);
    // "con 3 tháng tuổi" is months: a baby.
    const count = countValue(countA ?? countB ?? "1") ?? 1;
    if (count === 1 && !under && namedAgain(age)) continue;
    if (age < 6 || /thang tuoi|\d thang$/.test(match[0])) young += count;
  }
  for (const match of folded.matchAll(YOUNG_CHILD_EN)) {
    if (overlaps(match)) continue;
    const [, age, unit, monthsOld, first, second, newborn] = match;
    if (newborn !== undefined) young += 1;
    else if (first !== undefined) young += [first, second].filter((a) => Number(a) < 6).length;
    else if (monthsOld !== undefined) young += Number(monthsOld) < 72 ? 1 : 0;
    else young += (unit?.startsWith("month") ? Number(age) < 72 : Number(age) < 6) ? 1 : 0;
  }
  return young;
}
