import { YOUNG_CHILD, YOUNG_CHILD_EN } from "./young-children.ts";

// "our kids are in grade 2 and 4 years old": children with no count, described one by one. Each description is a
// child, and one whose age is under 6 is a young child the state insures.
const KIDS_DESCRIBED =
  /\b(?:(?:our|my|the) )?(?<!\b(?:\d{1,2}|one|two|three|four|five|six) )(?:kids|children)(?: are| ?,| :)? ((?:one )?(?:in grade \d{1,2}|at school|a baby|a toddler|aged \d{1,2}|\d{1,2}(?: years? old)?)(?:(?: ?,| and| &| ?, and) (?:the other |one )?(?:in grade \d{1,2}|at school|a baby|a toddler|aged \d{1,2}|\d{1,2}(?: years? old)?))+)\b/g;
const YOUNG_ITEM = /^(?:(?:the other |one )?(?:(?:aged )?[0-5](?: years? old)?|a baby|a toddler))$/;
const PUPIL_ITEM = /^(?:the other |one )?(?:in grade \d{1,2}|at school)$/;

/** Children described one by one after "our kids are" (folded English): how many, how many under 6, and where. */
export interface DescribedKids {
  count: number;
  young: number;
  /** Those said to be in a grade or at school: pupils, whose card is bought at school. */
  pupils: number;
  start: number;
  end: number;
}

/**
 * The lists of children described one by one in folded text, less the children in them that the age readings take
 * already ("our kids, one in grade 3, one aged 2": the 2-year-old is read as a young child; the pupil is left here).
 */
export function kidsDescribed(folded: string): DescribedKids[] {
  const read = [...folded.matchAll(YOUNG_CHILD), ...folded.matchAll(YOUNG_CHILD_EN)];
  return [...folded.matchAll(KIDS_DESCRIBED)]
    .map((m) => {
      const items = m[1]!.split(/ ?, and | ?,| and | & /).map((item) => item.trim());
      const start = m.index!;
      const end = start + m[0].length;
      const inside = read.filter((r) => r.index! < end && start < r.index! + r[0].length);
      // ("our kids are 4 and 9, …": an age list read already holds both children.)
      if (inside.some((r) => r[4] !== undefined)) return { count: 0, young: 0, pupils: 0, start, end };
      const taken = inside.length;
      const young = items.filter((i) => YOUNG_ITEM.test(i)).length;
      return {
        count: Math.max(Math.min(items.length, 4) - taken, 0),
        young: Math.max(young - taken, 0),
        pupils: items.filter((i) => PUPIL_ITEM.test(i)).length,
        start,
        end,
      };
    })
    .filter((kids) => kids.count > 0);
}

/** Pupils of the described lists that no mention of someone insured elsewhere (`spans`) covers already. */
export function describedPupils(folded: string, spans: readonly { start: number; end: number }[]): number {
  return kidsDescribed(folded)
    .filter((kids) => !spans.some((m) => m.start < kids.end && kids.start < m.end))
    .reduce((sum, kids) => sum + kids.pupils, 0);
}
