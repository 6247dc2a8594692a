import { foldWords } from "../../core/fold.ts";
import { sumSubjectsOf } from "../../nlu/slots/sum-subjects.ts";
import type { Outcome, Turn } from "../handler.ts";
import { draftFromSlots } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { onNearPoorStudent } from "./near-poor-student.ts";

// The relatives who may join a near-poor household's card; a child or the writer may be a pupil or student.
const GROWN_UP = new Set([
  "father",
  "mother",
  "wife",
  "husband",
  "grandfather",
  "grandmother",
  "brother",
  "sister",
]);
const STUDIES = /\b(?:hoc sinh|hs|sinh vien|sv|lop \d{1,2}|dai hoc|cao dang|student|pupil|grade \d{1,2})\b/;

/**
 * "còn bố mẹ em 46 với 44 tuổi thì sao" after a near-poor student's own price: the parents are on the near-poor
 * household's card, not students. Undefined unless grown-up relatives are named after such an answer.
 */
export function answerNearPoorRelatives(turn: Turn): Outcome | undefined {
  if (!onNearPoorStudent(turn) || STUDIES.test(` ${foldWords(turn.text)} `)) return undefined;
  const named = sumSubjectsOf(turn.text);
  if (named.length === 0 || !named.every((who) => GROWN_UP.has(who))) return undefined;
  const { draft } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today));
  return continueCalc(turn, { ...draft, group: "near_poor", members: draft.members ?? named.length });
}
