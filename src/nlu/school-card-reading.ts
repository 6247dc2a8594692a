import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

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
