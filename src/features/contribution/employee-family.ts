import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { asksFamilyThroughWork } from "../../nlu/family-card.ts";
import type { Outcome, Turn } from "../handler.ts";
import { type CalcDraft, draftFromSlots } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";

/**
 * A worker asking whether their family is insured through their employer: no, the employer pays for the worker
 * only (Law 51 Art. 12 §1); the family joins in its own group, usually as a household. Undefined otherwise.
 */
export function answerEmployeeFamily(turn: Turn): Outcome | undefined {
  if (!asksFamilyThroughWork(turn.text)) return undefined;
  return {
    replies: [text(t("common:employee_family"))],
    session: { lastIntent: "contribution.employee", misses: 0 },
  };
}

// The family at home an employee buys for: as many as the message lists ("her and our 2 kids aged 8 and 10").
function familyAtHome(turn: Turn): CalcDraft {
  const { draft } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today));
  const { salary: _employees, ...said } = draft;
  return { ...said, group: "household", members: said.members ?? 1, months: said.months ?? 12 };
}

// "ở nhà nội trợ", "stays at home", "does not work": a relative with no employer of their own.
const STAYS_HOME =
  /\b(?:o nha|noi tro|khong di lam|ko di lam|k di lam|nghi viec|stays? at home|at home|housewife|homemaker|does not work|doesn t work|not working|no job)\b/;
// "còn vợ mình ở nhà", "what about my mum": someone other than the worker ("nếu em nghỉ việc" is the worker).
const SOMEONE_ELSE =
  /\b(?:vo|chong|me|bo|ba|ong|cha|ma|con|chau|wife|husband|mum|mom|mother|dad|father|son|daughter|she|he|her|his)\b/;
const OWN_CARD_ASKED = /\b(?:the|card)\b(?:\s\w+){0,3}?\s(?:con|van|dung|han|valid|still|use|work)\b/;

/**
 * After an employee's sum, a relative at home ("vợ ở quê ko đi làm, mua cho vợ thì đóng ở đâu"): the employer pays for
 * the employee only, so the family named pays as a household; first "no, the card is the employee's own" when the
 * message asks whether they are covered through work. Undefined for other messages ("nếu em nghỉ việc thì thẻ còn dùng
 * được không" asks about the worker's own card).
 */
export function familyAtHomeSum(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!STAYS_HOME.test(folded) || !SOMEONE_ELSE.test(folded) || OWN_CARD_ASKED.test(folded)) return undefined;
  const sum = continueCalc(turn, familyAtHome(turn));
  if (!asksFamilyThroughWork(turn.text)) return sum;
  return { ...sum, replies: [text(t("common:employee_family")), ...sum.replies] };
}
