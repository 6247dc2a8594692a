import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { relativeNamed } from "../nlu/person-said.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { amountOf } from "../nlu/slots/salary.ts";
import {
  amountAlone,
  amountRestated,
  asksSmallVisit,
  billGiven,
  namesBill,
  namesFiveYearRule,
  ownShareOfAmount,
  shareStated,
} from "../nlu/visit-bill.ts";
import { law, pct, vnd } from "../policy/answer-vars.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import { answerVarsFor } from "./answer-intent.ts";
import { CALC_FLOW, draftFromSession } from "./contribution/calc-draft.ts";
import { cappedShareNote, withoutCopaid } from "./five-year-bill.ts";
import type { Outcome, Turn } from "./handler.ts";
import { groupAsked, groupBenefitLevel } from "./own-benefit-level.ts";
import { shareWithoutReferral, statedCardLevel, stationShare } from "./referral-share-case.ts";

// "bà ấy", "ông ấy", "she", "mỗi năm bà nằm viện" (a writer who spoke of themselves as "tôi"): someone else.
const THIRD_PERSON =
  /\b(?:ba ay|ong ay|co ay|chi ay|anh ay|she|he|her|him)\b|\b(?:ba|ong) (?:nam vien|di kham|di vien|bi|tham gia|da|duoc|phai)\b/;
const OUT_OF = /\b(?:out of|tren tong|trong tong)\b/;
// The level most cards have (households, pupils, employees), used when none is said.
const USUAL_LEVEL = 80;

// A share of the card's level that is all of it.
const FULL_SHARE = 100;

/**
 * A bill given with the card's level or without a referral at a former provincial or central hospital ("card 80%,
 * 9 million, what do I pay?"), however sure the topic was read: the bill worked out.
 */
export function answerBillGiven(turn: Turn): Outcome | undefined {
  // ("thẻ hộ gia đình 80% đó, 18 triệu thì mình trả bao nhiêu": a level and an amount whose share is asked.)
  const levelAndAmount =
    ownShareOfAmount(turn.text) && statedCardLevel(turn.text) !== undefined && !namesFiveYearRule(turn.text);
  if (!billGiven(turn.text) && !levelAndAmount && shareStated(turn.text) === undefined) return undefined;
  // (…or the writer's own level said before: "tôi sắp mổ, hết 40 triệu" after the pensioner's 95%.)
  // (…or the card priced in this conversation: "how much would I pay with this card?" after a household's sum.)
  const kept =
    (turn.session.cardLevel !== undefined || pricedGroupOf(turn) !== undefined) && !asksOfSomeoneElse(turn);
  // (…or the group named in the message: "bố tôi có lương hưu, mổ hết 50 triệu": a pensioner's 95%.)
  // (…or the writer's own share said, which needs no level: "my 20% share is 2 million".)
  const workable =
    statedCardLevel(turn.text) !== undefined ||
    shareStated(turn.text) !== undefined ||
    shareWithoutReferral(turn) !== undefined ||
    kept ||
    (billGiven(turn.text) && groupAsked(turn) !== undefined);
  if (!workable) return undefined;
  // (The amount with no visit named is the bill: read as one.)
  return answerSmallVisit(
    levelAndAmount && !billGiven(turn.text) ? { ...turn, text: `viện phí ${turn.text}` } : turn,
  );
}

// "80%", "thẻ 95%", "it's a household card", "it's an employee card, 80%": the card's level given alone, as the bill's answer asked for it.
// ("it's the household card you just told me about": the kind of card, said back to the bot.)
const LEVEL_ALONE =
  /^\s*(?:(?:the|card|it s|its|it is|my card is|the cua (?:toi|em|minh)(?: la)?)\s*)?(?:the |a |an )?(?:(?:employee|work|company|student|pupil|cong ty|cty|hoc sinh|sinh vien|ho gia dinh|hgd|household)(?: card| insurance)?\s*,?\s*)?(?:(80|95|100)(?: ?%| phan tram| percent)?|(?:household|ho gia dinh|hgd)(?: card| insurance)?)(?: card| thoi| a| nhe)?(?: (?:you|ban|ma ban|ad)(?: \w+){0,5})?(?: (?:nhu|as) (?:toi |em |minh |i )?(?:da )?(?:noi|said)(?: roi| ma| before)?)?\s*$/;

/** The card's level given alone after a bill that needed it: the bill the citizen gave before, worked out with it. */
export function answerLevelForBill(turn: Turn): Outcome | undefined {
  const said = LEVEL_ALONE.exec(foldWords(turn.text.replaceAll("%", " phan tram ")));
  // (The bill may be two messages back when a message about the card came between.)
  const earlier = said ? saidBefore(turn.session).slice(0, 2).find(namesBill) : undefined;
  if (!said || !earlier) return undefined;
  // (A household card is at the usual level.)
  const level = said[1] ?? String(USUAL_LEVEL);
  return answerSmallVisit({ ...turn, text: `${earlier} thẻ ${level}%` });
}

/** "sai r, 1tr2 là 1 triệu 2 trăm nghìn" right after a bill worked out: the bill asked before, with the amount meant. */
export function answerAmountRestated(turn: Turn): Outcome | undefined {
  const meant = turn.session.lastIntent === "benefit.levels" ? amountRestated(turn.text) : undefined;
  const earlier = meant ? saidBefore(turn.session).slice(0, 2).find(namesBill) : undefined;
  const amount = meant ? amountOf(meant) : undefined;
  if (!earlier || amount === undefined) return undefined;
  const withMeant = foldForSlots(earlier).replace(AMOUNT_IN_BILL, ` ${amount} dong `);
  return answerSmallVisit({ ...turn, text: withMeant });
}
const AMOUNT_IN_BILL =
  /\b\d{1,3}(?:[.,]\d{1,3})* ?(?:trieu|tr|million|m|k|nghin|ngan|dong|vnd|d)?(?:\d{1,3})?\b/;

/** "and a quick check-up that costs 200,000?" right after a bill worked out: that bill too, whatever it reads as. */
export function answerBillAgain(turn: Turn): Outcome | undefined {
  return billSaidAgain(turn) ? answerSmallVisit(turn) : undefined;
}

// "what if my bill was only 300,000 VND", "my share would be 3 million" right after a bill worked out: another bill.
// ("Next month he has another round; his share would be 5 million" after the five-year cap: that share, capped.)
const billSaidAgain = (turn: Turn): boolean =>
  ((turn.session.lastIntent === "benefit.levels" &&
    (namesBill(turn.text) || amountAlone(turn.text) || ownShareOfAmount(turn.text))) ||
    (BILL_TOPICS.has(turn.session.lastIntent ?? "") && shareStated(turn.text) !== undefined)) &&
  !namesFiveYearRule(turn.text);
const BILL_TOPICS: ReadonlySet<string> = new Set(["benefit.levels", "benefit.five_year_continuous"]);

/**
 * "dưới bao nhiêu tiền thì được trả 100%", "my clinic bill was 300,000 VND, how much do I pay?": a visit costing less
 * than 15% of the base salary is paid in full; a bill given is worked out against it (and the card's level, when
 * said). Undefined for other questions about levels.
 */
export function answerSmallVisit(turn: Turn): Outcome | undefined {
  // "what if my bill was only 300,000 VND" right after a bill worked out: another bill, the same question.
  const billAgain = billSaidAgain(turn);
  if (!asksSmallVisit(turn.text) && !billAgain && !shareStated(turn.text)) return undefined;
  const threshold = answerVarsFor(turn, ["small_visit_threshold"]).small_visit_threshold!;
  const basis = law(
    parameterAt(turn.content.policy, "small_visit_threshold_pct", { date: turn.today }).legalBasis,
  );
  const folded = foldForSlots(turn.text);
  // ("so I would pay 2 million out of 10 million?": the bill is the amount the share is out of.)
  const outOf = OUT_OF.exec(folded);
  // (…and not the co-payments of the year already made: "đã tự trả 13 triệu, mổ 15 triệu".)
  const billText = withoutCopaid(outOf ? folded.slice(outOf.index) : folded);
  const bill = billGiven(turn.text) || billAgain || namesBill(turn.text) ? amountOf(billText) : undefined;
  // (…or the group of the card priced in this conversation: "it's the household card you just told me about".)
  const group = groupAsked(turn) ?? pricedGroupOf(turn);
  // (The level kept is the writer's own when their group was said: someone else's bill is not worked out with it.)
  const level =
    statedCardLevel(turn.text) ??
    (group ? groupBenefitLevel(turn, group)?.value : undefined) ??
    (asksOfSomeoneElse(turn) ? undefined : turn.session.cardLevel);
  const vars = { threshold, basis };
  // ("my share would be 3 million" with five years in a row and this year's co-payments said: only what is left of them.)
  const shareSaid = shareStated(turn.text);
  const cappedShare = shareSaid ? cappedShareNote(turn, amountOf(shareSaid) ?? 0) : undefined;
  if (cappedShare)
    return {
      replies: [text(cappedShare, t("common:small_visit.conditions"))],
      session: {
        lastIntent: "benefit.levels",
        misses: 0,
        ...(level !== undefined ? { cardLevel: level } : {}),
      },
    };
  const lines: TextRef[] = [];
  // Without a referral at a former provincial or central hospital, only part of the card's level is paid.
  const share = bill !== undefined ? shareWithoutReferral(turn) : undefined;
  const station = bill !== undefined ? stationShare(turn) : undefined;
  if (bill !== undefined && share !== undefined) {
    const cardLevel = level ?? USUAL_LEVEL;
    const paid = Math.round((bill * cardLevel * share) / 10_000);
    lines.push(
      // (A stay there is paid at the card's whole level: "only 100%" would read as a cut.)
      t(share >= FULL_SHARE ? "common:small_visit.no_referral_full" : "common:small_visit.no_referral", {
        bill: vnd(bill),
        level: pct(cardLevel),
        share: pct(share),
        paid: vnd(paid),
        own: vnd(bill - paid),
      }),
    );
  } else if (bill === undefined || threshold.kind !== "vnd") lines.push(t("common:small_visit.rule", vars));
  else if (bill < threshold.value) lines.push(t("common:small_visit.under", { ...vars, bill: vnd(bill) }));
  else if (station !== undefined) {
    // (At a commune or ward health station the whole covered bill is paid, whatever the card's level.)
    const paid = Math.round((bill * station) / 100);
    lines.push(t("common:small_visit.station", { bill: vnd(bill), paid: vnd(paid), own: vnd(bill - paid) }));
  } else {
    // (With no level said or known, the usual 80% is worked out and said as such: "tell me your level" answers nothing.)
    const paid = Math.round((bill * (level ?? USUAL_LEVEL)) / 100);
    lines.push(
      t("common:small_visit.over", {
        ...vars,
        bill: vnd(bill),
        level: pct(level ?? USUAL_LEVEL),
        paid: vnd(paid),
        own: vnd(bill - paid),
      }),
    );
    if (level === undefined) lines.push(t("common:small_visit.usual_level_note"));
    const capped = cappedShareNote(turn, bill - paid);
    if (capped) lines.push(capped);
  }
  return {
    replies: [text(...lines, ...(share === undefined ? [t("common:small_visit.conditions")] : []))],
    session: {
      lastIntent: "benefit.levels",
      misses: 0,
      ...(level !== undefined ? { cardLevel: level } : {}),
    },
  };
}

/**
 * Whether the message asks about someone other than a writer whose own group was said: the level kept is the writer's
 * own, so someone else's bill is not worked out with it.
 */
export function asksOfSomeoneElse(turn: Turn): boolean {
  return (
    turn.session.people?.self !== undefined &&
    (relativeNamed(turn.text) !== undefined || THIRD_PERSON.test(` ${foldForSlots(turn.text)} `))
  );
}

// The group of the card the conversation priced (all on it share its level), not an employee's (the worker's own).
function pricedGroupOf(turn: Turn): string | undefined {
  const flow = turn.session.flow?.id === CALC_FLOW ? turn.session.flow : turn.session.lastSum;
  const group = flow ? draftFromSession(flow.data).group : undefined;
  return group && group !== "employee" ? group : undefined;
}
