import { coveredElsewhereMentions } from "./insured-members.ts";
import { describedPupils } from "./kids-described.ts";
import { presumedPupilsOf } from "./presumed-pupils.ts";
import { AT_SCHOOL } from "./school-age-children.ts";

/** Pupils and university students a household story names, who buy their card through the school. */
export interface SchoolCards {
  pupils: number;
  students: number;
}

// "con trai học đại học", "a student at the university": a student, whom a province's level for pupils leaves out.
const AT_UNIVERSITY =
  /\b(?:sinh vien|sv|dai hoc|cao dang|trung cap|university|uni|college|undergraduate|students?)\b/;
// A clause about work or a pension is not about a school card, even when "trường" is the workplace.
const AT_WORK =
  /\b(?:giao vien|teachers?|day (?:hoc )?(?:o |tai )?truong|di lam|cong ty|cty|luong huu|pension|nghi huu|ve huu|truong (?:dong|mua|tra) (?:bhyt |bao hiem |the )?cho (?:toi|minh|tui))\b/;

// "2 đứa con 8 tuổi học lớp 3 và 3 tuổi": of the children counted with their ages, those under 6 are not at school.
const CHILD_AGE = /\b(\d{1,2}) ?(?:tuoi|t|years? old|yo)\b/g;
const SCHOOL_AGE = 6;
const AGE_AFTER = /^\s*(?:,|va|and)\s*\d{1,2} ?(?:tuoi|t|years? old)\b/;
function atSchoolAge(clause: string, count: number): number {
  const ages = [...clause.matchAll(CHILD_AGE)].map((m) => Number(m[1]));
  return ages.length === count ? ages.filter((age) => age >= SCHOOL_AGE).length : count;
}

/**
 * Of the people a folded household story says are insured elsewhere, those at school or university: their card is
 * paid through the school, beside the household's sum. Undefined when the story names none.
 */
export function schoolCardsOf(
  folded: string,
  mentions = coveredElsewhereMentions(folded),
  withPresumed = true,
): SchoolCards | undefined {
  const cards: SchoolCards = { pupils: 0, students: 0 };
  for (const mention of mentions) {
    const clause = folded.slice(mention.start, mention.end);
    if (AT_WORK.test(clause)) continue;
    if (AT_UNIVERSITY.test(clause)) cards.students += mention.count;
    // ("2 con 8t học lớp 3 và 3t": the last age, after "và", ends the clause read.)
    else if (AT_SCHOOL.test(clause))
      cards.pupils += atSchoolAge(
        `${clause}${AGE_AFTER.exec(folded.slice(mention.end))?.[0] ?? ""}`,
        mention.count,
      );
  }
  // …and, unless only those said to be at school are wanted, children of school age named only by age.
  if (withPresumed) cards.pupils += presumedPupilsOf(folded).count;
  // "our kids are in grade 2 and 4 years old": those described in a grade.
  cards.pupils += describedPupils(folded, mentions);
  return cards.pupils + cards.students > 0 ? cards : undefined;
}
