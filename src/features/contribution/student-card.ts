import { foldWords } from "../../core/fold.ts";
import { type TextRef, t, text } from "../../core/reply.ts";
import { FOLLOWS_ON, OTHER_CONTINUITY, PUPIL_OR_STUDENT } from "../../nlu/card-start.ts";
import { asksHowMuch, asksWhere } from "../../nlu/how-much.ts";
import { ASKS_CARD_END, joinsFamily } from "../../nlu/person-readings.ts";
import { dateSpanOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { insuredElsewhereOf } from "../../nlu/slots/insured-elsewhere.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { schoolCardsOf } from "../../nlu/slots/school-cards.ts";
import { day, vnd } from "../../policy/answer-vars.ts";
import { answerIntent, answerVarsFor, fullMonthToday } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksFamilyTotal } from "./family-total.ts";

// "từ khi nào", "bắt đầu", "from when", "start": when the card begins.
const ASKS_WHEN = /\b(?:khi nao|bao gio|tu ngay nao|den ngay nao|when|until)\b/;
const ASKS_START =
  /\b(?:tu khi nao|tu bao gio|tu ngay nao|bat dau|co the tu|from when|when does .* start|starts?)\b/;

/**
 * "thẻ bhyt học sinh lớp 12 hết hạn khi nào", "when does a final-year student's card end": the dates a pupil's or a
 * student's card starts and ends (policy.md §6). Undefined when the message asks something else.
 */
export function answerStudentCardDates(turn: Turn, intent: string): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // ("thẻ em hết hạn khi nào" right after the pupils' answer is a pupil's card.)
  if (!PUPIL_OR_STUDENT.test(folded) && turn.session.lastIntent !== "contribution.student") return undefined;
  // "thẻ năm 2 có nối tiếp thẻ năm nhất không": next year's card follows on when paid before this one ends.
  if (FOLLOWS_ON.test(folded) && !OTHER_CONTINUITY.test(folded))
    return {
      replies: [text(t("common:student_card.follows_on"))],
      session: { lastIntent: intent, misses: 0 },
    };
  if (!(ASKS_CARD_END.test(folded) || ASKS_START.test(folded))) return undefined;
  // "thẻ hết hạn 31/12, em mua theo hộ gđ ở quê được ko": the end said as the story, joining a household asked.
  if (joinsFamily(turn.text) || buysOutsideSchool(turn.text)) return undefined;
  // "starts grade 1, where do we buy it", "thẻ hết hạn rồi, vào lớp 1 mua ở đâu": where, the dates told as the story.
  if (asksWhere(turn.text) && !ASKS_WHEN.test(folded)) return undefined;
  return {
    replies: [text(...courseEnd(turn, folded), t("common:student_card.dates"), ...afterCourse(turn, folded))],
    session: { lastIntent: intent, misses: 0 },
  };
}

// "năm cuối, tháng 6/2027 tốt nghiệp": a final-year student.
export const LAST_YEAR =
  /\b(?:nam cuoi|tot nghiep|ra truong|final[- ]year|graduat\w*|finish(?:es|ing)? (?:my |the )?course|last year (?:at|of) (?:university|college|my course)|finish(?:es|ing)? (?:in|on) (?:january|february|march|april|may|june|july|august|september|october|november|december|\d))\b/;
// "ra trường chưa có việc thì mua loại nào, bao nhiêu": what to buy after the course, and its price.
const AFTER_COURSE =
  /\b(?:ra truong|sau khi tot nghiep|tot nghiep xong|after (?:i )?graduat\w*|after (?:the|my) course|after that|afterwards|sau do)\b/;

/** "năm cuối, tháng 6/2027 tốt nghiệp": the student card's last day, the end of the month the course ends. */
export function courseEnd(turn: Turn, folded: string): TextRef[] {
  if (!LAST_YEAR.test(folded)) return [];
  const said = dateSpanOf(foldForSlots(turn.text), turn.today);
  if (!said || !("iso" in said.slot) || !said.dayAssumed) return [];
  const [year, month] = said.slot.iso.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return [t("common:student_card.course_end", { end: day(last) })];
}

function afterCourse(turn: Turn, folded: string): TextRef[] {
  if (!asksHowMuch(turn.text)) return [];
  // "thẻ học sinh có giá trị từ khi nào và đóng bao nhiêu": the pupil's own share too.
  if (!AFTER_COURSE.test(folded))
    return [
      t("common:student_card.price", answerVarsFor(turn, ["student_person_month", "student_person_year"])),
    ];
  const full = fullMonthToday(turn);
  return [t("common:student_card.after_course", { month: vnd(full), year: vnd(full * 12) })];
}

const THROUGH_HOUSEHOLD = /\b(?:household|family|ho gia dinh|hgd|theo ho|gia dinh)\b/;

/** "I'm a university student, how do I renew?": through the school, never as a household (Law 51 Art. 13 §5). */
export function answerStudentRenewal(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "can I renew through my family household instead" right after: the same student.
  const sameStudent = turn.session.lastIntent === "contribution.student" && THROUGH_HOUSEHOLD.test(folded);
  if (!PUPIL_OR_STUDENT.test(folded) && !sameStudent) return undefined;
  const vars = answerVarsFor(turn, ["student_person_year"]);
  return {
    replies: [text(t("common:student_card.renew", vars), t("common:student_card.follows_on"))],
    session: { lastIntent: "contribution.student", misses: 0 },
  };
}

// "đóng ở trường hay tự đi mua được không", "can I buy it myself instead of at school?": buying outside the school.
const OUTSIDE_SCHOOL =
  /\b(?:o truong hay (?:tu|ngoai|o ngoai|mua)|tu (?:di )?mua|mua (?:o )?ngoai|mua rieng|tu dong (?:o )?(?:buu dien|xa|ngoai)|buy (?:it |one )?(?:myself|on my own|outside|elsewhere)|instead of (?:at|through) (?:the )?school|outside (?:the )?school)\b/;

/** Whether a student asks to buy the card somewhere other than through the school. */
export function buysOutsideSchool(text: string): boolean {
  return OUTSIDE_SCHOOL.test(` ${foldWords(text)} `);
}

const WHERE_WORDS = 22;
const IN_APP = /\b(?:vssid|vneid|app|ung dung|xem the|see (?:my|the) card)\b/;

/**
 * "vậy e đóng ở đâu", "where do I pay it? at school or at the post office?", "đóng ở trường hay tự mua được không"
 * after a student's sum: through the school. Undefined for other messages.
 */
export function answerStudentWhere(turn: Turn, flow: Turn["session"]["flow"]): Outcome | undefined {
  const outside = buysOutsideSchool(turn.text);
  if (turn.text.trim().split(/\s+/).length > WHERE_WORDS || !(asksWhere(turn.text) || outside))
    return undefined;
  // ("thẻ bhyt trên vssid xem ở đâu": where the card is seen in the app, not where it is paid.)
  if (IN_APP.test(foldForSlots(turn.text))) return undefined;
  if (monthsOf(foldForSlots(turn.text)) !== undefined) return undefined;
  return {
    replies: [text(t("common:calc.where.student"))],
    // "đóng ở trường hay tự mua được không" leaves the sum: what follows is about the school, not a figure of it.
    session: { lastIntent: "contribution.student", misses: 0, flow: outside ? undefined : flow },
  };
}

/**
 * "em mua theo hộ gia đình với bố mẹ cho rẻ được không" asked by a student, or "nhà 3 người, con trai đang học đại
 * học, cho con vào hộ gia đình cùng bố mẹ được không": students join through their school, not the household.
 * Undefined when the message is not that; `running` is the group of a sum in progress.
 */
export function answerStudentJoinsFamily(
  turn: Turn,
  intentId: string,
  running: string | undefined,
): Outcome | undefined {
  if (intentId !== "contribution.household" && intentId !== "contribution.student") return undefined;
  const joins = joinsFamily(turn.text);
  if (!joins && !buysOutsideSchool(turn.text)) return undefined;
  const folded = foldForSlots(turn.text);
  // "năm cuối, ra trường mua chung với bố mẹ thì…": after the course the graduate may join the household.
  if (LAST_YEAR.test(folded) && AFTER_COURSE.test(folded)) return undefined;
  // "a family of 4, one of them in high school, how much is the household card": the household's sum, which
  // leaves the pupil out and says why.
  const sumAsked = asksHowMuch(turn.text) || asksFamilyTotal(turn.text);
  if (sumAsked && !ASKS_MAY.test(folded) && pupilsLeftOut(folded)) return undefined;
  const student =
    running === "student" ||
    turn.session.lastIntent === "contribution.student" ||
    intentId === "contribution.student" ||
    payerGroupOf(folded) === "student" ||
    schoolCardsOf(folded, undefined, false) !== undefined;
  if (!student) return undefined;
  const note = joins ? "calc.note.student_not_household" : "calc.where.student";
  return {
    replies: [text(t(`common:${note}`)), answerIntent(turn, "contribution.student")],
    session: { lastIntent: "contribution.student", misses: 0 },
  };
}

// "could I be on my parents' card", "cho con vào hộ được không": whether they may join, asked outright.
const ASKS_MAY = /\b(?:can|could|may|duoc khong|duoc ko|dc ko|dc khong|duoc k|dc k|co duoc)\b/;

// Fewer people covered elsewhere than the household's size: the others are the household's sum.
function pupilsLeftOut(folded: string): boolean {
  const size = householdSizeOf(folded);
  const covered = insuredElsewhereOf(folded);
  return size !== undefined && covered !== undefined && covered < size;
}
