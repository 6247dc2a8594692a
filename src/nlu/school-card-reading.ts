import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";
import { asksHowMuch } from "./how-much.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { householdSizeOf } from "./slots/household-size.ts";

const STUDENT = "contribution.student";
// "đứa lớp 2 cũng phải đóng ở trường hả", "mấy đứa đi học đóng bhyt ở trường hết à": a child at school, paying there.
const AT_SCHOOL = /\b(?:o|tai|qua) truong\b|\bat school\b/;
const PUPIL = /\b(?:lop \d{1,2}|hoc sinh|di hoc|tieu hoc|cap (?:1|2|3)|grade \d{1,2}|pupils?)\b/;
const PAYS = /\b(?:dong|mua|nop|pay|buy)\b/;

/** The pupils' topic, sure, for whether a child at school pays for the card there, when it is the likeliest. */
export function schoolCardReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (top.intent !== STUDENT) return undefined;
  const folded = ` ${foldWords(message)} `;
  return AT_SCHOOL.test(folded) && PUPIL.test(folded) && PAYS.test(folded) ? top : undefined;
}

// "con gái tôi sang năm lên đại học thì đóng BHYT ở đâu, bao nhiêu": a child going to university (or at school), the
// price and where asked: the students' topic, where the answer says it is paid through the school.
const CHILD_STUDIES =
  /\b(?:con|con gai|con trai|chau|be|dua|my son|my daughter|our son|our daughter)\b(?: \w+){0,6}? (?:len |vao |hoc |thi vao |dau |starts? |goes to |going to |at )(?:dai hoc|cao dang|trung cap|university|college)\b/;
const WHERE_OR_STUDENT = new Set([
  STUDENT,
  "enroll.where",
  "contribution.overview",
  "contribution.household",
]);

const WHOLE_FAMILY = /\b(?:ca nha|ca gia dinh|ca ho|tong|whole family|all of us|the family|everyone)\b/;

/** The students' topic for a child's price at university asked with where to pay, when read as where to join. */
export function universityChildReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (!WHERE_OR_STUDENT.has(top.intent)) return undefined;
  // ("nhà 6 người: …, con trai 19 tuổi học đại học, … mua bhyt cả nhà 1 năm bao nhiêu": the family's sum.)
  const folded = foldForSlots(message);
  if ((householdSizeOf(folded) ?? 1) > 1 && WHOLE_FAMILY.test(folded)) return undefined;
  return asksChildAtUniversity(message) ? { ...top, intent: STUDENT } : undefined;
}

/** Whether a message asks a child's price at university ("con gái sang năm lên đại học thì đóng bao nhiêu"). */
export const asksChildAtUniversity = (message: string): boolean =>
  CHILD_STUDIES.test(` ${foldWords(message)} `) && asksHowMuch(message);
