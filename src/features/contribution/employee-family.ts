import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { asksFamilyThroughWork } from "../../nlu/family-card.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { youngChildren } from "../../nlu/slots/young-children.ts";
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
// A story of who is covered may run long; a relative at home is said in fewer words.
const FAMILY_WORDS = 30;
const AT_HOME_WORDS = 22;
const OWN_CARD_ASKED = /\b(?:the|card)\b(?:\s\w+){0,3}?\s(?:con|van|dung|han|valid|still|use|work)\b/;

/**
 * After an employee's sum, a relative at home ("vợ ở quê ko đi làm, mua cho vợ thì đóng ở đâu"): the employer pays for
 * the employee only, so the family named pays as a household; first "no, the card is the employee's own" when the
 * message asks whether they are covered through work. Undefined for other messages ("nếu em nghỉ việc thì thẻ còn dùng
 * được không" asks about the worker's own card).
 */
export function familyAtHomeSum(turn: Turn): Outcome | undefined {
  const words = turn.text.trim().split(/\s+/).length;
  const folded = ` ${foldWords(turn.text)} `;
  const covered = words <= FAMILY_WORDS ? familyAllCovered(turn, folded) : undefined;
  if (covered) return covered;
  if (words > AT_HOME_WORDS) return undefined;
  if (!STAYS_HOME.test(folded) || !SOMEONE_ELSE.test(folded) || OWN_CARD_ASKED.test(folded)) return undefined;
  const sum = continueCalc(turn, familyAtHome(turn));
  if (!asksFamilyThroughWork(turn.text)) return sum;
  return { ...sum, replies: [text(t("common:employee_family")), ...sum.replies] };
}

// "vợ em cũng đi làm có bhyt rồi, con 4 tuổi, vậy nhà em có phải mua bhyt hộ gia đình nữa ko" after the writer's own
// employee sum: the writer, a relative "also" insured and young children are all covered.
const ALSO_COVERED = /\b(?:cung|also|too)\b/;
const STILL_BUY = /\b(?:(?:co )?phai mua|can mua|mua (?:\w+ ){0,5}nua|(?:still )?need to buy|have to buy)\b/;

function familyAllCovered(turn: Turn, folded: string): Outcome | undefined {
  if (!ALSO_COVERED.test(folded) || !STILL_BUY.test(folded)) return undefined;
  const slots = slotExtractorOf(turn)(turn.text, turn.today);
  if (slots.householdSize !== undefined || !slots.insuredElsewhere) return undefined;
  const young = youngChildren(foldForSlots(turn.text), []);
  // The writer (insured at work), those said to be insured too, and the young children the state pays for.
  const members = 1 + slots.insuredElsewhere + young;
  return continueCalc(turn, { group: "household", members, insuredElsewhere: members, months: 12 });
}
