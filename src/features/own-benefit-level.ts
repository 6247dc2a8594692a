import { foldWords } from "../core/fold.ts";
import { choices, type Reply, type TextRef, t } from "../core/reply.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { asksLevel } from "../nlu/level-asked.ts";
import { relativeNamed, saysVeteran } from "../nlu/person-said.ts";
import { youngestAge } from "../nlu/slots/age.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import {
  ALLOWANCE_NAMED,
  ON_SOCIAL_PENSION,
  SOCIAL_PENSION_AGE,
  saysPensioner,
} from "../nlu/slots/insured-members.ts";
import { payerGroupOf } from "../nlu/slots/payer-group.ts";
import { amountOf } from "../nlu/slots/salary.ts";
import { namesAmount } from "../nlu/visit-bill.ts";
import { day, law, pct, vnd } from "../policy/answer-vars.ts";
import { calculateContribution } from "../policy/contribution/calculate-contribution.ts";
import { basisPointsOf } from "../policy/money.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import type { ResolvedValue } from "../policy/policy-data.ts";
import { intentChoice } from "./answer-intent.ts";
import { CALC_FLOW, draftFromSession } from "./contribution/calc-draft.ts";
import { areaLeftListLine, saysAreaLeftList } from "./contribution/paid-in-full.ts";
import type { Outcome, Turn } from "./handler.ts";
import { pronounFor } from "./remembered-pronoun.ts";

// The groups whose benefit level is in the policy data (`benefit_level.<group>`).
const WITH_LEVEL = new Set([
  "household",
  "student",
  "employee",
  "agri_household",
  "poor",
  "child_under6",
  "near_poor",
  "elderly_social",
  "pensioner",
  "veteran",
  "ethnic_area_left_list",
]);
const RECENTLY_SET = "2025-01-01";
// The groups whose whole card the state pays, with the dated parameter that says so.
const STATE_PAID: Readonly<Record<string, string>> = {
  veteran: "support.other_group",
  poor: "support.poor",
  child_under6: "support.child_under6",
  elderly_social: "support.elderly_social",
};
const FREE_ASKED =
  /\b(?:mien phi|cap (?:the )?(?:bhyt )?mien phi|(?:duoc|dc|đc) cap the|ai dong|phai (?:mua|dong)|tu (?:mua|dong)|free|for free|who pays|have to (?:pay|buy)|need to (?:pay|buy))\b/;
const PRICE_ASKED =
  /\b(?:(?:dong|mua|tra|mat|het) (?:bhyt |the )?(?:bao nhieu|bn|may tien)|how much (?:do|does|will|would|must) (?:we|i|they|he|she|it) (?:pay|cost)|what do (?:we|i|they) pay)\b/;
// "được hỗ trợ bao nhiêu", "how much support": the share the state still pays, asked beside the level.
const SUPPORT_ASKED = /\b(?:ho tro|support|subsid\w*)\b/;
// A follow-up with no group of its own ("đi khám thì đc hưởng bao nhiêu %", "what does the card cover for us") is
// about the group of the sum or answer just given.
const FOLLOW_UP_WORDS = 14;
const RELATIVE =
  /\b(?:bo|me|ba|ong|ma|cha|con|chau|be|vo|chong|father|mother|dad|mom|mum|son|daughter|grand\w*|husband|wife|brother|sister|he|she|him|her)\b/;
// "vợ e là giáo viên trường công", "my husband is a civil servant": insured through work, at the employees' level.
const SALARIED =
  /\b(?:la|lam) (?:giao vien|co giao|thay giao|cong chuc|vien chuc|bac si|y ta|dieu duong|can bo|bo doi|cong an)\b(?! (?:huu|nghi huu|ve huu))|\b(?:is|am|m) an? (?:teacher|civil servant|public servant|nurse|doctor|government employee)\b/;
const CHILD_WORD = /\b(?:be|con|chau|em be|tre|baby|child|kid|son|daughter|toddler)\b/;

/**
 * "hộ cận nghèo đi khám được hưởng bao nhiêu %", "bé nhà em 3 tuổi được hưởng mấy %": the level of the asker's own
 * group, from the policy data, before the table of all levels. Undefined when no group is said or carried.
 */
export function answerOwnLevel(turn: Turn): Outcome | undefined {
  const group = groupAsked(turn);
  if (!group) return undefined;
  const level = groupBenefitLevel(turn, group);
  if (!level) return undefined;
  // A level that changed recently ("100% from 1/1/2026") says since when.
  const versions = turn.content.policy.parameters[`benefit_level.${group}`]!.versions;
  const earlier = versions.filter((v) => v.from < level.from).at(-1);
  // A level first set recently (the social pension's 100% from 1/1/2026, which replaced 80%) says since when too.
  const changed = earlier !== undefined ? earlier.value !== level.value : level.from >= RECENTLY_SET;
  const vars = { level: pct(level.value), from: day(level.from), basis: law(level.legalBasis) };
  const name = groupName(group);
  // "có được cấp thẻ miễn phí không, mức hưởng bao nhiêu": who pays the card, before its level.
  const support = STATE_PAID[group];
  // (…or what it costs: "hộ nghèo đóng bao nhiêu, đi khám được trả mấy %".)
  const freeAsked =
    FREE_ASKED.test(` ${foldWords(turn.text)} `) || PRICE_ASKED.test(` ${foldWords(turn.text)} `);
  const paid =
    support && freeAsked
      ? [
          t("common:own_level.state_pays", {
            basis: law(parameterAt(turn.content.policy, support, { date: turn.today }).legalBasis),
          }),
        ]
      : group === "pensioner" && freeAsked
        ? [pensionPays(turn)]
        : group === "near_poor" && freeAsked
          ? [nearPoorPays(turn)]
          : group === "ethnic_area_left_list" &&
              (freeAsked || SUPPORT_ASKED.test(` ${foldWords(turn.text)} `))
            ? [areaLeftListLine(turn)]
            : [];
  // "mỗi tháng được mấy tiền": the social pension itself, for those on it.
  const allowance = group === "elderly_social" && asksHowMuch(turn.text) ? [socialPensionLine(turn)] : [];
  return {
    replies: [
      choices(
        [
          name,
          ...paid,
          ...allowance,
          t(changed ? "common:own_level.since" : "common:own_level.line", vars),
          t("common:own_level.conditions"),
        ],
        [intentChoice("benefit.levels"), intentChoice("benefit.referral")],
      ),
    ],
    // The level said is the card's for the questions after it ("cháu đi bệnh viện tỉnh thì sao").
    session: { lastIntent: "benefit.levels", misses: 0, cardLevel: level.value },
  };
}

// Groups with a level of their own but no sum of their own (their card is paid by social insurance or the state).
const OWN_NAMES = new Set(["pensioner", "veteran", "ethnic_area_left_list"]);

// "được 100% đúng ko", "bao nhiêu phần trăm", "what percent": a share asked.
const PERCENT_ASKED =
  /\b(?:\d{2,3} phan tram|bao nhieu phan tram|may phan tram|what percent\w*|how many percent)\b/;

/**
 * "vậy ông em là cựu chiến binh thì được 100% đúng ko" after a benefit answer, read as the group's price: the
 * share the group's card pays. Undefined when the conversation was not on benefits or no share is asked.
 */
export function levelAskedAfterBenefit(turn: Turn): Outcome | undefined {
  const onBenefits = turn.session.lastIntent?.startsWith("benefit.") ?? false;
  const said = foldWords(turn.text.replaceAll("%", " phần trăm "));
  const asked = PERCENT_ASKED.test(said) || asksLevel(turn.text);
  if (!asked) return undefined;
  // "He is 80. Does he get 100%?" after a pensioner's card: a group with no support share of its own, so a percent
  // asked is the card's level.
  // …and "ba tôi đi khám được hưởng bao nhiêu %" of a relative said before to be 75 with no pension.
  const group = groupAsked(turn) ?? "";
  const relative = relativeNamed(turn.text);
  const remembered = relative !== undefined && turn.session.people?.[relative] === group;
  const onOwnGroup =
    (turn.session.lastIntent?.startsWith("contribution.") ?? false) && (OWN_NAMES.has(group) || remembered);
  return onBenefits || onOwnGroup ? answerOwnLevel(turn) : undefined;
}

/** The name of a group with a benefit level, as a heading ("Người có lương hưu", "Hộ cận nghèo"). */
export function groupName(group: string): TextRef {
  return OWN_NAMES.has(group) ? t(`common:own_level.${group}`) : t(`common:calc.group.${group}`);
}

/** A group's benefit level on the turn's day, from the dated `benefit_level.<group>` parameters; undefined if none. */
export function groupBenefitLevel(turn: Turn, group: string): ResolvedValue | undefined {
  const id = `benefit_level.${group}`;
  return turn.content.policy.parameters[id]
    ? parameterAt(turn.content.policy, id, { date: turn.today })
    : undefined;
}

const NO_PENSION =
  /\b(?:(?:khong|ko|k|chua) (?:co )?(?:luong huu|tien huu)|no pension|without (?:a )?pension|(?:don t|do not|doesn t|does not|never) (?:have|had|get|got|receive) (?:a |any )?pension)\b/;

/** The group the message names, or the one the conversation is about when the message is a short follow-up. */
// From 70 a near-poor person may draw the social pension, whose card the state pays (ND 176/2025).
const NEAR_POOR_PENSION_AGE = 70;

export function groupAsked(turn: Turn): string | undefined {
  const folded = foldForSlots(turn.text);
  // "bố tôi đi khám ở bệnh viện tỉnh…" after "bố tôi có lương hưu": the group said of that relative before.
  // ("Con trai bác là công an…? Còn bác đi khám … hết 2 triệu": the sentence with the bill says whose it is.)
  const billSentence = turn.text.split(/(?<=[.?!])\s+/).findLast(namesAmount);
  const relative = relativeNamed(billSentence ?? turn.text);
  // ("nhà tôi là hộ nghèo", then "vợ tôi đau bụng…": a poor household's card is every member's.)
  const household = Object.values(turn.session.people ?? {}).find((g) => g === "poor");
  // ("Còn bác đi khám…": "còn", and then, folds as "con", a child.)
  // (…nor "…phải không cháu?": the one asked is called at the end, no relative.)
  const asked = billSentence
    ? foldForSlots(billSentence.replace(/^\s*còn\b/iu, "").replace(/\s(?:cháu|em|con)\s*[?!.]*\s*$/iu, ""))
    : folded;
  const remembered = relative
    ? (turn.session.people?.[relative] ?? household)
    : (pronounFor(turn, asked) ?? (RELATIVE.test(asked) ? household : turn.session.people?.self));
  // ("No, I don't have a pension. … 5 million, what do I pay?": the pension remembered is denied.)
  const denied = remembered === "pensioner" && NO_PENSION.test(folded);
  if (
    remembered &&
    WITH_LEVEL.has(remembered) &&
    payerGroupOf(asked) === undefined &&
    !saysPensioner(asked) &&
    !denied
  )
    return remembered;
  // "bé ốm đi khám ở trung tâm y tế huyện…" after the young child's answer: that child, however long the question.
  if (
    turn.session.lastIntent === "contribution.child_under6" &&
    CHILD_WORD.test(folded) &&
    !payerGroupOf(folded)
  )
    return "child_under6";
  // (A veteran who also draws a pension has the veteran's level, the higher: Law 51 Art. 22.)
  if (saysVeteran(folded)) return "veteran";
  if (saysPensioner(folded)) return "pensioner";
  if (saysAreaLeftList(` ${folded} `)) return "ethnic_area_left_list";
  const age = youngestAge(folded);
  if (age !== undefined && age < 6 && CHILD_WORD.test(folded)) return "child_under6";
  // ("ba tôi 77 tuổi không có lương hưu": from 75 without a pension, the social pension's card; on it at any age —
  // "71, near-poor, gets the social pension" — the state pays the card too.)
  if (
    age !== undefined &&
    ((age >= SOCIAL_PENSION_AGE &&
      (ON_SOCIAL_PENSION.test(folded) || NO_PENSION.test(folded) || ALLOWANCE_NAMED.test(folded))) ||
      (age >= NEAR_POOR_PENSION_AGE && ON_SOCIAL_PENSION.test(folded)))
  )
    return "elderly_social";
  const named = payerGroupOf(folded) ?? (SALARIED.test(` ${folded} `) ? "employee" : undefined);
  if (named) return WITH_LEVEL.has(named) ? named : undefined;
  if (turn.text.trim().split(/\s+/).length > FOLLOW_UP_WORDS || age !== undefined) return undefined;
  const flow = turn.session.flow;
  const running = flow?.id === CALC_FLOW ? draftFromSession(flow.data).group : undefined;
  const last = turn.session.lastIntent?.startsWith("contribution.")
    ? turn.session.lastIntent.slice("contribution.".length)
    : undefined;
  const carried = running ?? last;
  // A household's sum may hold members of other groups: "bố đi khám được bao nhiêu %" may be about one of them.
  if (carried === "household" && RELATIVE.test(folded)) return undefined;
  return carried && WITH_LEVEL.has(carried) ? carried : undefined;
}

// "đi khám đúng tuyến", "at my registered clinic": where the card's whole level applies.
const RIGHT_ROUTE =
  /\b(?:dung tuyen|dung noi(?: dang ky)?|dung cho|noi dang ky|(?:at|to) (?:my|the) registered|right (?:place|clinic|hospital))\b/;

/** "thẻ hộ gia đình đi khám đúng tuyến được trả bao nhiêu %": the group's level, read as a referral question. */
export function answerLevelOnRightRoute(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!RIGHT_ROUTE.test(folded) || !asksLevel(turn.text) || !payerGroupOf(foldForSlots(turn.text)))
    return undefined;
  return answerOwnLevel(turn);
}

/** The card's level of a group whose sum is given, when the message asks it too; undefined otherwise. */
export function levelAskedNote(turn: Turn, group: string | undefined): TextRef | undefined {
  if (!group || !asksLevel(turn.text)) return undefined;
  // Of the groups the state pays for, people with meritorious service are the ones named ("thương binh").
  const named = group === "other_group" && saysVeteran(foldForSlots(turn.text)) ? "veteran" : group;
  const level = groupBenefitLevel(turn, named);
  return level && t("common:own_level.line", { level: pct(level.value), basis: law(level.legalBasis) });
}

function socialPensionLine(turn: Turn): TextRef {
  const pension = parameterAt(turn.content.policy, "social_pension_month", { date: turn.today });
  return t("common:own_level.social_pension", { amount: vnd(pension.value), basis: law(pension.legalBasis) });
}

// "bố có phải tự mua không, lương hưu 6 triệu": social insurance pays 4.5% of the pension, worked out when said.
function pensionPays(turn: Turn): TextRef {
  const pension = amountOf(foldForSlots(turn.text));
  const rate = parameterAt(turn.content.policy, "contribution_rate", { date: turn.today });
  if (pension === undefined) return t("common:own_level.pension_pays");
  const paid = vnd(basisPointsOf(pension, rate.value));
  return t("common:own_level.pension_pays_amount", {
    pension: vnd(pension),
    rate: pct(rate.value / 100),
    paid,
  });
}

// "hộ cận nghèo thì ai đóng bhyt": the state's share and what each person pays, a month and a year.
function nearPoorPays(turn: Turn): TextRef {
  const r = calculateContribution(turn.content.policy, {
    group: "near_poor",
    date: turn.today,
    months: 12,
    members: 1,
  });
  return t("common:own_level.near_poor_pays", {
    support: r.supportPct ?? 0,
    month: vnd(r.person.month),
    year: vnd(r.person.period),
  });
}

/** An intent's answer with the card's level added when the message asks it too ("ai đóng, được hưởng bao nhiêu %"). */
export function withLevelAsked(turn: Turn, reply: Reply, group: string | undefined): Reply {
  // (Only for the groups the state pays for: a payer's "what percentage" is what they pay, which the answer says.)
  if (!group || !(group in STATE_PAID || group === "other_group")) return reply;
  const level = levelAskedNote(turn, group);
  return level ? { ...reply, parts: [...reply.parts, level] } : reply;
}
