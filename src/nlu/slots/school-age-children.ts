import type { CoveredMention } from "./insured-members.ts";
import { COUNT, countValue, UNIT_GAP } from "./numbers.ts";
import { SIBLINGS_COUNTED } from "./young-children.ts";

// Children of school age (6 to 17) are pupils almost always: schooling is compulsory to grade 9 and most go on, and a
// pupil's card is bought at school (Law on Health Insurance Art. 12), not on the household's ladder. A child named
// only by age is taken as a pupil, and the reply says so and how to count them in instead.
const FIRST_SCHOOL_AGE = 6;
const LAST_SCHOOL_AGE = 17;

// "thằng út 8 tuổi", "con gái 15 tuổi", "em trai 12 tuổi", "my son, 9", "a 10-year-old": a child with an age.
const CHILD_WITH_AGE = new RegExp(
  [
    `\\b(?:${COUNT}${UNIT_GAP})?(?:con|be|chau|dua|thang(?! \\d)|dua con|con trai|con gai|em trai|em gai|em ut|children|kids)\\b(?:\\s+\\w+){0,3}?\\s+(?<!\\b(?:duoi|tren|qua|hon|tu|den|under|over|below|above|from|lop|grade|class|cap|khoi|nam|year)\\s+)(\\d{1,2})(?:\\s*(?:tuoi|years? old)\\b(?! ?thang)|(?= (?:hoc|dang|di|o|da|chua|nghi|la)\\b|\\s*[,.;]))`,
    "\\b(?:son|daughter|boy|girl|kid|child|brother|sister)(?: who is| aged| of| is|,)? (\\d{1,2})\\b(?! ?(?:months?|thang|million|k\\b))",
    "\\b(\\d{1,2})[- ]year[- ]old\\b",
  ].join("|"),
  "g",
);

// "2 đứa 8 và 13 tuổi", "kids aged 7 and 11": several children's ages in one list, each a child (not "đứa 15 tuổi,
// 1 đứa 12 tuổi": a count of the next child).
const CHILD_AGE_LIST = new RegExp(
  `\\b(?:(?:${COUNT}${UNIT_GAP})?(?:dua con|con|be|chau|dua|kids|children|sons|daughters|boys|girls)|${SIBLINGS_COUNTED})(?: (?:nho|lon))?\\s*,?\\s*(?:(?:aged|ages|of|are|lan luot)\\s+)?(\\d{1,2}(?:\\s*(?:tuoi|years? old))?(?:\\s*(?:,|va|and|&|\\+)\\s*\\d{1,2}(?!\\s*(?:dua|be|chau|con|nguoi|kids?|children)\\b)(?:\\s*(?:tuoi|years? old))?)+)\\b`,
  "g",
);

// "đứa 15 tuổi nghỉ học đi làm thuê", "my son (16) left school": not a pupil, a member like the others.
/** Words that say a child is out of school ("nghỉ học", "không đi học", "dropped out"). */
export const NOT_AT_SCHOOL =
  /\b(?:nghi hoc|bo hoc|thoi hoc|khong (?:di )?hoc|ko (?:di )?hoc|chua (?:di )?hoc|o nha (?:phu|lam)|lam ruong|lam thue|di lam|phu (?:bo|me|ba|ma|gia dinh)|left school|dropped out|quit school|not (?:in|at|going to) school|doesn t go to school|does not go to school|isn t at school|works? (?:on|at|in|for))\b/;
/** Words that say someone is at school ("đang học lớp 3", "in grade 2"): a pupil, whose card is bought there. */
export const AT_SCHOOL =
  /\b(?:hoc sinh|dang hoc|di hoc|hoc lop|hoc cap|lop \d{1,2}|cap [123]|truong|pupil|in grade|grade \d{1,2}|school)\b/;
// An age in a clause: "10 tuổi", "đứa 10", "the 10-year-old".
const AGE_SAID =
  /\b(?:(\d{1,2})\s*(?:tuoi|years? old)|(?:dua|be|chau|con|thang) (\d{1,2})|(\d{1,2})[- ]year[- ]old)\b/g;
// A clause ends at a stop or where "và"/"and" brings in another person ("con 9 tuổi và em gái 17 tuổi nghỉ học").
const CLAUSE_END =
  /[,.;]| (?:va|voi|and) (?=(?:con|be|chau|dua|em|anh|chi|vo|chong|bo|me|ong|ba|my|our|his|her|the)\b)/g;

/** The children of school age a household story names only by age, with where each was read. */
export interface SchoolAgeChildren {
  count: number;
  ages: number[];
  spans: [number, number][];
}

const inSchoolAge = (age: number) => age >= FIRST_SCHOOL_AGE && age <= LAST_SCHOOL_AGE;

/**
 * Children aged 6 to 17 named in folded text, outside the clauses `covered` (people said already to be covered, at
 * school or elsewhere), whose own clause does not say they are out of school: taken as pupils.
 */
export function schoolAgeChildrenOf(folded: string, covered: readonly CoveredMention[]): SchoolAgeChildren {
  const found: SchoolAgeChildren = { count: 0, ages: [], spans: [] };
  const counted = covered.map((m): [number, number] => [m.start, m.end]);
  const seen = [...counted];
  // "hai con 4 và 10 tuổi (đứa 10 tuổi có bhyt trường)": an age said again where its card is named is that child.
  // …and so is an age said again as out of school ("2 đứa 9 và 16 tuổi, đứa 16 nghỉ học rồi").
  const outOfSchool = clausesOf(folded).filter((clause) => NOT_AT_SCHOOL.test(clause));
  const saidCovered = [...counted.map(([start, end]) => folded.slice(start, end)), ...outOfSchool].flatMap(
    (clause) => [...clause.matchAll(AGE_SAID)].map((m) => Number(m[1] ?? m[2] ?? m[3])),
  );
  const overlaps = (start: number, end: number) => seen.some(([s, e]) => start < e && s < end);
  const take = (match: RegExpMatchArray, ages: number[]) => {
    const start = match.index!;
    const end = start + match[0].length;
    if (overlaps(start, end)) return;
    seen.push([start, end]);
    const pupils = ages.filter((age) => {
      if (!inSchoolAge(age)) return false;
      const again = saidCovered.indexOf(age);
      if (again >= 0) saidCovered.splice(again, 1);
      return again < 0;
    });
    if (pupils.length === 0 || NOT_AT_SCHOOL.test(clauseAround(folded, start, end))) return;
    found.count += pupils.length;
    found.ages.push(...pupils);
    found.spans.push([start, end]);
  };
  // "our two girls are 9 and 14 and both at school", "our daughter, 9, in grade 4": pupils said at school with no
  // age of their own are among the children named by age.
  const unaged = covered
    .filter((m) => {
      const clause = folded.slice(m.start, m.end);
      return AT_SCHOOL.test(clause) && !new RegExp(AGE_SAID.source).test(clause);
    })
    .reduce((sum, m) => sum + m.count, 0);
  for (const match of folded.matchAll(CHILD_AGE_LIST)) take(match, match[2]!.match(/\d{1,2}/g)!.map(Number));
  for (const match of folded.matchAll(CHILD_WITH_AGE)) {
    const [, countA, ageA, ageB, ageC] = match;
    const age = Number(ageA ?? ageB ?? ageC);
    // "2 đứa 8 tuổi" (twins) are two; a count greater than that is no age list.
    const many = countValue(countA ?? "1") ?? 1;
    take(
      match,
      Array.from({ length: Math.min(many, 3) }, () => age),
    );
  }
  found.count = Math.max(0, found.count - unaged);
  return found;
}

const clausesOf = (folded: string) => folded.split(CLAUSE_END);

// The clause a match lies in: from the clause break before it to the one after it.
function clauseAround(folded: string, start: number, end: number): string {
  let from = 0;
  let to = folded.length;
  for (const cut of folded.matchAll(CLAUSE_END)) {
    if (cut.index! < start) from = cut.index! + cut[0].length;
    else if (cut.index! >= end) {
      to = cut.index!;
      break;
    }
  }
  return folded.slice(from, to);
}

const CHILD_IN_GRADE =
  /\b(?:con|be|chau|dua|thang|other|one|son|daughter|kid|child)\b(?:\s+\w+){0,2}?\s+(?:hoc |is in |in )?(?:lop|grade) (\d{1,2})\b/g;
const GRADE_ONE_AGE = 6;
const MORE_AGES = /^(?:\s*(?:,|va|and|&|\+)\s*\d{1,2}\s*(?:tuoi|years? old)\b)+/;

/** Every child's age a message lists ("2 con 7 tuổi và 2 tuổi", "my kids are 8 and 3"), school age or not, in order. */
export function childAgesOf(folded: string): number[] {
  const found: { at: number; ages: number[] }[] = [];
  const seen: [number, number][] = [];
  const take = (match: RegExpMatchArray, ages: number[]) => {
    const start = match.index!;
    const end = start + match[0].length;
    if (seen.some(([s, e]) => start < e && s < end)) return;
    seen.push([start, end]);
    found.push({ at: start, ages });
  };
  for (const match of folded.matchAll(CHILD_AGE_LIST)) take(match, match[2]!.match(/\d{1,2}/g)!.map(Number));
  for (const match of folded.matchAll(CHILD_WITH_AGE)) {
    // "our kids are 3 and 8 (the 8-year-old is in grade 3)": a child of the list, named again.
    const again = Number(match[2] ?? match[3] ?? match[4]);
    if (/\bthe $/.test(folded.slice(0, match.index)) && found.some((list) => list.ages.includes(again)))
      continue;
    // "con tôi 8 tuổi và 3 tuổi": the ages said after the first are its brothers' and sisters'.
    const more = MORE_AGES.exec(folded.slice(match.index! + match[0].length))?.[0].match(/\d{1,2}/g) ?? [];
    take(match, [Number(match[2] ?? match[3] ?? match[4]), ...more.map(Number)]);
  }
  // "1 đứa học lớp 1", "the other is in grade 3" with no age: a pupil, of the grade's usual age (grade 1 at 6).
  for (const match of folded.matchAll(CHILD_IN_GRADE)) take(match, [Number(match[1]) + GRADE_ONE_AGE - 1]);
  return found
    .sort((a, b) => a.at - b.at)
    .flatMap((list) => list.ages.filter((age) => age <= LAST_SCHOOL_AGE));
}
