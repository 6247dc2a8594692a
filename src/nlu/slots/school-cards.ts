import { coveredElsewhereMentions } from "./insured-members.ts";

/** Pupils and university students a household story names, who buy their card through the school. */
export interface SchoolCards {
  pupils: number;
  students: number;
}

// "con lớn học lớp 10", "đứa út đang đi học", "my son is in grade 8": a pupil, whose card is bought at school.
const AT_SCHOOL =
  /\b(?:hoc sinh|dang hoc|di hoc|hoc lop|hoc cap|lop \d{1,2}|cap [123]|truong|pupil|in grade|grade \d{1,2}|school)\b/;
// "con trai học đại học", "a student at the university": a student, whom a province's level for pupils leaves out.
const AT_UNIVERSITY =
  /\b(?:sinh vien|sv|dai hoc|cao dang|trung cap|university|uni|college|undergraduate|students?)\b/;
// A clause about work or a pension is not about a school card, even when "trường" is the workplace.
const AT_WORK = /\b(?:giao vien|teacher|di lam|cong ty|cty|luong huu|pension|nghi huu|ve huu)\b/;

/**
 * Of the people a folded household story says are insured elsewhere, those at school or university: their card is
 * paid through the school, beside the household's sum. Undefined when the story names none.
 */
export function schoolCardsOf(
  folded: string,
  mentions = coveredElsewhereMentions(folded),
): SchoolCards | undefined {
  const cards: SchoolCards = { pupils: 0, students: 0 };
  for (const mention of mentions) {
    const clause = folded.slice(mention.start, mention.end);
    if (AT_WORK.test(clause)) continue;
    if (AT_UNIVERSITY.test(clause)) cards.students += mention.count;
    else if (AT_SCHOOL.test(clause)) cards.pupils += mention.count;
  }
  return cards.pupils + cards.students > 0 ? cards : undefined;
}
