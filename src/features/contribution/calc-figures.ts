import { foldWords } from "../../core/fold.ts";
import { asksWhere } from "../../nlu/how-much.ts";
import { ASKS_CARD_END } from "../../nlu/person-readings.ts";
import { pairBuys } from "../../nlu/slots/bought-for.ts";
import {
  countsPayers,
  createSlotExtractor,
  type ExtractSlots,
  foldForSlots,
} from "../../nlu/slots/extract-slots.ts";
import { ADULTS } from "../../nlu/slots/household-size.ts";
import { namesMember } from "../../nlu/slots/named-members.ts";
import type { ContributionGroup } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import { asksHowMuch, saysCorrection } from "../typed-lexicon.ts";
import { CALC_FLOW, type CalcDraft, draftFromSession, draftFromSlots, payingAges } from "./calc-draft.ts";
import { saysPlaceInHousehold } from "./member-joins.ts";

// One slot extractor per content version: its place index is built from the provinces.
const extractors = new WeakMap<Turn["content"], ExtractSlots>();
/** The slot extractor for the turn's content, built once per content version. */
export function slotExtractorOf(turn: Turn): ExtractSlots {
  const known = extractors.get(turn.content);
  if (known) return known;
  const extract = createSlotExtractor(turn.content.policy.provinces);
  extractors.set(turn.content, extract);
  return extract;
}

/** The figures of a sum a message can name. */
export const FIGURES = [
  "group",
  "members",
  "months",
  "province",
  "salary",
  "insuredElsewhere",
  "part",
  "ages",
] as const;

const PRIMARY_CARE =
  /\b(?:kham (?:chua benh )?ban dau|kcb ban dau|noi kham|primary care|registered clinic)\b/;

/** The figures of a sum that a short message names ("4 người", "6 tháng", "hộ cận nghèo"), or undefined. */
export function figuresIn(
  turn: Turn,
  raw: string,
  maxWords: number,
): { said: CalcDraft; fields: (typeof FIGURES)[number][] } | undefined {
  // "ý em là đổi nơi đăng ký khám ban đầu về trạm y tế ở Bình Dương": where the card is registered, no sum's figure.
  // …nor "thẻ của con trai lớp 12 hết hạn khi nào": when a card ends.
  const folded = foldForSlots(raw);
  const cardEnd = ASKS_CARD_END.test(` ${foldWords(raw)} `) && !asksHowMuch(raw);
  const aboutCard = PRIMARY_CARE.test(folded) || cardEnd;
  // (…nor "mẹ em là người thứ 2 trong hộ": a place in the household, whose price is that place's.)
  if (raw.trim().split(/\s+/).length > maxWords || aboutCard || saysPlaceInHousehold(raw)) return undefined;
  const { draft: said, invalid } = draftFromSlots(slotExtractorOf(turn)(raw, turn.today));
  const fields = FIGURES.filter((field) => said[field] !== undefined);
  return fields.length > 0 && !invalid ? { said, fields } : undefined;
}

/**
 * `draft` with the named figures replaced; people covered elsewhere said "too" ("bà nội cũng có thẻ hưu trí rồi") are
 * added to those already left out, and a count of the people to pay for ("tính lại cho 2 người") leaves no one out.
 */
export function withFigures(
  draft: CalcDraft,
  figures: NonNullable<ReturnType<typeof figuresIn>>,
  raw = "",
): CalcDraft {
  const next: CalcDraft = { ...draft };
  const folded = foldForSlots(raw);
  // "à quên, vợ mình cũng mới đi làm cty rồi": one relative named is read as a household of one, which is no count
  // of a household already counted.
  const oneNamed =
    figures.said.members === 1 && (draft.members ?? 0) > 1 && figures.said.insuredElsewhere !== undefined;
  // ("nếu 1 người đi làm công ty thì còn bao nhiêu": one of those counted now covered, not a household of one.)
  const oneOfThem = oneNamed && ONE_OF_THEM_COVERED.test(folded);
  const fields =
    oneNamed && (!COUNTED.test(folded) || oneOfThem)
      ? figures.fields.filter((f) => f !== "members")
      : figures.fields;
  for (const field of fields) Object.assign(next, { [field]: figures.said[field] });
  const more = figures.said.insuredElsewhere;
  // "à nhầm, bố e có lương hưu rồi": someone forgotten is one more left out, unless the message counts them anew.
  const forgotten = saysCorrection(raw) && !COUNTED.test(folded);
  // "đứa 8 tuổi đi học rồi", "the 9-year-old is at school": one of those counted, named by the age given before.
  const namedByAge = (figures.said.ages?.split(",") ?? []).every((age) =>
    draft.ages?.split(",").includes(age),
  );
  const oneCounted =
    figures.said.ages !== undefined && (draft.ages === undefined ? ONE_OF_THEM.test(folded) : namedByAge);
  // "đứa 8 tuổi cũng đi học rồi" of a child already taken as a pupil: left out already.
  const agesSaid = (figures.said.ages ?? figures.said.coveredAges)?.split(",") ?? [];
  const leftOutAlready =
    agesSaid.length > 0 && agesSaid.every((age) => draft.coveredAges?.split(",").includes(age));
  // "…tổng cả nhà: 5 người lớn với cháu 7 tuổi đi học": the adults and children counted anew, no one more.
  // (…and "chỉ còn vợ tôi với con dâu phải mua": the two who buy, named, beside those left out.)
  // (…or the whole household said again with who is left out: "sai rồi, ba có lương hưu, con gái 4 tuổi thì miễn,
  // con trai đóng ở trường, còn lại mẹ và vợ chồng tôi": the same count, split anew.)
  const sameCount = figures.said.members !== undefined && figures.said.members === draft.members;
  const recount =
    (ADULTS.test(folded) || pairBuys(folded) || (sameCount && (figures.said.members ?? 0) > 2)) &&
    figures.said.members !== undefined &&
    more !== undefined;
  if (recount) next.insuredElsewhere = more;
  else if (more !== undefined && leftOutAlready && draft.insuredElsewhere !== undefined)
    next.insuredElsewhere = draft.insuredElsewhere;
  else if (
    more !== undefined &&
    draft.insuredElsewhere !== undefined &&
    (ALSO.test(folded) ||
      forgotten ||
      oneCounted ||
      namesMember(folded) ||
      pupilsCounted(draft, figures.said))
  )
    next.insuredElsewhere = draft.insuredElsewhere + more;
  // "em có bảo hiểm ở công ty rồi nha" after a story that already left the writer out: said again, not a recount.
  else if (restates(draft, figures.said, raw, folded)) next.insuredElsewhere = draft.insuredElsewhere;
  // "and if 1 of them is a student": their card is bought at school, shown beside the household's sum.
  const added = !recount && next.insuredElsewhere !== figures.said.insuredElsewhere;
  for (const kind of ["pupils", "students"] as const)
    if (figures.said[kind]) next[kind] = (added ? (draft[kind] ?? 0) : 0) + figures.said[kind];
  if (oneCounted) next.ages = draft.ages;
  // ("mẹ mua 1 năm bn" after a couple with a veteran: the one bought for pays, whoever was left out before.)
  const onePays = figures.said.members === 1 && fields.includes("members");
  if (figures.said.members !== undefined && more === undefined && (countsPayers(folded) || onePays))
    delete next.insuredElsewhere;
  // "2 vợ chồng hết bao nhiêu" after a family's sum: the couple alone.
  if (more === undefined && saysCouple(raw, figures.said)) return { ...theCouple(next), members: 2 };
  // "à nhầm, chỉ 3 người thôi, đứa con đi học có thẻ ở trường rồi" after 4 were counted: 3 pay, the fourth is why.
  const { members: total, insuredElsewhere: left = 0 } = draft;
  const paying = figures.said.members;
  if (saysCorrection(raw) && total && paying && more && left === 0 && paying + more === total)
    Object.assign(next, { members: total, insuredElsewhere: more });
  // The group named again without its part ("student 3 months" after a pupil's sum) may be someone else: the part
  // is asked again, not carried over from the pupil.
  if (figures.said.group !== undefined && figures.said.part === undefined) delete next.part;
  // "so until March, 3 months for mum?", "what do we pay right now": today's sum, not the day a change was asked of.
  if (UNTIL_OR_NOW.test(folded)) delete next.date;
  return next;
}

const UNTIL_OR_NOW =
  /\b(?:until|till|right now|for now|at the moment|today|cho den khi|den khi|truoc khi|bay gio|hien tai|hien gio|luc nay)\b/;

// Someone covered elsewhere named without a count, a correction or a new household size lowers no one left out…
// unless it is a relative named by their place in the family ("à bà nội có thẻ người có công rồi"): the one said
// again is the writer ("em có bảo hiểm ở công ty rồi nha").
function restates(draft: CalcDraft, said: CalcDraft, raw: string, folded: string): boolean {
  const more = said.insuredElsewhere;
  return (
    more !== undefined &&
    !namesMember(folded) &&
    draft.insuredElsewhere !== undefined &&
    more <= draft.insuredElsewhere &&
    said.members === undefined &&
    !saysCorrection(raw) &&
    !COUNTED.test(folded)
  );
}

// "the 9-year-old", "đứa 8 tuổi": one of the people already counted, when no ages were given before.
const ONE_OF_THEM = /\b(?:the|dua|thang|con|chau|be)\b/;
const ALSO = /\b(?:cung|nua|also|too|as well)\b/;
const ONE_OF_THEM_COVERED =
  /\b(?:1|mot) (?:nguoi|ng)(?: \w+){0,2}? (?:di lam|lam cong ty|vao cong ty|co the|co bhyt|co bao hiem|di hoc|nghi huu|co luong huu|goes to work|gets a job|has a card)\b/;
const COUNTED = /\b(?:\d{1,2}|hai|ba|bon) (?:nguoi|ng|people)\b|\b(?:chi|only)\b/;

// "vậy 2 vợ chồng phải đóng bao nhiêu" after a family's sum: the couple alone, without the others' ages or school cards.
const COUPLE =
  /\b(?:vo chong|2 vc|hai vc|husband and (?:i|me)|my (?:wife|husband) and (?:i|me)|the two of us)\b/;
/** Whether a message asks the couple alone after a family's sum ("vậy 2 vợ chồng phải đóng bao nhiêu"). */
export function saysCouple(message: string, said: CalcDraft): boolean {
  return said.members === 2 && said.ages === undefined && COUPLE.test(foldForSlots(message));
}
/** The draft for the couple alone: without the others' ages, school cards or those left out. */
export function theCouple(draft: CalcDraft): CalcDraft {
  const { ages, coveredAges, schoolAges, pupils, students, insuredElsewhere, nearPoor, ...couple } = draft;
  return couple;
}

/** The near-poor or farming group a recount after its sum keeps. */
// "à mà con lớn đóng ở trường rồi, tính lại cho 3 người" after a near-poor sum, read as the household's price: the
// same near-poor (or farming) household, recounted.
export function recountedGroup(turn: Turn, intentId: string): ContributionGroup | undefined {
  const flow = turn.session.flow;
  const last = flow?.id === CALC_FLOW ? draftFromSession(flow.data).group : undefined;
  const supported = last === "near_poor" || last === "agri_household";
  return supported &&
    intentId === "contribution.household" &&
    (saysCorrection(turn.text) || RECOUNT.test(` ${foldWords(turn.text)} `))
    ? last
    : undefined;
}
const RECOUNT = /\b(?:tinh lai|tinh giup lai|recalculate|recount|work it out again)\b/;

const NATIONAL_WORDS = 12;

/**
 * "1 năm đóng bao nhiêu" typed instead of the province asked: the sum at the national level (a province's own is said
 * under it), with what else the message names; undefined when it is not the amount asked again.
 */
export function nationalSumAsked(turn: Turn, draft: CalcDraft, raw: string): CalcDraft | undefined {
  if (!asksHowMuch(raw) || raw.trim().split(/\s+/).length > NATIONAL_WORDS) return undefined;
  const { draft: said } = draftFromSlots(slotExtractorOf(turn)(raw, turn.today));
  if (said.province || (said.group && said.group !== draft.group)) return undefined;
  return { ...draft, ...said, province: "none" };
}

const CORRECTION_WORDS = 8;
// "em có bảo hiểm ở công ty rồi nha": who is covered elsewhere takes a few more words than a figure.
const INSURED_ELSEWHERE_WORDS = 12;

/**
 * A short message naming other figures of a sum while one of its questions waits ("à không, 4 người thôi"): the sum
 * with them replaced, and whether a figure that had a value changed. Undefined when it corrects nothing.
 */
export function correctedDraft(
  turn: Turn,
  draft: CalcDraft,
  raw: string,
): { next: CalcDraft; changed: boolean } | undefined {
  // "ý tôi là 3 người kia đóng tiền ở đâu" asks where, not for a sum of 3.
  if (asksWhere(raw) && !asksHowMuch(raw)) return undefined;
  const named = figuresIn(turn, raw, INSURED_ELSEWHERE_WORDS);
  const onlyInsured = named?.fields.every((f) => f === "insuredElsewhere");
  const figures = onlyInsured || raw.trim().split(/\s+/).length <= CORRECTION_WORDS ? named : undefined;
  // Naming the group again says nothing new ("đăng ký bhyt hộ gia đình ở đâu" is a new question), and another
  // group is a new question too: only a new or different figure is a correction.
  const news = figures?.fields.filter((f) => f !== "group" && draft[f] !== figures.said[f]) ?? [];
  if (!figures || news.length === 0 || (figures.said.group && figures.said.group !== draft.group))
    return undefined;
  const next = withFigures(draft, figures, raw);
  return { next, changed: figures.fields.some((f) => draft[f] !== undefined && draft[f] !== next[f]) };
}

/** Figures with the group named taken out. */
export function withoutGroup<F extends { said: CalcDraft; fields: string[] }>(figures: F): F {
  // …and the age and part of the one left out ("đứa 8 tuổi cũng đi học lớp 3"), which are not the household's.
  const { group: _named, part: _part, ages: _ages, ...said } = figures.said;
  const kept = figures.fields.filter((field) => !["group", "part", "ages"].includes(field));
  return { ...figures, said, fields: kept };
}

// "2 đứa đi học thì đóng ở trường hay…" after a sum that counted two children of school age: those two, left out now
// beside whoever was left out before (a child under 6).
function pupilsCounted(draft: CalcDraft, said: CalcDraft): boolean {
  const pupils = said.pupils ?? 0;
  const schoolAged = payingAges(draft).filter((age) => age >= SCHOOL_AGE && age < ADULT_AGE).length;
  return pupils > 0 && said.ages === undefined && schoolAged >= pupils;
}
const SCHOOL_AGE = 6;
const ADULT_AGE = 19;
