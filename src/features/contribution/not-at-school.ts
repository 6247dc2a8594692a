import { foldWords } from "../../core/fold.ts";
import { NOT_AT_SCHOOL } from "../../nlu/slots/school-age-children.ts";
import type { Turn } from "../handler.ts";
import { type CalcDraft, HOUSEHOLD_GROUPS } from "./calc-draft.ts";

// ("con gái 18 tuổi nghỉ học rồi, ko còn là sinh viên, tính lại cả nhà giúp tôi": said with a request, at length.)
const FEW_WORDS = 24;
const FREE_CARD_AGE = 6;
// "cả 2 đứa", "both of them", "hai đứa đều": more than one child said to be out of school.
const BOTH = /\b(?:ca (?:2|hai)|(?:2|hai) (?:dua|chau|be|con)|both|neither)\b/;

/**
 * "đứa 8 tuổi không đi học" right after a household's sum that took a child of school age as a pupil: the same sum
 * with that child counted in the household. Undefined for other messages.
 */
export function withChildNotAtSchool(turn: Turn, before: CalcDraft): CalcDraft | undefined {
  // "à quên con gái năm nay nghỉ học rồi": a university student counted out of the household comes back too.
  const pupils = (before.pupils ?? 0) + (before.students ?? 0);
  const elsewhere = before.insuredElsewhere ?? 0;
  if (!HOUSEHOLD_GROUPS.has(before.group ?? "") || pupils === 0 || elsewhere === 0) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > FEW_WORDS || !NOT_AT_SCHOOL.test(folded)) return undefined;
  const back = Math.min(BOTH.test(folded) ? 2 : 1, pupils, elsewhere);
  const { pupils: _taken, students: _studying, coveredAges, schoolAges, ...rest } = before;
  // (Pupils are given back first: a child taken as a pupil by age is the likelier one meant.)
  const pupilsLeft = Math.max((before.pupils ?? 0) - back, 0);
  const studentsLeft = (before.students ?? 0) - Math.max(back - (before.pupils ?? 0), 0);
  // The child named by age is no longer among those covered elsewhere, nor taken as a pupil.
  const age = /\b(\d{1,2})\b/.exec(folded)?.[1];
  // "đứa 4 tuổi chưa đi học, sao tính nó 683 nghìn": under 6, out of school is the state's free card, not a payer.
  const young = age !== undefined && Number(age) < FREE_CARD_AGE;
  const covered = young ? coveredAges : withoutOne(coveredAges, age);
  const school = withoutOne(schoolAges, age);
  return {
    ...rest,
    ...(covered ? { coveredAges: covered } : {}),
    ...(school ? { schoolAges: school } : {}),
    insuredElsewhere: young ? elsewhere : elsewhere - back,
    ...(pupilsLeft > 0 ? { pupils: pupilsLeft } : {}),
    ...(studentsLeft > 0 ? { students: studentsLeft } : {}),
  };
}

// A list of ages ("8,10") less one of them, undefined when none is left.
function withoutOne(list: string | undefined, age: string | undefined): string | undefined {
  const ages = list?.split(",") ?? [];
  const at = age === undefined ? -1 : ages.indexOf(age);
  if (at >= 0) ages.splice(at, 1);
  return ages.length > 0 ? ages.join(",") : undefined;
}
