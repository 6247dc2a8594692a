import { countValue } from "./numbers.ts";

// The ages said right after a count of children ("2 con 10 và 7 tuổi"): with as many as the count, a child named
// later with another age is one more.
const AGES_AFTER = /^\s*(\d{1,2}(?:\s*(?:,|va|and|&)\s*\d{1,2})*)\s*(?:tuoi|years? old)\b/;
/** Whether `child`, named after a count of children with all their ages, is one more than those counted. */
export function anotherChild(folded: string, count: RegExpMatchArray, child: string): boolean {
  const ages: string[] =
    AGES_AFTER.exec(folded.slice(count.index! + count[0].length))?.[1]?.match(/\d{1,2}/g) ?? [];
  const age = /(\d{1,2})\s*(?:tuoi|thang tuoi|years? old)/.exec(child)?.[1];
  return ages.length === countValue(count[1]!) && age !== undefined && !ages.includes(age);
}

// "2 đứa con, 1 đứa 15 tuổi…, 1 đứa 12 tuổi…": smaller counts after a count of children are among them, unless the
// first was told apart ("2 đứa lớn, 1 đứa nhỏ") or the later says more ("1 đứa nữa").
const APART_AFTER = /^\s*(?:lon|nho|trai|gai|ut|ca|nua|them|khac|older|younger|big|little)\b/;
const SHARED_AGE = /^\s*(?:(?:sinh doi|song sinh|twins?) )?(\d{1,2}) ?(?:tuoi|thang tuoi|years? old)\b/;
/** Whether a count of children is among a larger count said before it. */
export function amongEarlierCount(
  folded: string,
  m: RegExpMatchArray,
  all: readonly RegExpMatchArray[],
): boolean {
  const n = countValue(m[1]!) ?? 0;
  const after = (c: RegExpMatchArray) => folded.slice(c.index! + c[0].length);
  // ("2 bé sinh đôi 2 tuổi và 1 bé 7 tuổi": the first count's one age, and another age after: another child.)
  const ageOf = (c: RegExpMatchArray) => SHARED_AGE.exec(after(c))?.[1];
  const otherAge = (c: RegExpMatchArray) =>
    ageOf(c) !== undefined && ageOf(m) !== undefined && ageOf(c) !== ageOf(m);
  return (
    !APART_AFTER.test(after(m)) &&
    all.some(
      (c) =>
        c.index! < m.index! && (countValue(c[1]!) ?? 0) > n && !APART_AFTER.test(after(c)) && !otherAge(c),
    )
  );
}
