import { YOUNG_CHILD, YOUNG_CHILD_EN } from "./young-children.ts";

// "our kids are in grade 2 and 4 years old": children with no count, described one by one. Each description is a
// child, and one whose age is under 6 is a young child the state insures.
const KIDS_DESCRIBED =
  /\b(?:our|my) (?:kids|children)(?: are| ,)? ((?:one )?(?:in grade \d{1,2}|at school|a baby|a toddler|\d{1,2}(?: years? old)?)(?:(?: ,| and| &| , and) (?:the other |one )?(?:in grade \d{1,2}|at school|a baby|a toddler|\d{1,2}(?: years? old)?))+)\b/g;
const YOUNG_ITEM = /^(?:(?:the other |one )?(?:[0-5](?: years? old)?|a baby|a toddler))$/;

/** Children described one by one after "our kids are" (folded English): how many, how many under 6, and where. */
export interface DescribedKids {
  count: number;
  young: number;
  start: number;
  end: number;
}

/** The lists of children described one by one in folded text that no age-list reading has taken already. */
export function kidsDescribed(folded: string): DescribedKids[] {
  const read = [...folded.matchAll(YOUNG_CHILD), ...folded.matchAll(YOUNG_CHILD_EN)];
  return [...folded.matchAll(KIDS_DESCRIBED)]
    .map((m) => {
      const items = m[1]!.split(/ , and | ,| and | & /).map((item) => item.trim());
      const start = m.index!;
      return {
        count: Math.min(items.length, 4),
        young: items.filter((i) => YOUNG_ITEM.test(i)).length,
        start,
        end: start + m[0].length,
      };
    })
    .filter((kids) => !read.some((r) => r.index! < kids.end && kids.start < r.index! + r[0].length));
}
