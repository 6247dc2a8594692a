import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { foldForSlots, type Slots } from "../../nlu/slots/extract-slots.ts";
import { KIND_OF_CARD_ASKED } from "../../nlu/slots/insured-members.ts";
import { pct, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { saysSingleParent } from "./own-card-beside-pupils.ts";

// "mua bhyt hộ cho vợ và bhyt sinh viên cho con thì tổng bao nhiêu", "household insurance for my wife plus student
// insurance for our son: total?": a household's sum and a student's card, added up.
const TOTAL = /\b(?:tong|tong cong|tat ca|ca hai|total|altogether|all together|in all|combined|both)\b/;

/** Whether a message asks the total of a household's sum and a student's card beside it. */
export function asksStudentTotal(message: string): boolean {
  const folded = ` ${foldWords(message)} `;
  return TOTAL.test(folded) && KIND_OF_CARD_ASKED.test(folded);
}

/**
 * Under a household's sum, the student's card asked for beside it and the two together (a student joins through
 * the school, so the card is not on the household's ladder), or a pupil's card whose price is asked. Undefined otherwise.
 */
export function studentTotalNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (household.input.group !== "household") return undefined;
  if (!asksStudentTotal(turn.text)) return pupilPriceNote(turn, household);
  const student = studentCard(turn, household, "other");
  return t("common:calc.note.student_total", {
    months: household.input.months,
    student: vnd(student.person.period),
    household: vnd(household.person.period),
    total: vnd(household.person.period + student.person.period),
  });
}

// "tôi mua bhyt hộ gia đình, con mua bhyt sinh viên", "household BHYT for my wife": who is on the household's card.
const HOUSEHOLD_CARD =
  /\b(?:bhyt |the |bao hiem )?(?:ho gia dinh|hgd|household(?: bhyt| insurance| card)?)\b/;
const PAIR_BUYS =
  /\b(?:2 |hai )?(?:vo chong|bo me|ba me|ong ba|parents|grandparents|my wife and i|my husband and i|both of us)\b/;

/**
 * "chồng có bhyt công ty, tôi ở nhà, con học đại học; tôi mua bhyt hộ gia đình, con mua bhyt sinh viên, tổng bao
 * nhiêu": a household's card beside a student's, asked together with no household size said. The household is those
 * insured elsewhere and the one or two people its card is for. The slots unchanged otherwise.
 */
export function withHouseholdBesideStudent(message: string, slots: Slots): Slots {
  if (slots.householdSize !== undefined || !slots.insuredElsewhere || !asksStudentTotal(message))
    return slots;
  const clause = foldForSlots(message)
    .split(/[,.;]/)
    .find((part) => HOUSEHOLD_CARD.test(part));
  if (!clause) return slots;
  const buyers = PAIR_BUYS.test(clause) ? 2 : 1;
  return { ...slots, householdSize: slots.insuredElsewhere + buyers };
}

// "how much does each school child cost", "mỗi đứa đi học đóng bao nhiêu": a pupil's card asked beside the sum.
const PUPIL_PRICE =
  /\b(?:what|how much) do (?:the|our|my) (?:kids|children|boys|girls|sons|daughters) pay\b|\b(?:what|how much) does (?:he|she|(?:my|our) (?:son|daughter|boy|girl)) pay\b|\b(?:each|every|per|the|our|a)(?: (?:two|three|2|3))? (?:school )?(?:child|kid|pupil|student)s?\b[^.,!]{0,30}\b(?:cost|pay|price)|\b(?:moi|tung) (?:dua|chau|con|be)\b[^.,!]{0,30}\bbao nhieu|\b(?:bhyt|the) hoc sinh\b[^.,!]{0,50}\b(?:bao nhieu|bn)\b|\b(?:\d|hai|ba) (?:con|dua|chau|be)\b[^.,!]{0,20}\b(?:dong|mua) (?:o|tai|qua) truong\b[^.,!]{0,15}\bbao nhieu|\b(?:con|cac con|chau|be)(?: \w+){0,3}? (?:thi )?(?:dong|mua) (?:o|tai|qua) truong(?: \w+){0,3}? (?:het )?(?:bao nhieu|bn)\b/;

/** "what do the kids pay at school", "mỗi đứa đi học đóng bao nhiêu": a pupil's price asked beside a sum. */
export const asksPupilPrice = (text: string): boolean => PUPIL_PRICE.test(` ${foldWords(text)} `);

// A pupil's card beside a household's sum: not on the ladder, bought through the school (its price asked).
function pupilPriceNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (!asksPupilPrice(turn.text)) return undefined;
  const pupil = studentCard(turn, household, "school_pupil");
  if (pupil.person.period === 0) return t("common:calc.note.pupil_price_free");
  return t("common:calc.note.pupil_price", {
    months: household.input.months,
    pupil: vnd(pupil.person.period),
  });
}

// `count` cards of another group for the household's months, date and province.
function cardsBeside(
  turn: Turn,
  household: ContributionResult,
  group: "student" | "near_poor",
  count: number,
  part?: "other" | "school_pupil",
) {
  const { date, months, province } = household.input;
  return calculateContribution(turn.content.policy, {
    group,
    date,
    months,
    members: count,
    ...(part ? { part } : {}),
    ...(province ? { province } : {}),
  });
}

const studentCard = (turn: Turn, household: ContributionResult, part: "other" | "school_pupil") =>
  cardsBeside(turn, household, "student", 1, part);

/** Near-poor members of a household's sum who pay as near-poor: fewer than the household's payers, else none. */
export function nearPoorBeside(draft: CalcDraft): number {
  const payers = (draft.members ?? 0) - (draft.insuredElsewhere ?? 0);
  return draft.group === "household" && draft.nearPoor && draft.nearPoor < payers ? draft.nearPoor : 0;
}

// "à quên, 1 trong 3 người là sv đại học", "one of the three is actually a university student": a member said to
// be at school, whose card is then priced beside the household's.
const SCHOOL_CARD_TOLD =
  /\b(?:1|mot|one) (?:trong|of|of the) (?:\d|hai|ba|bon|nam|two|three|four|five)(?: \w+)? (?:la|is|are|dang(?: la)?) (?:sv|sinh vien|hoc sinh|hs|(?:actually )?a (?:university |college )?student|a pupil)\b/;
// "vậy tổng cả nhà phải bỏ ra bao nhiêu", "what does the whole family pay": every card the family pays for.
const WHOLE_FAMILY =
  /\b(?:ca nha|ca gia dinh|for (?:the|my|our) family|tong(?: cong)?(?! dai)|tat ca|whole family|all of us|all (?:two|three|four|five|six|\d) of us|everyone|in total|altogether|total|(?:2|hai) (?:me con|bo con)|(?:me|bo) con (?:toi|em|e|minh|tui)|(?:for )?both of (?:them|us)|my (?:son|daughter|kids?|children) and (?:i|me)|(?:me|i) and my (?:son|daughter|kids?|children)|(?:toi|em|minh|tui) (?:va|voi) (?:con|chau|be) (?:toi|em|minh|tui)|chi (?:chong|vo|anh|chi) (?:va|voi) (?:\d|hai|ba|bon) (?:con|dua|chau|be))\b/;

/** "so total per year for both?", "tổng cả nhà bao nhiêu": the whole family's total asked. */
export const asksFamilyTotal = (text: string): boolean => WHOLE_FAMILY.test(` ${foldWords(text)} `);

/**
 * "vc mình ở Hà Nam, con học lớp 2, con 1 tuổi, đóng bhyt bn": a price asked of a story with children at school in
 * it, and not of the household card alone ("mua bhyt hộ gia đình bao nhiêu"): what the family pays, school cards too.
 */
export const asksFamilyPrice = (text: string, draft: CalcDraft): boolean => {
  const folded = ` ${foldWords(text)} `;
  return (
    (draft.pupils ?? 0) + (draft.students ?? 0) > 0 &&
    asksHowMuch(text) &&
    !HOUSEHOLD_CARD.test(folded) &&
    !OTHERS_ONLY.test(folded)
  );
};
// "1 đứa có bhyt ở trường rồi, mua cho mấy người còn lại": the school card is had already; the rest are asked.
const OTHERS_ONLY =
  /\b(?:con lai|the rest|the others|remaining|da co|already (?:has|have|got|insured))\b|\bco (?:bhyt|the|bao hiem)\b[^,.;]{0,25}\broi\b/;

/**
 * Beside a household's sum, the cards the family pays outside the ladder: near-poor members at their own share
 * (always, since they are part of the sum asked), pupils' and students' school cards when the whole family's total is
 * asked; then the family's total. Empty when there are none.
 */
export function familyNotes(turn: Turn, draft: CalcDraft, household: ContributionResult): TextRef[] {
  if (household.input.group === "near_poor") return nearPoorPupilsNotes(turn, draft, household);
  if (household.input.group !== "household") return [];
  const notes: TextRef[] = [];
  let total = household.person;
  const add = (cards: ContributionResult) => {
    total = { month: total.month + cards.person.month, period: total.period + cards.person.period };
  };
  const { months } = household.input;
  const nearPoor = nearPoorBeside(draft);
  if (nearPoor > 0) {
    const cards = cardsBeside(turn, household, "near_poor", nearPoor);
    add(cards);
    notes.push(
      t("common:calc.note.near_poor_beside", {
        count: nearPoor,
        support: pct(cards.supportPct ?? 0),
        month: vnd(cards.person.month / nearPoor),
        period: vnd(cards.person.period),
        months,
      }),
    );
  }
  const school = (draft.pupils ?? 0) + (draft.students ?? 0);
  // "household for my wife and student insurance for our son: total?" is the student's total note's question.
  // A single parent's own card is asked with the children's beside it: their school cards are the rest of the bill.
  const whole =
    draft.familyTotal === 1 ||
    SCHOOL_CARD_TOLD.test(` ${foldWords(turn.text)} `) ||
    WHOLE_FAMILY.test(` ${foldWords(turn.text)} `) ||
    saysSingleParent(turn.text) ||
    asksFamilyPrice(turn.text, draft);
  const asked = whole && !asksStudentTotal(turn.text);
  if (asked && school > 0 && school <= household.input.insuredElsewhere) {
    const before = total.period;
    if (draft.pupils) add(cardsBeside(turn, household, "student", draft.pupils, "school_pupil"));
    if (draft.students) add(cardsBeside(turn, household, "student", draft.students, "other"));
    const paid = total.period - before;
    // TP.HCM pays a pupil's whole card: said as such, not as "0 đ".
    // "2 con đóng ở trường bao nhiêu": each child's price too, when there are several.
    const key =
      paid === 0
        ? "common:calc.note.school_beside_free"
        : school > 1 && draft.students === undefined
          ? "common:calc.note.school_beside_each"
          : "common:calc.note.school_beside";
    notes.push(t(key, { count: school, period: vnd(paid), months, each: vnd(paid / school) }));
  }
  // (Nothing to pay at all is said by the notes themselves: "0 đ for 12 months" adds nothing.)
  if (notes.length === 0 || total.period === 0) return notes;
  notes.push(
    t("common:calc.note.family_total", { month: vnd(total.month), period: vnd(total.period), months }),
  );
  return notes;
}

/**
 * Beside a near-poor household's sum, its children at school: they join through the school but at the near-poor
 * share, the higher of their two groups (Law 51/2024/QH15 Art. 13 cl. 5), so each pays what a member pays; then the
 * family's total. Empty when the sum leaves out no pupil or student.
 */
function nearPoorPupilsNotes(turn: Turn, draft: CalcDraft, nearPoor: ContributionResult): TextRef[] {
  const school = (draft.pupils ?? 0) + (draft.students ?? 0);
  if (school === 0 || school > nearPoor.input.insuredElsewhere) return [];
  const cards = cardsBeside(turn, nearPoor, "near_poor", school);
  const { months } = nearPoor.input;
  const total = {
    month: nearPoor.person.month + cards.person.month,
    period: nearPoor.person.period + cards.person.period,
  };
  return [
    t("common:calc.note.near_poor_pupils", { count: school, period: vnd(cards.person.period), months }),
    t("common:calc.note.family_total", { month: vnd(total.month), period: vnd(total.period), months }),
  ];
}
