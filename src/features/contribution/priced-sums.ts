import { foldWords } from "../../core/fold.ts";
import { type TextRef, t, text, withLines } from "../../core/reply.ts";
import { type PricedSum, saidBefore } from "../../core/session.ts";
import { REMINDER_ASKED } from "../../nlu/renewal-readings.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { NOT_SAME_HOUSEHOLD } from "../../nlu/slots/household-words.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { countValue } from "../../nlu/slots/numbers.ts";
import { deniedGroupsOf } from "../../nlu/slots/payer-group.ts";
import { type SumSubject, sumSubjectsOf } from "../../nlu/slots/sum-subjects.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { type ContributionResult, LARGEST_HOUSEHOLD } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksFamilyTotal } from "./family-total.ts";
import { withSchoolCardAsked } from "./school-card-in-total.ts";

/** Most sums a conversation keeps for a family's total. */
export const MAX_PRICED_SUMS = 6;
const YEAR = 12;

/**
 * The conversation's sums after one more. A sum for just the people its message names ("còn mẹ e 66 tuổi", "bố e 55
 * …") is theirs: it replaces an earlier one for them, or is added. Any other sum redoes the last one of its group
 * ("6 tháng thì sao", "mẹ tôi có thẻ thương binh" recounting a household) and the earlier whole counts of that
 * group, or is added when the group is new.
 */
export function pricedAfter(turn: Turn, priced: ContributionResult | OwnShare): PricedSum[] {
  const share = "input" in priced ? shareOf(priced) : priced;
  const named = sumSubjectsOf(turn.text);
  const own = named.length > 0 && share.members <= named.length;
  const sum: PricedSum = {
    who: own ? named.join(",") : "",
    group: share.group,
    payers: share.payers,
    members: share.members,
    month: share.month,
    year: share.year,
    ...(NOT_SAME_HOUSEHOLD.test(` ${foldWords(turn.text)} `) ? { apart: true } : {}),
  };
  const kept = turn.session.priced ?? [];
  // ("Mẹ tôi 70 tuổi có được nhà nước đóng không" after the household's sum that counted "mẹ 70 tuổi": already in it.)
  if (own && countedInHousehold(turn, named, kept)) return kept;
  // (A household counted again as a whole, "tổng cả nhà: 5 người lớn…", replaces every earlier count of it.)
  const others = own
    ? kept.filter((p) => !p.who.split(",").some((w) => named.includes(w as SumSubject)))
    : (kept.at(-1)?.group === sum.group ? kept.slice(0, -1) : kept).filter(
        (p) => p.who !== "" || p.group !== sum.group,
      );
  return [...others, sum].slice(-MAX_PRICED_SUMS);
}

// Whether the people named, with their ages, were told in an earlier message whose household sum is kept.
function countedInHousehold(turn: Turn, named: readonly SumSubject[], kept: readonly PricedSum[]): boolean {
  const ages = agesOf(foldForSlots(turn.text)) ?? [];
  if (
    ages.length === 0 ||
    !kept.some((p) => p.group === "household" && p.who === "" && (p.members ?? 0) > 1 && p.payers > 0)
  )
    return false;
  return saidBefore(turn.session)
    .slice(0, EARLIER_MESSAGES)
    .some((said) => {
      const earlier = foldForSlots(said);
      const told = agesOf(earlier) ?? [];
      return (
        told.length > 1 &&
        ages.every((age) => told.includes(age)) &&
        named.every((who) => sumSubjectsOf(said).includes(who))
      );
    });
}
const EARLIER_MESSAGES = 4;

/** What the people of one answer pay themselves: how many were asked about, how many pay, a month and a year. */
export interface OwnShare {
  group: string;
  members: number;
  payers: number;
  month: number;
  year: number;
}

// An employee's own share is the salary deduction; a sum for other than 12 months is counted for a year.
function shareOf(result: ContributionResult): OwnShare {
  const employee = result.employee?.employee;
  const month = employee ? employee.month : result.person.month;
  const year = employee || result.input.months !== YEAR ? month * YEAR : result.person.period;
  const { group, members } = result.input;
  return { group, members, payers: result.payers, month, year };
}

const TOTAL_ASKED =
  /\b(?:tong|tong cong|cong lai|total|in total|altogether|all together|bao nhieu|bn|how much|het bao nhieu)\b/;
const COUNT_SAID = /\b(\d{1,2}|hai|ba|bon|nam|two|three|four|five) (?:nguoi|ng|people|persons)\b/;
// A total asked in a few words ("vậy tổng cả nhà bn", "so how much in total?"): a longer message tells a new sum.
const TOTAL_WORDS = 22;

/**
 * "vậy total cả nhà e 1 năm bn, e + anh + mẹ + bố" after each was priced on their own: the sums of this conversation
 * added up for a year, those on the household card counted together down the ladder. Undefined when fewer than two
 * sums were made, or the message names someone not priced yet (then it is a new sum).
 */
export function answerPricedTotal(turn: Turn): Outcome | undefined {
  // (…with a child's school card the total asks to add: "tính cả con lớn đóng ở trường thì tổng bao nhiêu".)
  const priced = withSchoolCardAsked(turn, turn.session.priced ?? []);
  if (priced.length < 2 || turn.session.flow?.awaiting || !asksFamilyTotal(turn.text)) return undefined;
  const folded = foldWords(turn.text);
  if (folded.split(" ").length > TOTAL_WORDS) return undefined;
  // ("…nhắc mình trước để đi đóng nhé": a reminder, not a sum; "vậy 2 người 1 năm tổng…": a count said is the
  // calculator's, redone with it.)
  if (!TOTAL_ASKED.test(` ${folded} `) || REMINDER_ASKED.test(` ${folded} `)) return undefined;
  // ("sang năm hết cận nghèo thì cả nhà mua bn": the group left, the last sum redone as a household's.)
  if (deniedGroupsOf(foldForSlots(turn.text)).some((group) => priced.some((p) => p.group === group)))
    return undefined;
  // ("6 tháng cả nhà bao nhiêu": the sums are for a year; another period is the calculator's, redone with it.)
  const months = monthsOf(foldForSlots(turn.text));
  if (months !== undefined && months !== YEAR) return undefined;
  // ("vậy tóm lại cả nhà 5 người tổng bao nhiêu" after the five were priced: the same people, added up.)
  const counted = COUNT_SAID.exec(` ${folded} `);
  const pricedPeople = priced.reduce((all, p) => all + (p.members ?? p.payers), 0);
  // ("cộng luôn 2 đứa con đi học vô, tổng cả nhà bn": the count of the school cards the message adds.)
  const schoolCards = priced.length - (turn.session.priced ?? []).length;
  const said = countValue(counted?.[1] ?? "");
  if (counted && said !== pricedPeople && !(schoolCards > 0 && said === schoolCards)) return undefined;
  const known = new Set(priced.flatMap((p) => p.who.split(",")));
  if (sumSubjectsOf(turn.text).some((who) => !known.has(who))) return undefined;
  // ("v còn 2 vc c thì sao, tổng…" after the children's cards: the couple, not priced yet, is a new sum.)
  const couplePriced = priced.some((p) => p.group !== "student" && p.group !== "child_under6");
  if (COUPLE.test(` ${folded} `) && !couplePriced) return undefined;
  // ("ngoài phần lương của mình ra", "not counting my salary": the employee's deduction left out of the total.)
  // (…or "chỉ chồng và 2 con thôi": only others named, so not the writer's own salary deduction.)
  const othersOnly = ONLY.test(` ${folded} `) && !WRITER_NAMED.test(` ${folded} `);
  const added =
    SALARY_LEFT_OUT.test(` ${folded} `) || othersOnly ? priced.filter((p) => p.group !== "employee") : priced;
  return {
    replies: [text(...totalLines(turn, added))],
    session: { lastIntent: TOTAL_TOPIC, misses: 0, priced: priced.slice(-MAX_PRICED_SUMS) },
  };
}

const TOTAL_TOPIC = "contribution.household";
const ONLY = /\b(?:chi|only|just)\b/;
const WRITER_NAMED = /\b(?:toi|minh|em|e|tui|me|myself|i)\b/;
const COUPLE = /\b(?:vc|vo chong|my (?:wife|husband) and (?:i|me)|(?:wife|husband) and i)\b/;
const SALARY_LEFT_OUT =
  /\b(?:ngoai|tru|khong tinh|ko tinh|bo) (?:phan |tien )?(?:luong|tru (?:vao )?luong|bhyt cong ty|cong ty dong)\b|\bphan (?:luong|tru luong)(?: cua (?:minh|toi|em|tui))? (?:khong|ko|k) tinh\b|\b(?:except|apart from|besides|not counting|excluding|without) (?:my |the )?(?:salary|payroll|work|company|employer)\b/;
// "ủa còn a e đh thì sao, ko tính à", "isn't my brother counted?": whether someone is in the total just given.
const COUNTED_ASKED =
  /\b(?:(?:ko|khong|k|chua|sao ko|sao khong|co) (?:tinh|cong)|not (?:counted|included)|(?:count|include)(?:ed)? (?:him|her|them)|left (?:out|off))\b/;
const COUNTED_WORDS = 15;

/**
 * After the family's total, "còn anh e đh thì sao, ko tính à" about someone priced in it: yes, with their line, and
 * the total again. Undefined otherwise.
 */
export function answerCountedInTotal(turn: Turn): Outcome | undefined {
  const priced = turn.session.priced ?? [];
  if (turn.session.lastIntent !== TOTAL_TOPIC || priced.length < 2) return undefined;
  const folded = foldWords(turn.text);
  if (folded.split(" ").length > COUNTED_WORDS || !COUNTED_ASKED.test(` ${folded} `)) return undefined;
  const asked = sumSubjectsOf(turn.text);
  const counted = priced.filter((p) => p.who.split(",").some((who) => asked.includes(who as SumSubject)));
  if (asked.length === 0 || counted.length === 0) return undefined;
  const lines = counted.map((p) => t("common:sums.line", { who: subjectLabel(p), amount: vnd(p.year) }));
  return {
    replies: [text(withLines(t("common:sums.counted"), lines), ...totalLines(turn, priced))],
    session: { lastIntent: TOTAL_TOPIC, misses: 0 },
  };
}

// The sums of the conversation line by line, the household's ladder and the employee's share noted, and the total.
function totalLines(turn: Turn, priced: PricedSum[]): TextRef[] {
  const onLadder = priced.filter((p) => p.group === "household" && p.payers > 0 && !p.apart);
  const ladder = onLadder.length > 1 ? householdTogether(turn, onLadder) : undefined;
  const total =
    priced.reduce((all, p) => all + p.year, 0) -
    (ladder ? onLadder.reduce((all, p) => all + p.year, 0) - ladder.year : 0);
  const lines = priced.map((p) => t("common:sums.line", { who: subjectLabel(p), amount: vnd(p.year) }));
  const notes: TextRef[] = [
    ...(ladder ? [t("common:sums.ladder", { count: ladder.payers, amount: vnd(ladder.year) })] : []),
    ...(priced.some((p) => p.group === "employee") ? [t("common:sums.employee")] : []),
  ];
  return [
    withLines(t("common:sums.head"), lines),
    ...notes,
    t("common:sums.total", { total: vnd(total), month: vnd(Math.round(total / YEAR)) }),
  ];
}

// People priced one by one on the household card are one household: the first pays in full, the next less.
function householdTogether(turn: Turn, onLadder: PricedSum[]): { payers: number; year: number } {
  const payers = onLadder.reduce((all, p) => all + p.payers, 0);
  const result = calculateContribution(turn.content.policy, {
    group: "household",
    date: turn.today,
    months: YEAR,
    members: Math.min(payers, LARGEST_HOUSEHOLD),
  });
  return { payers, year: result.person.period };
}

function subjectLabel(sum: PricedSum): TextRef {
  const group = t(`common:calc.group.${sum.group}`);
  const who = sum.who ? sum.who.split(",") : [];
  // A household of several told by the writer is the household's sum, not the writer's own.
  if (who.length === 0 || who.length > 2 || (who.length === 1 && who[0] === "self" && sum.payers > 1))
    return t("common:sums.group_only", { group, count: sum.payers || (sum.members ?? 0) });
  // The second of two is said in lower case ("Vợ và con").
  const [first, second] = who;
  const firstName = t(`common:sums.who.${first}`);
  return t("common:sums.who_group", {
    who: second
      ? t("common:sums.pair", { first: firstName, second: t(`common:sums.then.${second}`) })
      : firstName,
    group,
  });
}
