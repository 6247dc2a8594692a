import type { SlotName } from "../content/schemas/intent.schema.ts";
import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";
import { asksHowMuch, asksPerMonth } from "./how-much.ts";
import type { Slots } from "./slots/extract-slots.ts";

const OUT_OF_SCOPE = "out_of_scope";
const HOUSEHOLD = "contribution.household";
const EMPLOYEE = "contribution.employee";
const UNSURE_OUTSIDE = 0.45;
const UNSURE_OUTSIDE_NAMED = 0.6;
const NAMES_BHYT = /\b(?:bhyt|bao hiem y te|health insurance)\b/;
const BUYS = /\b(?:mua|dong|buy|pay for)\b/;
const CALCULATOR = "contribution.calculator";
const SUMS = new Set([HOUSEHOLD, CALCULATOR]);
const OVERVIEW = "contribution.overview";
// A reading about paying in (a refund is money coming back).
const paysIn = (reading: ScoredIntent) =>
  reading.intent.startsWith("contribution.") && reading.intent !== "contribution.refund";
// Close enough that the classifier could not tell them apart: the figures decide.
const WITHIN = 0.1;
const SHORT_QUESTION = 20;
const MONTHLY_QUESTION = 12;

/**
 * "nhà 2 người, mẹ 68 tuổi, đóng 12 tháng bao nhiêu": a message that gives the figures of a sum (a person or a
 * household and a period, or an employee's salary) is a question about paying. A reading about paying that leads,
 * however unsure, is answered; so is the household's sum when the classifier leans only weakly, or barely, towards
 * "not about health insurance", and when members of several groups are named. Undefined otherwise.
 */
export function sumReading(
  message: string,
  top: ScoredIntent,
  next: ScoredIntent | undefined,
  slots: Slots,
): ScoredIntent | undefined {
  if (!next) return undefined;
  // "lương đóng bhxh 9,2 triệu, mỗi tháng tôi và công ty đóng bao nhiêu": an employee's question with the salary.
  // (…unless the salary is a relative's, in a family whose sum is asked: "anh trai làm cty lương 9tr, … cả nhà".)
  const relativeAtWork =
    slots.payerGroup !== "employee" && (slots.householdSize ?? 0) >= 3 && (slots.insuredElsewhere ?? 0) >= 1;
  if (top.intent === EMPLOYEE && slots.salary !== undefined)
    return relativeAtWork ? { ...top, intent: HOUSEHOLD } : top;
  // "ông tôi 71 ở Huế, không lương hưu, mua bhyt 6 tháng bao nhiêu": a person and a period with a reading about
  // paying ahead, however unsure: the sum.
  // The calculator's or an overview's reading (the rate, who pays) is that sum too, which the household's answer adds up.
  if (paysIn(top) && slots.months !== undefined && (slots.householdSize !== undefined || slots.ages?.length))
    // …and an employee's reading with no salary: people and months are a household's figures, not a salary's.
    return top.intent === CALCULATOR || top.intent.startsWith(OVERVIEW) || top.intent === EMPLOYEE
      ? { ...top, intent: HOUSEHOLD }
      : top;
  // "my dad is 68 and lives in Huế, no pension. how much is his insurance?": one person and a price, read as the
  // household's price however unsure: the sum (the months are asked next).
  // (…and "hai mẹ con mua BHYT hết bao nhiêu": people counted and a price, read as the household's.)
  if (top.intent === HOUSEHOLD && slots.householdSize !== undefined && asksHowMuch(message)) return top;
  // "em mua bhyt tự nguyện 3 tháng có được không, hết bao nhiêu": the household's price for a period, read first
  // however unsure: the sum (who is counted is asked next).
  if (top.intent === HOUSEHOLD && slots.months !== undefined && asksHowMuch(message)) return top;
  if (slots.householdSize === undefined) return undefined;
  // "after I quit, how much if I buy insurance myself for 12 months": unsure it is about BHYT at all, but a person
  // and a period with a reading about paying next is a sum.
  // (A message that names health insurance is less likely outside it: "…giờ mua bhyt diện nào, 1 năm bao nhiêu".)
  const plain = foldWords(message);
  const outsideUnsure =
    top.intent === OUT_OF_SCOPE &&
    top.confidence < (NAMES_BHYT.test(plain) ? UNSURE_OUTSIDE_NAMED : UNSURE_OUTSIDE);
  if (outsideUnsure && paysIn(next) && slots.months !== undefined)
    return next.intent === HOUSEHOLD ? next : { ...next, intent: HOUSEHOLD };
  // "…cùng đăng ký tạm trú, mua chung 2 người 1 năm hết bao nhiêu": people, a period and "how much" make a sum,
  // whatever topic the story around them pulled towards (not the groups' own sums, nor "outside", weighed below).
  // (Buying for people, or naming health insurance, makes "outside" less likely, as above.)
  const buysOrNames = NAMES_BHYT.test(plain) || BUYS.test(plain);
  const outsideLeaning =
    top.intent === OUT_OF_SCOPE && top.confidence >= (buysOrNames ? UNSURE_OUTSIDE_NAMED : UNSURE_OUTSIDE);
  if (slots.months !== undefined && asksHowMuch(message) && !paysIn(top) && !outsideLeaning)
    return { ...top, intent: HOUSEHOLD };
  // "nhà 6 người, vợ có bảo hiểm công ty rồi, số còn lại đóng sao": the household's size and who is left out, with
  // the household reading ahead, is the household's sum (the months are asked next).
  if (slots.insuredElsewhere !== undefined && top.intent === HOUSEHOLD && top.confidence > next.confidence)
    return top;
  // "bà nội có lương hưu, bé 4 tuổi, 2 vợ chồng làm ruộng": members of several groups, read as one member's group;
  // the others pay as a household.
  const elsewhere = slots.insuredElsewhere ?? 0;
  const aboutPaying = [top, next].some((reading) => reading.intent.startsWith("contribution."));
  // (A story leaning outside BHYT, an income tax's deductions for a family, stays outside.)
  if (elsewhere >= 1 && slots.householdSize > elsewhere && aboutPaying && !outsideLeaning)
    return { ...top, intent: HOUSEHOLD };
  // Torn between a sum (the household's or the calculator's) and "not about health insurance"; a reading about
  // paying ahead was answered above.
  if (slots.months === undefined || top.intent !== OUT_OF_SCOPE || !SUMS.has(next.intent)) return undefined;
  if (top.confidence - next.confidence > WITHIN) return undefined;
  return next.intent === HOUSEHOLD ? next : { ...next, intent: HOUSEHOLD };
}

// Readings a family's story with a price asked may get instead of the household's sum.
const FAMILY_MISREAD = new Set([
  "contribution.overview",
  "contribution.overview.compulsory",
  "contribution.child_under6",
]);

const AWAY = "enroll.temporary_residence";
const LIVES_AWAY =
  /\b(?:tam tru|thuong tru|ho khau|xa nha|xa que|o tro|thue tro|que (?:o|em|toi|minh)|ve que|khac tinh|ngoai tinh|tinh khac|noi khac|away from home|temporary residence|permanent residence|registered (?:address|residence)|hometown|home province|another province|rent(?:ing)?|moved)\b/;

/**
 * "how much to buy health insurance myself for one year" read as whether it is compulsory, "what about my father, he
 * is 68, how much a year" unsure between the hotline and others: asked how much with a person and a period, a reading
 * that cannot add up a sum (it takes no months) is the household's sum, when it is about paying or unsure. Never
 * from "outside BHYT" (a pension's amount), which the rules above weigh.
 */
const PAPERS_TOPIC = "enroll.documents";
const NAMES_PAPERS =
  /\b(?:giay to|ho so|to khai|khai|mau so|dinh danh|ma so|cccd|can cuoc|papers?|documents?|forms?|id card)\b/;

const BOUGHT_FOR =
  /\b(?:mua|dong)(?: \w+){0,2} cho (?:me|bo|ba|ma|ong|vo|chong|con|em|chau|anh|chi)\b|\b(?:buy|pay for)(?: it)? (?:for )?my (?:mother|mum|mom|father|dad|wife|husband|son|daughter)\b/;

export function sumAskedOfOtherTopic(
  message: string,
  top: ScoredIntent,
  band: string,
  slots: Slots,
  accepted: ReadonlyMap<string, readonly SlotName[]>,
): ScoredIntent | undefined {
  // "1 mình e thôi thì mỗi tháng đóng bn": a count of people and a monthly price, in a few words, is the household's
  // price whatever topic the other words pulled towards.
  const person = slots.householdSize !== undefined || (slots.ages?.length ?? 0) > 0;
  const monthly = person && asksHowMuch(message) && asksPerMonth(message);
  // (An employee's reading with no salary is no employee's question: a salary is what an employee's sum needs.)
  // Never from "outside BHYT" ("lương hưu mỗi tháng được bao nhiêu" asks a pension's amount).
  const otherTopic =
    top.intent !== OUT_OF_SCOPE &&
    (!top.intent.startsWith("contribution.") || (top.intent === EMPLOYEE && slots.salary === undefined));
  if (monthly && otherTopic && message.split(/\s+/).length <= MONTHLY_QUESTION)
    return { ...top, intent: HOUSEHOLD };
  // "trong lúc chờ thì mua tạm cho mẹ 3 tháng bao nhiêu": a card bought for a relative for some months, its price
  // asked, read as outside BHYT for want of an insurance word: the household's price.
  if (
    top.intent === OUT_OF_SCOPE &&
    slots.months !== undefined &&
    asksHowMuch(message) &&
    BOUGHT_FOR.test(foldWords(message))
  )
    return { ...top, intent: HOUSEHOLD };
  // "Mình 35 tuổi ở Quận 7 TP.HCM, làm tự do, mua BHYT 1 năm bao nhiêu": a price asked, read as living away from home
  // for the place named, when nothing says the writer lives away.
  if (top.intent === AWAY && person && asksHowMuch(message) && !LIVES_AWAY.test(foldWords(message)))
    return { ...top, intent: HOUSEHOLD };
  // "What do I need to pay?" read as the papers one needs: a price, when no paper is named.
  if (top.intent === PAPERS_TOPIC && asksHowMuch(message) && !NAMES_PAPERS.test(foldWords(message)))
    return { ...top, intent: HOUSEHOLD };
  // "Tôi làm công ty có BHYT, vợ ở nhà trông con 1 tuổi. Vợ tôi mua BHYT bao nhiêu, con có phải mua không?": a family
  // told with who is insured elsewhere and a price asked is the household's sum (the child's card said beside it).
  const payers = (slots.householdSize ?? 0) - (slots.insuredElsewhere ?? 0);
  if (
    FAMILY_MISREAD.has(top.intent) &&
    band !== "fallback" &&
    (slots.insuredElsewhere ?? 0) > 0 &&
    payers >= 1 &&
    asksHowMuch(message)
  )
    return { ...top, intent: HOUSEHOLD };
  if (top.intent === OUT_OF_SCOPE || accepted.get(top.intent)?.includes("months")) return undefined;
  // Unsure of a topic not about paying, only a short question is read as the sum: a long story that asks how much
  // may ask it of its own topic ("chuyển vào Bình Dương… đóng ở đâu, bao nhiêu").
  const aboutPaying = top.intent.startsWith("contribution.");
  if (!aboutPaying && (band === "answer" || message.split(/\s+/).length > SHORT_QUESTION)) return undefined;
  if (!person || slots.months === undefined || !asksHowMuch(message)) return undefined;
  return { ...top, intent: HOUSEHOLD };
}
