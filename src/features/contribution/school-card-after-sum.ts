import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { pct, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { PAYMENT_MONTHS, type PaymentMonths } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";
import { pricedAfter } from "./priced-sums.ts";

// "bé 7 tuổi đóng ở trường bn", "con gái sv đóng ở trường bn", "how much is my son's at university?": one child's
// card bought at school…
const CHILD =
  /\b(?:be|con|chau|dua|con gai|con trai|em gai|em trai|e gai|e trai|my son|my daughter|our son|our daughter|son|daughter|kid|sister|brother)\b/;
const AT_SCHOOL =
  /\b(?:(?:dong|mua|o|tai|qua) truong|hoc sinh|sinh vien|sv|dai hoc|cao dang|at (?:school|university|uni|college)|school|university|college|in grade \d{1,2}|hoc lop \d{1,2})\b/;
// "and our son is 10, in grade 5", "còn con trai học lớp 4": a child at school told after the sum, as one more.
const TOLD_BESIDE = /^\s*(?:and|plus|also|con|va|them)\b/;
// (…told, not asked about: "con đại học có được hỗ trợ như đứa lớp 4 không" is its own question.)
const ASKS_OTHER = /\b(?:khong|ko|co duoc|duoc|dc|ho tro|mien|free|does|can|is it|how|what|why|sao)\b/;
const AT_UNIVERSITY = /\b(?:sinh vien|sv|dai hoc|cao dang|university|uni|college)\b/;
const PAYS =
  /\b(?:what (?:does|do|would|will)\b.*\b(?:pay|cost)|(?:pay|cost)s? there|(?:and|what about|how about|con|the con|vay con) (?:my |our )?(?:son|daughter|kid|child|be|con|chau)(?: s)? (?:(?:at|in) (?:school|university|college)|(?:di hoc|o truong)))\b/;
// "thằng cháu lớp 3 thì đóng ở trường hay đóng chung với nhà": where the child's card is bought, asked.
const WHERE_PAID =
  /\b(?:(?:dong|mua) (?:o|tai|qua) truong hay|hay (?:dong|mua) (?:chung|theo|voi|cung) (?:voi )?(?:nha|ho|gia dinh)|(?:at|through) (?:the )?school or (?:with|on|in) (?:the|our) (?:household|family))\b/;
const ONE_CHILD_WORDS = 14;
// "vậy tính cả thẻ của đứa lớp 3 mua ở trường thì tổng cả nhà 1 năm bao nhiêu": the family's total with it.
const TOTAL_ASKED = /\b(?:tong|tong cong|ca nha|total|altogether|all together|in all)\b/;
const TOTAL_WORDS = 24;
const AGE_ONLY =
  /^\s*(?:(?:and|so|what about|how about|con|the con|vay con|va)\s+)?(?:the |my |our )?(?:(\d{1,2})[- ]year[- ]old|(?:dua|con|be|chau|thang) (\d{1,2})(?: tuoi)?)\s*(?:thi sao|nua|then)?\s*$/;

// The months a total is asked for ("6 tháng cả nhà gồm cả cháu lớp 8"), when the message says them.
function monthsSaid(turn: Turn): { months?: PaymentMonths } {
  const months = PAYMENT_MONTHS.find((m) => m === monthsOf(foldForSlots(turn.text)));
  return months ? { months } : {};
}

/**
 * After a household's or an employee's sum, one child's school card asked about: its price at school (a pupil's or a university
 * student's, at the sum's province and months), the household's sum unchanged. Undefined for other messages.
 */
export function answerSchoolCardAfterSum(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("'", " "))} `;
  // (…or after an employee's sum: "còn bé lớp 3 đóng ở trường bn".)
  const sum = before.group === "household" || before.group === "employee";
  const words = turn.text.trim().split(/\s+/).length;
  // A pupil the household's sum already left out, and the family's total asked: the sum again, with the card added.
  const total = TOTAL_ASKED.test(folded) && CHILD.test(folded) && AT_SCHOOL.test(folded);
  if (
    total &&
    before.group === "household" &&
    (before.pupils ?? 0) + (before.students ?? 0) > 0 &&
    words <= TOTAL_WORDS
  )
    return continueCalc(turn, { ...before, ...monthsSaid(turn), familyTotal: 1 });
  // "…tổng cộng, tính cả tiền bhyt con lớn ở trường" after a sum that did not hold the child: the card added beside.
  if (total && before.group === "household" && words <= TOTAL_WORDS) {
    const card = AT_UNIVERSITY.test(folded) ? { students: 1 } : { pupils: 1 };
    const members = (before.members ?? 1) + 1;
    return continueCalc(turn, {
      ...before,
      ...card,
      members,
      insuredElsewhere: (before.insuredElsewhere ?? 0) + 1,
      ...monthsSaid(turn),
      familyTotal: 1,
    });
  }
  if (!sum || words > ONE_CHILD_WORDS) return undefined;
  // "and the 13-year-old?" of a child the sum took as a pupil by that age: that child's card at school.
  const said = AGE_ONLY.exec(folded);
  const age = said?.[1] ?? said?.[2];
  const takenAsPupil = age !== undefined && (before.schoolAges?.split(",") ?? []).includes(age);
  const asked =
    (asksHowMuch(turn.text) ||
      PAYS.test(folded) ||
      WHERE_PAID.test(folded) ||
      (TOLD_BESIDE.test(folded) && !ASKS_OTHER.test(folded))) &&
    CHILD.test(folded) &&
    AT_SCHOOL.test(folded);
  if (!asked && !takenAsPupil) return undefined;
  const student = AT_UNIVERSITY.test(folded);
  const card = calculateContribution(turn.content.policy, {
    group: "student",
    date: before.date ?? turn.today,
    months: before.months ?? 12,
    members: 1,
    part: student ? "other" : "school_pupil",
    ...(before.province && before.province !== "none" ? { province: before.province } : {}),
  });
  const kind = card.person.period === 0 ? "free" : student ? "student" : "pupil";
  const line = t(`common:calc.note.one_school_card.${kind}`, {
    period: vnd(card.person.period),
    month: vnd(card.person.month),
    months: card.input.months,
    support: pct(card.supportPct ?? 0),
  });
  const same = before.group === "household" ? [t("common:calc.note.one_school_card.household_same")] : [];
  const priced = pricedAfter(turn, card);
  return { replies: [text(line, ...same)], session: { flow: turn.session.flow, misses: 0, priced } };
}
