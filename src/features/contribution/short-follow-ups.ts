import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { dateOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { groupPartOf } from "../../nlu/slots/group-part.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { amountOf } from "../../nlu/slots/salary.ts";
import { sumSubjectsOf } from "../../nlu/slots/sum-subjects.ts";
import { LARGEST_HOUSEHOLD, PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import { addDays } from "../../reminders/schedule-times.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { withAgriComparison } from "./agri-instead.ts";
import { answerBaseChangeCompare } from "./base-change-compare.ts";
import { type CalcDraft, draftFromSlots, HOUSEHOLD_GROUPS, withoutLeftOut } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { answerOverchargedAfterSum } from "./employee-overcharged.ts";
import { asksFamilyTotal } from "./family-total.ts";
import { answerCardAfterEmployeeSum } from "./new-employer-card.ts";
import { answerPeriodDiscount } from "./period-discount.ts";
import { answerDoubleDeductionRefund } from "./several-employers.ts";

// "and 12?", "còn 6?", "thế 3 thì sao" right after a sum: a payment period said as its number alone.
const BARE_MONTHS =
  /^(?:and|what about|how about|or|con|the|vay|hay|va|con neu|the con)?\s*(3|6|12)\s*(?:thi sao|thi|nhi|a|nha|then)?$/;
const BARE_COUNT =
  /^(?:and|what about|how about|or|con|the|vay|hay|va|con neu|the con)\s*([1245789]|1[01])\s*(?:thi sao|thi|nhi|nguoi|people|then)?\s*\??$/;
// "so which one is cheaper", "cái nào rẻ hơn": the two ways a farming household can join, compared.
const CHEAPER =
  /\b(?:which|cai nao|loai nao|cach nao|ben nao|kieu nao|dang nao)\b(?:\s\w+){0,4}?\s(?:cheaper|re hon|loi hon|better value)\b|\b(?:cheaper|re hon) (?:la )?(?:cai nao|loai nao|cach nao|ben nao)\b/;
const AT_SCHOOL = /\b(?:hoc lop|hoc sinh|o truong|qua truong|di hoc|at school|in grade|pupil)\b/;
const BEFORE_DAY = /^(?:(?:con|the|vay|and|what about|so) )?(?:truoc|before) (?:ngay )?\d/;
const BEFORE_WORDS = 8;
const SALARY_CHANGE =
  /\b(?:raise|pay rise|new salary|salary|tang luong|len luong|luong (?:moi|len|tang)|nang luong|promoted|promotion)\b/;
const SALARY_WORDS = 14;
const TOTAL_WORDS = 20;
const SAME_ASKED = /\b(?:thi sao|the nao|ra sao|what about|how about)\b/;
const SCHOOL_WORDS = 20;
const FARMING_GROUPS = new Set(["household", "agri_household"]);

/**
 * A short message right after a sum that the figures readers do not take: another period given as its number
 * alone, an employee's new pay, or which way of joining is cheaper for a farming family. Undefined otherwise.
 */
export function answerShortFollowUp(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = foldWords(turn.text).trim();
  const compared =
    answerBaseChangeCompare(turn, before) ??
    answerCardAfterEmployeeSum(turn, before) ??
    answerOverchargedAfterSum(turn, before) ??
    answerDoubleDeductionRefund(turn, before) ??
    answerPeriodDiscount(turn, before);
  if (compared) return compared;
  // "con tôi học lớp 5 có phải đóng ở trường không" after a poor household's answer: the poor group comes first.
  if (before.group === "poor" && AT_SCHOOL.test(` ${folded} `) && folded.split(" ").length <= SCHOOL_WORDS)
    return { replies: [text(t("common:calc.note.poor_pupil"))], session: { ...turn.session, misses: 0 } };
  // "so total per year for both, me plus the student?" after a household's sum with a school card beside it.
  const school = (before.pupils ?? 0) + (before.students ?? 0);
  if (
    school > 0 &&
    before.group === "household" &&
    folded.split(" ").length <= TOTAL_WORDS &&
    asksFamilyTotal(turn.text)
  ) {
    // ("đóng 6 tháng thì cả nhà bao nhiêu": the family's total for the months said.)
    const months = PAYMENT_MONTHS.find((m) => m === monthsOf(foldForSlots(turn.text)));
    return continueCalc(turn, { ...before, ...(months ? { months } : {}) });
  }
  // "next year he goes to university, how much then?" after a pupil's sum: the same sum for that part of the group.
  const part = before.group === "student" ? groupPartOf(foldForSlots(turn.text)) : undefined;
  // ("còn anh e học đại học bách khoa thì sao" after a pupil's: the brother's, at university, where he studies.)
  const someoneElse = sumSubjectsOf(turn.text).some((who) => who !== "self");
  const asked = asksHowMuch(turn.text) || (someoneElse && SAME_ASKED.test(` ${folded} `));
  if (part && part !== before.part && asked && folded.split(" ").length <= SCHOOL_WORDS) {
    const { province } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today)).draft;
    return continueCalc(turn, { ...before, part, ...(province ? { province } : {}) });
  }
  // "trước 1/7/2026 thì sao" after a sum: the same sum on the day before that date.
  const earlier = BEFORE_DAY.test(folded) ? dateOf(foldForSlots(turn.text), turn.today) : undefined;
  if (earlier && "iso" in earlier && folded.split(" ").length <= BEFORE_WORDS)
    return continueCalc(turn, { ...before, date: addDays(earlier.iso, -1) });
  const said = BARE_MONTHS.exec(folded)?.[1];
  const months = PAYMENT_MONTHS.find((m) => m === Number(said));
  if (months && before.group !== "employee") return continueCalc(turn, { ...before, months });
  // "price for 3 people?", then "and 5?": no period but 3, 6 or 12, so a household's new count of people.
  const count = BARE_COUNT.exec(folded) ? Number(BARE_COUNT.exec(folded)![1]) : undefined;
  if (count && HOUSEHOLD_GROUPS.has(before.group ?? "") && count <= LARGEST_HOUSEHOLD)
    return continueCalc(turn, { ...withoutLeftOut(before), members: count });
  // "I'm getting a raise to 55 million next month", "sắp tăng lương lên 12 triệu": the employee's sum on the new pay.
  const salary = SALARY_CHANGE.test(` ${folded} `) ? amountOf(foldForSlots(turn.text)) : undefined;
  if (before.group === "employee" && salary && folded.split(" ").length <= SALARY_WORDS)
    return continueCalc(turn, { ...before, salary });
  // "nhà 5 người thì cái nào lợi hơn": the comparison for the household's new size.
  const members = householdSizeOf(foldForSlots(turn.text)) ?? before.members;
  if (!CHEAPER.test(` ${folded} `) || !FARMING_GROUPS.has(before.group ?? "") || !members) return undefined;
  const session = { lastIntent: `contribution.${before.group}`, misses: 0, flow: turn.session.flow };
  return withAgriComparison(turn, { ...before, members, group: "agri_household" }, { replies: [], session });
}
