import type { ScoredIntent } from "./classifier.ts";
import type { Slots } from "./slots/extract-slots.ts";

const OUT_OF_SCOPE = "out_of_scope";
const HOUSEHOLD = "contribution.household";
const EMPLOYEE = "contribution.employee";
const UNSURE_OUTSIDE = 0.45;
const SUMS = new Set([HOUSEHOLD, "contribution.calculator"]);
// Close enough that the classifier could not tell them apart: the figures decide.
const WITHIN = 0.1;
const CLEAR_LEAD = 0.15;

/**
 * "nhà 2 người, mẹ 68 tuổi, đóng 12 tháng bao nhiêu": a message that gives the figures of a household sum (how many
 * people and for how many months) is a question about paying, whatever else it mentions. When the classifier is torn
 * between that and "not about health insurance", the household reading is answered; so it is when the household
 * reading leads clearly but is not sure enough alone. Undefined otherwise: no such figures, another pair of
 * intents, or a clear lead of another intent.
 */
export function sumReading(
  top: ScoredIntent,
  next: ScoredIntent | undefined,
  slots: Slots,
): ScoredIntent | undefined {
  if (!next) return undefined;
  // "lương đóng bhxh 9,2 triệu, mỗi tháng tôi và công ty đóng bao nhiêu": an employee's question with the salary.
  if (top.intent === EMPLOYEE && slots.salary !== undefined) return top;
  // "ông tôi 71 ở Huế, không lương hưu, mua bhyt 6 tháng bao nhiêu": a person and a period with a reading about
  // paying ahead, however unsure: the sum.
  const paysFor = top.intent.startsWith("contribution.") && top.intent !== "contribution.refund";
  if (paysFor && slots.months !== undefined && (slots.householdSize !== undefined || slots.ages?.length))
    return top.intent === "contribution.calculator" ? { ...top, intent: HOUSEHOLD } : top;
  if (slots.householdSize === undefined) return undefined;
  // "after I quit, how much if I buy insurance myself for 12 months": unsure it is about BHYT at all, but a person
  // and a period with a reading about paying next is a sum.
  const nextPays = next.intent.startsWith("contribution.") && next.intent !== "contribution.refund";
  if (
    top.intent === OUT_OF_SCOPE &&
    top.confidence < UNSURE_OUTSIDE &&
    nextPays &&
    slots.months !== undefined
  )
    return next.intent === HOUSEHOLD ? next : { ...next, intent: HOUSEHOLD };
  // "nhà 6 người, vợ có bảo hiểm công ty rồi, số còn lại đóng sao": the household's size and who is left out, with
  // the household reading ahead, is the household's sum (the months are asked next).
  if (slots.insuredElsewhere !== undefined && top.intent === HOUSEHOLD && top.confidence > next.confidence)
    return top;
  // "bà nội có lương hưu, bé 4 tuổi, 2 vợ chồng làm ruộng": members of several groups, read as one member's group;
  // the others pay as a household.
  const elsewhere = slots.insuredElsewhere ?? 0;
  const aboutPaying = [top, next].some((reading) => reading.intent.startsWith("contribution."));
  if (elsewhere >= 1 && slots.householdSize > elsewhere && aboutPaying) return { ...top, intent: HOUSEHOLD };
  if (slots.months === undefined) return undefined;
  // The figures of a sum with a reading about paying clearly ahead ("family of 4 … for 12 months?", "mẹ tôi 70 tuổi
  // … mua bhyt 1 năm bao nhiêu"): a sum for that group.
  const paying = top.intent.startsWith("contribution.") && top.intent !== "contribution.refund";
  if (paying && top.confidence - next.confidence >= CLEAR_LEAD) return top;
  // …or torn between two readings about paying: either is a sum, and the handler reads the group from the figures.
  if (paying && next.intent.startsWith("contribution.") && next.intent !== "contribution.refund") return top;
  // "three adults and a 5-year-old, household insurance for six months?": the household named, with its figures.
  if (top.intent === HOUSEHOLD && slots.payerGroup === "household") return top;
  // Torn between a sum (the household's, or the calculator's) and "not about health insurance".
  const sum = [top, next].find((reading) => SUMS.has(reading.intent));
  const outside = [top, next].find((reading) => reading.intent === OUT_OF_SCOPE);
  if (!sum || !outside || Math.abs(top.confidence - next.confidence) > WITHIN) return undefined;
  return sum.intent === HOUSEHOLD ? sum : { ...sum, intent: HOUSEHOLD };
}
