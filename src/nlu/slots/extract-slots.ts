import type { SlotName } from "../../content/schemas/intent.schema.ts";
import { foldDiacritics } from "../../core/fold.ts";
import { recentlyRead } from "../../core/recently-read.ts";
import type { Province } from "../../policy/policy.schema.ts";
import { agesOf } from "./age.ts";
import {
  sizeBesideSchoolCards,
  withSchoolBesideAdults,
  withWriterAtSchool,
} from "./beside-household-card.ts";
import { boughtForUncovered, pairBuys } from "./bought-for.ts";
import { withChildrenListed } from "./children-listed.ts";
import type { DateSlot } from "./dates.ts";
import { type GroupPartSlot, groupPartOf } from "./group-part.ts";
import { householdSizeOf } from "./household-size.ts";
import { QUESTIONED_COUNT, SPOUSE } from "./household-words.ts";
import { insuredElsewhereOf } from "./insured-elsewhere.ts";
import { type CoveredMention, coveredClausesOf, coveredElsewhereMentions } from "./insured-members.ts";
import { sizeWithMemberBeside } from "./member-after-list.ts";
import { monthsOf } from "./months.ts";
import { countValue } from "./numbers.ts";
import { BUYS_SEPARATELY, FOR_ONE_RELATIVE } from "./one-person.ts";
import { type PayerGroup, payerGroupOf } from "./payer-group.ts";
import { paymentDateOf } from "./payment-date.ts";
import { type CommuneSlot, type ProvinceSlot, placeFinderFor } from "./places.ts";
import { presumedPupilsOf } from "./presumed-pupils.ts";
import { staysTemporarily } from "./residence.ts";
import { insuredSalaryOf } from "./salary.ts";
import { type SchoolCards, schoolCardsOf } from "./school-cards.ts";
import { speakerAsWriter } from "./speaker-pronoun.ts";
import {
  CHILD_AGES,
  ELDERS_COUNTED,
  LISTED_AGE_T,
  PERSON_AGE_T,
  SECOND_CHILD,
  WRITER_MK,
} from "./typed-forms.ts";

/** The details a message gives, each optional. */
export interface Slots {
  householdSize?: number;
  /** Household members already insured in another group (left off the household ladder). */
  insuredElsewhere?: number;
  months?: number;
  /** Someone said only to stay where they live ("tạm trú"): no province's level for residents' ages applies. */
  staysTemporarily?: true;
  payerGroup?: PayerGroup;
  province?: ProvinceSlot;
  commune?: CommuneSlot;
  date?: DateSlot;
  /** A money amount in the message (the salary, in an employee's question). */
  salary?: number;
  /** The part of the group the person is in ("học sinh lớp 10" → school pupil), where a province supports one. */
  groupPart?: GroupPartSlot;
  /** Ages of people the message names (6 and over), for provincial levels by age. */
  ages?: number[];
  /** Ages said of people insured elsewhere ("ba 70 tuổi có lương hưu"): no age a province's level counts. */
  coveredAges?: number[];
  /** Of those insured elsewhere, the pupils and students whose card the family buys at school (read with them). */
  schoolCards?: SchoolCards;
  /** Ages of children of school age named only by age, taken as pupils (presumedPupilsOf). */
  schoolAges?: number[];
}

const KEY: Record<SlotName, keyof Slots> = {
  household_size: "householdSize",
  insured_elsewhere: "insuredElsewhere",
  months: "months",
  payer_group: "payerGroup",
  province: "province",
  commune: "commune",
  date: "date",
  salary: "salary",
  group_part: "groupPart",
  ages: "ages",
};

// Dates ("1/7/2026") are not amounts.
const DATES_AND_COUNTS = /\b\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\b/g;

// One turn folds the same few texts many times over (every slot reader starts from the fold): the last few are kept.
/** Text as the slot readers see it: folded, spaced, with the separators dates ("/", "-") and amounts (".", ",") need. */
export const foldForSlots = recentlyRead(foldAnew);

// ("6t (mới vô lớp 1)": a few words before the grade too.)
const GRADE_AFTER_AGE =
  /(\d{1,2}(?:\s*(?:t|tuổi|tuoi)\b)?)\s*\((?:[^()]{0,15}?\s)?(?:in )?(?:grade|lớp|lop|class|year) \d{1,2}\)/giu;
const OF_ALL_BEFORE = /\s*\((?=\s*(?:đều|deu|cả hai|cả 2|ca hai|ca 2|both|all|each)\s)/giu;
const ONLY_GRANDMOTHER = /(^|\s)chỉ (?:có )?bà(?=\s+(?:thôi|ấy|nội|ngoại)|\s*$)/giu;

function foldAnew(text: string): string {
  // A colon, semicolon, bracket, question mark or dash ends a clause as a comma does ("4 người: bố có lương hưu, …").
  // "chỉ bà thôi": the grandmother, whose "bà" folds to "ba" (three) and is told apart only before folding.
  // "2 đứa 7 và 11 tuổi (đều đi học)": a bracket that says of everyone before it what they do belongs to them.
  // "two children aged 9 (grade 4) and 2": a grade in brackets after an age says no more than the age, and would cut
  // the list of ages in two.
  const unbracketed = text
    .normalize("NFC")
    .replace(OF_ALL_BEFORE, " ")
    .replace(GRADE_AFTER_AGE, "$1")
    .replace(ELDERS_COUNTED, "$1 cụ già");
  const folded = ` ${foldDiacritics(unbracketed.replace(ONLY_GRANDMOTHER, "$1chỉ mình bà"))
    .replace(/[:;()!?]|\s[-–—]\s/g, " , ")
    .replace(/[^a-z0-9/.,\-\s]/g, " ")
    .replace(/-in-law\b/g, " in law")
    // "ông xã", "bà xã", "bà nhà": husband and wife, as people say them.
    .replace(/\bong (?:xa|nha)(?= (?:em|toi|minh|tui|e|lam|di|co|dang|thi|va|voi)\b|[ ,.])/g, "chong")
    .replace(/\bba (?:xa|nha)(?= (?:em|toi|minh|tui|e|lam|di|co|dang|thi|va|voi)\b|[ ,.])/g, "vo")
    // "with" joins people in a list ("my husband with our son"), so a pension said with it is said as "has".
    .replace(/\bwith (?:a |his |her )?(?:retirement )?pension\b/g, "has a pension")
    .replace(/\bwith(?:out (?:a |any )?| no )(?:retirement )?pension\b/g, "has no pension")
    // "2 kids (3 years and 9 years)", "my son, 4 yrs": children's ages written without "old" are ages.
    // "e 30t, chồng 32t": "t" after a person's number is "tuổi" (an amount says "tr" or "k").
    // "mk 19t đi làm cty": "mk" is "mình" (the writer) in teen code, next to an age or what they do.
    .replace(WRITER_MK, "minh")
    .replace(PERSON_AGE_T, "$1 $2 tuoi")
    .replace(LISTED_AGE_T, "$1 tuoi")
    .replace(LISTED_AGE_T, "$1 tuoi")
    .replace(LISTED_AGE_T, "$1 tuoi")
    .replace(SECOND_CHILD, "$1 , $2")
    // "tôi 52 vợ 50 làm cá": the writer's age, then the spouse's, with no comma between.
    .replace(/\b(toi|tui|minh|em|anh|chi) (\d{2}(?: tuoi)?) (vo|chong)(?= \d{2}\b)/g, "$1 $2 , $3")
    // "ck em", "vk a": husband and wife, as typed.
    .replace(/\bck(?= (?:em|e|toi|minh|tui|anh|a|chi|c|lam|di|co|dang|thi|va|voi)\b|[ ,.])/g, "chong")
    .replace(/\bvk(?= (?:em|e|toi|minh|tui|anh|a|lam|di|co|dang|thi|va|voi|o)\b|[ ,.])/g, "vo")
    // "ở Hải Châu, Đà Nẵng": the district, not two grandchildren ("hai cháu").
    .replace(/\b(o|tai|quan) hai chau\b|\bhai chau(?= ,? ?(?:da nang|dn)\b)/g, (_m, at?: string) =>
      at ? `${at} haichau` : "haichau",
    )
    // "con học lớp 2 và lớp 6": as many children as grades listed, counted as "2 con".
    .replace(
      /(?<!\b(?:\d|hai|ba|bon) )\b(con|be|chau)( (?:dang |deu )?(?:di )?hoc )(lop \d{1,2}(?:\s*,\s*lop \d{1,2})*\s*(?:va|,)\s*lop \d{1,2})/g,
      (_m, who: string, mid: string, list: string) => `${list.match(/lop/g)!.length} ${who}${mid}${list}`,
    )
    // "sao có 2 người, … là 3 người mà", "why 2 people? we are 3 people": the count questioned is the bot's, the
    // one said after it the household's.
    .replace(QUESTIONED_COUNT, "sao")
    // "2 vc mình", "vc em": a married couple, as typed.
    .replace(/\b(?:(2|hai) vc|vc(?= (?:minh|em|toi|tui|e)\b))\b/g, (_m, two) =>
      two ? `${two} vo chong` : "vo chong",
    )
    // "có bố, mẹ và em tôi": the parents listed with a comma are the pair "bố mẹ".
    .replace(/\b(bo|ba|cha|tia), (me|ma)\b/g, "$1 $2")
    // "học ĐH", "sv năm 2 cđ": university and college, as typed.
    .replace(/\b(?:hoc|sv|sinh vien|truong|nam \d) (dh|cd)\b/g, (m, k: string) =>
      m.replace(/\b(?:dh|cd)$/, k === "dh" ? "dai hoc" : "cao dang"),
    )
    // "4 ng lớn": grown-ups, as typed.
    .replace(/\b(\d|hai|ba|bon|nam|sau) ng lon\b/g, "$1 nguoi lon")
    // "my grade-4 daughter": the child in grade 4.
    .replace(/\bgrade[- ](\d{1,2}) (son|daughter|kid|child|boy|girl)\b/g, "$2 in grade $1")
    // "thương binh 2/4", "a grade 4/4 war invalid": a disability grade, neither a day nor a school grade.
    .replace(/\b(?:grade|class) ([1-4]) ?\/ ?4 (war invalid|sick soldier)\b/g, "$2 hang$1")
    .replace(
      /\b(thuong binh|benh binh|war invalid)(?: (?:hang|loai|grade|class))? ([1-4]) ?\/ ?4\b/g,
      "$1 hang$2",
    )
    .replace(CHILD_AGES, (ages) => ages.replace(/\b(\d{1,2}) ?(?:years?|yrs?|y)\b(?! old)/g, "$1 years old"))
    .replace(/\s+/g, " ")} `;
  return speakerAsWriter(withChildrenListed(folded));
}

const FOR_US =
  /\b(?:for|cho) (?:the |ca )?(?:(two|2|hai) (?:of us|vo chong)|both of us|us two|vo chong (?:toi|em|minh))\b/;
const EXCLUDING = /\b(?:tru|khong tinh|bo ra|except|excluding|minus|not counting)\b/;
// ("nhà tôi ở Đồng Tháp có 6 người": a place's "Đồng" is no paying.)
const BUYING_FOR =
  /\b(?:(?:mua|dong(?! (?:thap|nai|hoi|ha|xoai|anh|da|hung|trieu|son)\b)|cho|for|buy)\b(?: [a-z]+){0,4}|tinh(?: lai)?(?: cho)?|con lai|con) (\d{1,2}|hai|ba|bon|nam|sau) (?:nguoi|ng|people|ppl|persons)\b/;

const ONLY_SOME_JOIN =
  /\b(?:only|just|chi(?: co)?) (\d{1,2}|hai|ba|bon|nam|sau|two|three|four|five|six) (?:of us |of them |people |nguoi |ng )?(?:want(?:s)? to |will |are going to |are |muon |se |can |dinh )?(?:buy(?:ing)?|join(?:ing)?|pay(?:ing)?|mua|tham gia|dong)\b/;

/**
 * True when folded text counts the people to pay for ("tính lại cho 2 người", "for 3 people", "cho 2 vợ chồng"), not
 * the household.
 */
export const countsPayers = (folded: string): boolean =>
  BUYING_FOR.test(folded) || PEOPLE_PAYING.test(folded) || GROWN_UPS.test(folded) || FOR_US.test(folded);

// "4 người lớn đóng 3 tháng", "the 3 adults": the grown-ups, who are the ones paying once the children are left out.
// ("3 người còn lại thì tổng bao nhiêu", "the other three": those left once the insured are out.)
const GROWN_UPS =
  /\b(?:\d{1,2}|hai|ba|bon|nam|sau) (?:nguoi lon|adults?|grown ups?|(?:nguoi|ng) con lai)\b|\bthe other (?:\d|two|three|four|five)\b/;

// "chỉ có 3 người đóng thôi", "3 people pay": the count is of those who pay.
const PEOPLE_PAYING =
  /\b(?:\d{1,2}|hai|ba|bon|nam|sau) (?:nguoi|ng|people|of us) (?:dong|mua|phai dong|phai mua|can mua|pay|will pay|need to pay)\b/;

/** Builds the slot extractor; `provinces` feeds the place finder. */
export function createSlotExtractor(provinces: readonly Province[]) {
  const places = placeFinderFor(provinces);

  /**
   * The slots found in the text, only those in `wanted` when given (an intent's declared slots: the rest are not
   * looked for); `today` (YYYY-MM-DD) anchors relative dates like "tháng 6 năm sau".
   */
  return function extractSlots(text: string, today: string, wanted?: readonly SlotName[]): Slots {
    const nfc = text.normalize("NFC");
    const folded = foldForSlots(nfc);
    const want = (name: SlotName) => !wanted || wanted.includes(name);
    // Who is covered elsewhere is read once: the count, the pupils, their ages and the one bought for all use it.
    const covered = want("insured_elsewhere") || want("ages") ? coveredElsewhereMentions(folded) : [];
    const presumed = want("ages") ? presumedPupilsOf(folded).ages : [];
    const found: Slots = {
      householdSize: want("household_size") ? householdSizeOf(folded) : undefined,
      insuredElsewhere: want("insured_elsewhere") ? insuredElsewhereOf(folded, covered) : undefined,
      months: want("months") ? monthsOf(folded) : undefined,
      payerGroup: want("payer_group") ? payerGroupOf(folded) : undefined,
      province: want("province") ? places.provinceOf(folded) : undefined,
      commune: want("commune") ? places.communeOf(nfc) : undefined,
      // A day wins over a year ("1/7/2025" over "năm 2025"); a year alone dates the sum ("năm 2025 đóng bao nhiêu").
      date: want("date") ? paymentDateOf(folded, today) : undefined,
      salary: want("salary") ? insuredSalaryOf(folded.replace(DATES_AND_COUNTS, " ")) : undefined,
      groupPart: want("group_part") ? groupPartOf(folded) : undefined,
      ages: want("ages") ? agesOf(folded) : undefined,
      staysTemporarily: want("ages") && staysTemporarily(folded) ? true : undefined,
      coveredAges: want("ages") ? coveredAgesOf(folded, covered, presumed) : undefined,
      schoolAges: presumed.length > 0 ? presumed : undefined,
      schoolCards: want("insured_elsewhere") ? schoolCardsOf(folded, covered) : undefined,
    };
    // "mua bảo hiểm cho 4 người" counts the people to buy for: those insured elsewhere are already left out; in a
    // larger household ("nhà 4 người … cho 3 người còn lại"), the others are the ones covered elsewhere.
    // "trừ đứa lớp 10 ra còn 3 người": someone taken out of the count, said as such.
    const leftOut = found.insuredElsewhere !== undefined || EXCLUDING.test(folded);
    const buying = leftOut ? BUYING_FOR.exec(folded) : null;
    if (buying) {
      const count = countValue(buying[1]!);
      const size = found.householdSize;
      const elsewhere = found.insuredElsewhere;
      // "đứa lớp 10 đóng ở trường rồi, còn 3 người": the ones left are who pay; the household is them and the rest.
      const remainder =
        buying[0].startsWith("con") && count !== undefined && count === size && elsewhere !== undefined;
      if (remainder) found.householdSize = count + elsewhere;
      // "nhà 4 người: …, bé lớn học lớp 1, bé nhỏ 4 tuổi. Mua hộ gia đình 4 người": the household's size said again,
      // whose pupil and young child are still left out (and the reply says why).
      else if (!(count === size && elsewhere !== undefined && sizeSaidTwice(folded, buying[1]!)))
        found.insuredElsewhere = size && count && count < size ? size - count : undefined;
    }
    // "my household has 5 people but only 3 want to buy", "nhà 5 người nhưng chỉ 3 người muốn mua": those who join.
    const some = ONLY_SOME_JOIN.exec(folded);
    const joining = some ? countValue(some[1]!) : undefined;
    if (joining && found.householdSize && joining < found.householdSize) {
      found.householdSize = joining;
      found.insuredElsewhere = undefined;
    }
    // "…our son is in grade 4. How much for the two of us?": the couple bought for is the household counted, and
    // the pupil is beside them, not one of them ("the three of us" may hold a young child: not read so).
    const us = FOR_US.exec(folded);
    const usCount = us ? (countValue(us[1] ?? "") ?? 2) : undefined;
    // ("my son is 12 … how much for both of us?": with no spouse named, "us" is the writer and that child.)
    const childIsOfUs = usCount === 2 && !SPOUSE.test(folded);
    if (usCount !== undefined && found.householdSize === usCount && !childIsOfUs)
      found.insuredElsewhere = undefined;
    const besideCount = found.insuredElsewhere
      ? sizeWithMemberBeside(folded, found.householdSize)
      : undefined;
    if (besideCount) found.householdSize = besideCount;
    // "vợ tôi … dùng chung thẻ công ty của tôi được không hay phải mua riêng?": the one bought for alone is not the
    // writer insured at work.
    // (…and so is "mua hộ gia đình cho anh ấy 3 tháng": the husband without a card, whoever else is covered.)
    if (found.householdSize === 1 && (BUYS_SEPARATELY.test(folded) || FOR_ONE_RELATIVE.test(folded)))
      found.insuredElsewhere = undefined;
    const school = (found.schoolCards?.pupils ?? 0) + (found.schoolCards?.students ?? 0);
    const beside = sizeBesideSchoolCards(folded, found.householdSize, found.insuredElsewhere, school);
    if (beside) found.householdSize = beside;
    withSchoolBesideAdults(folded, found);
    withWriterAtSchool(folded, found, covered);
    // "…con đi học, mẹ 68. Tôi đóng theo hộ kinh doanh, vợ với mẹ mua bao nhiêu": the two who buy, beside the others.
    if (found.insuredElsewhere && pairBuys(folded)) found.householdSize = found.insuredElsewhere + 2;
    // "bố có lương hưu, mẹ 65 không lương hưu, mua cho mẹ": the one bought for is not among those covered.
    const elsewhere = found.insuredElsewhere ?? 0;
    if (elsewhere > 0 && (found.householdSize ?? 0) <= elsewhere && boughtForUncovered(folded, covered))
      found.householdSize = elsewhere + 1;
    return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as Slots;
  };
}

// "nhà mình 4 người … Mua hộ gia đình 4 người": the same count of people said twice.
const sizeSaidTwice = (folded: string, count: string) =>
  [...folded.matchAll(new RegExp(`\\b${count} (?:nguoi|ng|people)\\b`, "g"))].length >= 2;

// The ages of people covered elsewhere: those said so, and children of school age taken as pupils.
function coveredAgesOf(folded: string, covered: CoveredMention[], presumed: number[]): number[] | undefined {
  const ages = [...(agesOf(coveredClausesOf(folded, covered)) ?? []), ...presumed];
  return ages.length > 0 ? ages : undefined;
}
/** A function from text and today's date to slots. */
export type ExtractSlots = ReturnType<typeof createSlotExtractor>;

/** Keeps only the slots an intent declares: "3 tháng" means months to pay only for a payment question. */
export function slotsFor(slots: Slots, accepted: readonly SlotName[]): Slots {
  const keep = new Set(accepted.map((name) => KEY[name]));
  if (keep.has("insuredElsewhere")) keep.add("schoolCards");
  if (keep.has("ages")) {
    keep.add("coveredAges");
    keep.add("schoolAges");
    keep.add("staysTemporarily");
  }
  return Object.fromEntries(Object.entries(slots).filter(([key]) => keep.has(key as keyof Slots))) as Slots;
}
