import { foldWords } from "../../core/fold.ts";
import { youngestAge } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { SOCIAL_PENSION_AGE } from "../../nlu/slots/insured-members.ts";
import { countOf, countValue } from "../../nlu/slots/numbers.ts";
import { ONLY_ONE_MEMBER } from "../../nlu/slots/one-person.ts";
import { NOT_AT_SCHOOL } from "../../nlu/slots/school-age-children.ts";
import { LARGEST_HOUSEHOLD } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import { saysCorrection } from "../typed-lexicon.ts";
import { type CalcDraft, HOUSEHOLD_GROUPS, withoutLeftOut } from "./calc-draft.ts";
import { withNearPoorMembers } from "./near-poor-member.ts";
import { withChildNotAtSchool } from "./not-at-school.ts";

// "tính thêm vợ em nữa", "thêm 1 người", "and for my wife too?", "add my mum": people added to the last sum.
const ADDING =
  /\b(?:them|tinh ca|ca|nua|luon|cung (?:muon |can |phai |dinh )?(?:mua|dong|tham gia|lam the)|add|adding|plus|also|too|and for|and me|include|as well|joins?(?: us)?|moves? in|comes? to live)\b/;
const A_COUNT = /\b(\d|mot|hai|ba|bon|one|two|three|four) (?:nguoi|ng|people|persons?)\b/;
const EXPLICITLY_ADDED = /\b(?:them|cong them|add|adding|more|extra|another|nua)\b/;
const PAIR = /\b(?:bo me|ba me|cha me|ong ba|vo chong|parents|grandparents|2 dua|hai dua|2 con|hai con)\b/;
const ONE =
  /\b(?:vo|chong|bo|me|ong|cha|ma|ba (?:noi|ngoai|toi|em|minh)|con (?:toi|em|minh|trai|gai|lon|nho|ut)|(?:em|anh|chi) (?:trai|gai|toi|minh)|(?:dua |thang |con be )?chau (?:noi|ngoai|toi|em|trai|gai|\d)|dua chau|thang chau|wife|husband|mother|father|mum|mom|dad|son|daughter|brother|sister|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|grandchild|nephew|niece|cousin|baby|kid|child)\b/;
// "and if I join too?", "tính cả tôi nữa": the writer, added.
const WRITER_ADDED =
  /\b(?:i (?:also )?join|i (?:buy|get|sign up)|i (?:m|am) (?:also )?(?:included|counted|added)|count me|me too|me as well|include me|add me|and me|with me|(?<!\b(?:vo|chong|me|bo|ba|ong|con|ma|cha|em|anh|chi) )(?:ca|them|tinh ca) (?:toi|minh|tui)|(?<!\b(?:vo|chong|me|bo|ba|ong|con|ma|cha|em|anh|chi) )(?:toi|minh|tui) nua)\b/;
const LIST_JOIN = /\b(?:and|va)\b|,/;
// "tổng cộng 3 người", "only", "all together": a count of everyone, which the figures reader takes.
const WHOLE = /\b(?:tong|tong cong|ca nha|chi|only|total|in all|altogether|all together)\b/;
// "so my son the student gets 70% too?": a share asked of someone counted, not someone added.
const SHARE_ASKED = /%|\b(?:phan tram|percent|gets?|duoc (?:ho tro|huong)|ho tro|support\w*|level)\b/;
// "tính cả ông chưa", "có tính bà vào không", "did you include grandpa?": whether someone named was counted, asked.
const COUNTED_ASKED =
  /\b(?:co )?tinh (?:ca )?(?:\w+ ){1,2}(?:vao )?(?:chua|khong|ko|k|roi a|roi ha|chu)\s*$|\b(?:did|have) you (?:count|include|add)(?:ed)?\b|\b(?:is|was|are|were) (?:\w+ ){1,2}(?:counted|included|in (?:it|there|the sum))\b/;
const FEW_WORDS = 10;
// "thêm cô ấy vào", "tính thêm em gái vào", "cộng thêm bà nữa vào": one person put into the sum just made.
// ("and if we add our son who is 20, what's the total?": the total asked is the one with him added.)
const ADDED_IN =
  /\b(?:them|cong them|tinh them) (?:\w+ ){1,3}vao\b|\b(?:if (?:we|i) add|and add|add(?:ing)? (?:my|our))\b/;
const SAID_ADDED =
  /\b(?:tinh them|cong them|them (?:\w+ ){1,6}nua|add (?:my|our|him|her)|quen|forgot|o chung|song chung|o cung|(?:lives|living|stays|staying) with (?:us|them|me))\b/;
const STORY_WORDS = 30;
// "and my nephew living with them?": someone who lives in the household, so one more in it.
const LIVES_WITH = /\b(?:o chung|song chung|o cung|(?:lives|living|stays|staying) with (?:us|them|me))\b/;
const WRITER_ASKED =
  /^\s*(?:(?:and|so|but)\s+)?(?:what about|how about|con|the con|vay con) (?:me|toi|minh|tui)\b/;
// The writer with an adult age no one summed had: not among those counted (their parents', say).
const writerOutside = (before: CalcDraft, folded: string) => {
  const age = youngestAge(folded);
  const summed = (before.ages ?? "").split(",");
  return age !== undefined && age >= 18 && age < SOCIAL_PENSION_AGE && !summed.includes(String(age));
};
const NEW_TOTAL =
  /\b(?:la|thanh|tong|makes?|so that s|that s) (?:\d|mot|hai|ba|bon|nam|sau|two|three|four|five|six) (?:nguoi|ng|people|of us)\b/;

/**
 * "and for my wife too?" right after a household's sum: the same sum with the people named added (one for each
 * relative, two for a pair, or the count said). Undefined for other messages.
 */
export function withAddedMembers(turn: Turn, before: CalcDraft, maxWords = FEW_WORDS): CalcDraft | undefined {
  if (!HOUSEHOLD_GROUPS.has(before.group ?? "") || !before.members) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  // "…em chồng chị 25 tuổi cũng ở chung, …, tính thêm em ấy nữa": said plainly, an added person may come with a story.
  const words = SAID_ADDED.test(folded) ? STORY_WORDS : maxWords;
  // ("chị", the writer or a sister, folds to "chi" as "chỉ" (only) does: only the one typed as "chỉ" counts.)
  // ("thêm cô ấy vào thì tổng bao nhiêu": the total asked is the one with her added.)
  const whole = WHOLE.test(` ${foldWords(turn.text.replace(/chị/giu, " "))} `) && !ADDED_IN.test(folded);
  // "còn tôi 38 tuổi buôn bán thì sao" after a sum for one's parents: the writer, not among those summed, one more.
  const writerAsked = WRITER_ASKED.test(folded) && writerOutside(before, folded);
  const said = LIVES_WITH.test(folded) || writerAsked;
  if (turn.text.trim().split(/\s+/).length > words || !(said || ADDING.test(folded)) || whole)
    return undefined;
  if (SHARE_ASKED.test(turn.text.includes("%") ? "%" : folded) || COUNTED_ASKED.test(folded))
    return undefined;
  // "and for 4 people?" is a new total; "thêm 1 người", "add 2 more people" add to the last one.
  const count = A_COUNT.exec(folded);
  // "à không, 5 người, tính cả bà nội nữa": a count in a correction is the new total, with whom it now includes.
  // "…thêm bà nội nữa là 3 người": the count after "là" is the new total.
  if (count && (!EXPLICITLY_ADDED.test(folded) || saysCorrection(turn.text) || NEW_TOTAL.test(folded)))
    return undefined;
  // "add my wife and my mum", "thêm vợ và mẹ": each relative of a list is one more.
  // ("what about me", "and me?": "me" is the writer, not "mẹ" folded.)
  const writerAdded = WRITER_ADDED.exec(folded);
  const others = writerAdded ? folded.replace(writerAdded[0], " ") : folded;
  const named = others.split(LIST_JOIN).filter((part) => ONE.test(part)).length;
  const ones = writerAsked ? 1 : named + (writerAdded ? 1 : 0);
  const added = count ? (countOf(count[1]!) ?? 0) : PAIR.test(folded) ? 2 : ones;
  if (added === 0 || before.members + added > LARGEST_HOUSEHOLD) return undefined;
  const members = before.members + added;
  // (A price asked for the writer after a sum nobody paid, which had no months: a year's, as elsewhere.)
  const priced = writerAsked && before.months === undefined ? { ...before, months: 12 as const } : before;
  return added === 1 ? withOneAdded(priced, members, folded) : { ...priced, members };
}

// One relative added with an age is counted where the law puts them: a child under 6 or a person of 75 or more is
// paid for by the state, a child of school age joins at school (school-age-children.ts); only others join the ladder.
function withOneAdded(before: CalcDraft, members: number, folded: string): CalcDraft {
  const age = youngestAge(folded);
  const insured = (before.insuredElsewhere ?? 0) + 1;
  if (age === undefined) return { ...before, members };
  // (The age joins the others said, so a province's band for an age still finds each payer's.)
  const ages = [before.ages, String(age)].filter(Boolean).join(",");
  if (age >= 18 && age < SOCIAL_PENSION_AGE) return { ...before, members, ages };
  if (age >= 6 && age < 18) {
    if (NOT_AT_SCHOOL.test(folded)) return { ...before, members };
    const schoolAges = [before.schoolAges, String(age)].filter(Boolean).join(",");
    return { ...before, members, insuredElsewhere: insured, pupils: (before.pupils ?? 0) + 1, schoolAges };
  }
  // (An elder's age is kept too: "he doesn't get the social pension yet" then counts him in.)
  return { ...before, members, insuredElsewhere: insured, ...(age >= SOCIAL_PENSION_AGE ? { ages } : {}) };
}

/**
 * "à con dâu tháng sau đi làm công ty rồi, chỉ còn vợ tôi" right after a household's sum: only the one named is left
 * to pay, for the same months (whatever the rest of the message says of the others).
 */
export function withOnlyOneLeft(turn: Turn, before: CalcDraft): CalcDraft | undefined {
  if (!HOUSEHOLD_GROUPS.has(before.group ?? "") || turn.text.trim().split(/\s+/).length > STORY_WORDS)
    return undefined;
  if (!ONLY_ONE_MEMBER.test(` ${foldWords(turn.text)} `)) return undefined;
  return { ...withoutLeftOut(before), members: 1 };
}

// "one of the 5 is 4 years old", "trong đó 1 đứa 3 tuổi", "à nhầm, có 1 đứa 4 tuổi": one of those counted is a young
// child (or 75 or more).
const ONE_OF_THEM_AGED =
  /^\s*(?:(?:oh|ah|wait|but|and|sorry|actually|hold on|oops)\s+)*(?:my|our) (?:son|daughter|kid|child|boy|girl|youngest) (?:is|s) (?=\d)|\b(?:one of (?:the |them|us|those)?\s*(?:\d{1,2} )?(?:people |of them )?(?:is|s)|trong do (?:co )?(?:1|mot) (?:dua|be|chau|nguoi|dua nho)|(?:1|mot) (?:dua|be|chau|nguoi) trong (?:do|so do)|(?:nham|quen|a khong|sorry|oops)\b[ ,]*(?:la )?(?:co )?(?:1|mot) (?:dua|be|chau)(?= \d))\b/;

/** "oh wait, one of the 5 is 4 years old" after a household's sum: that one is paid for by the state, left out. */
export function withOneAmongCounted(turn: Turn, before: CalcDraft): CalcDraft | undefined {
  if (!HOUSEHOLD_GROUPS.has(before.group ?? "") || !before.members) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > FEW_WORDS + 4 || !ONE_OF_THEM_AGED.test(folded))
    return undefined;
  const rest = folded.replace(/\b(?:of (?:the )?)?\d{1,2} (?:people|of them)\b|\bof the \d{1,2}\b/g, " ");
  // ("my son is 5": a bare age after "is", which the age reader leaves to amounts below 10.)
  const age = youngestAge(rest) ?? Number(/\b(?:is|s) (\d{1,2})\b/.exec(rest)?.[1] ?? Number.NaN);
  const free = !Number.isNaN(age) && (age < 6 || age >= SOCIAL_PENSION_AGE);
  const left = (before.insuredElsewhere ?? 0) + 1;
  return free && left < before.members ? { ...before, insuredElsewhere: left } : undefined;
}

/**
 * The last household's sum with its people changed by a short follow-up: someone added, a near-poor member, a child
 * out of school, only one left, or one of them a young child. Undefined when the message changes none.
 */
export function withPeopleChanged(turn: Turn, before: CalcDraft): CalcDraft | undefined {
  return (
    withPayersLeft(turn, before) ??
    withAddedMembers(turn, before) ??
    withNearPoorMembers(turn, before) ??
    withChildNotAtSchool(turn, before) ??
    withOnlyOneLeft(turn, before) ??
    withOneAmongCounted(turn, before)
  );
}

/**
 * "à không, con dâu vừa đi làm cty rồi, vậy còn 2 người thôi" after a household's sum: of those counted, only the
 * number said is left to pay; the others are covered. Undefined unless fewer than counted are said to be left.
 */
function withPayersLeft(turn: Turn, before: CalcDraft): CalcDraft | undefined {
  if (!HOUSEHOLD_GROUPS.has(before.group ?? "") || !before.members) return undefined;
  if (turn.text.trim().split(/\s+/).length > STORY_WORDS) return undefined;
  const left = payersLeft(foldForSlots(turn.text));
  const paying = before.members - (before.insuredElsewhere ?? 0);
  if (!left || left >= paying) return undefined;
  return { ...before, insuredElsewhere: before.members - left };
}

const PAYERS_LEFT =
  /\b(?:chi con|vay con|gio con|con lai) (\d|hai|ba|bon|nam) (?:nguoi|ng)\b|\bthe (?:other|remaining) (\d|two|three|four|five)\b(?! (?:months?|years?))|\b(?:chi con|gio chi con) (?:lai )?(?:toi|minh|em|tui) (?:voi|va) (?:vo|chong)(?: (?:toi|em|minh|tui))?(?: thoi)?\s*[.?!]?\s*$/;
/** "vậy còn 2 người thôi", "chỉ còn tôi với vợ": how many are left to pay, said outright. */
const payersLeft = (folded: string): number | undefined => {
  const said = PAYERS_LEFT.exec(folded);
  const count = said?.[1] ?? said?.[2];
  return said ? (count ? countValue(count) : 2) : undefined;
};
