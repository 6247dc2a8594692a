import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { saidBefore } from "../../core/session.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { ALLOWANCE_NAMED, ON_SOCIAL_PENSION, SOCIAL_PENSION_AGE } from "../../nlu/slots/insured-members.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { COUNT, countValue } from "../../nlu/slots/numbers.ts";
import { day, law, pct, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import {
  LARGEST_HOUSEHOLD,
  PAYMENT_MONTHS,
  type PaymentMonths,
} from "../../policy/contribution/contribution-types.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";

// "hộ tôi đã đóng BHYT 3 người", "our family card covers 2 people": the members paid for already this year.
const PAID_FOR = new RegExp(
  `\\b(?:(?:da|dang) (?:dong|mua|co the)|dong roi|mua roi|the (?:bhyt )?(?:ho gia dinh|hgd)|(?:ho|nha) (?:toi|minh|em|tui|e) (?:da |dang )?(?:co|dong|mua)|(?:family|household) (?:card|insurance) (?:covers|is for|has)|(?:already )?paid(?: for)?|already (?:pay|covers?|insured))\\b[^.?!]{0,40}?\\b${COUNT} (?:nguoi|ng|thanh vien|vo chong|people|persons|members)\\b`,
);
// "em gái chuyển về ở cùng, thêm em ấy vào", "my mother is moving in", "how much more for her": one more joining.
// "vợ chồng tôi đã đóng BHYT hộ gia đình", "tôi đóng … cho mình từ tháng 1 rồi": a couple, or the writer alone, paid.
const COUPLE_PAID =
  /\b(?:(?:2 |hai )?vo chong (?:toi|em|minh|tui) (?:da |dang )?(?:dong|mua)|my (?:wife|husband) and i (?:ve |have |d |had )?(?:already )?(?:paid|pay|bought|been paying|had|have|got))\b/;
const SELF_PAID =
  /\b(?:toi|em|minh|tui|e) (?:da |dang )?(?:dong|mua)\b[^.?!]{0,40}\bcho (?:minh|toi|ban than|em)\b|\b(?:join|on|onto|into|under|added to) my (?:household|family) (?:health )?(?:card|insurance)\b|\bi (?:ve |have )?(?:already )?(?:paid|pay|bought|been paying)\b[^.?!]{0,40}\bfor myself\b/;
// "they already pay for 2": those paid for, counted with no unit.
const PAY_FOR_COUNT = new RegExp(
  `\\b(?:already )?(?:pay|pays|paid) for ${COUNT}\\b(?! (?:months?|years?|thang|nam))`,
);
// "bố em đang đóng hộ gđ rồi", "my husband already pays household insurance": one relative paid for already.
const RELATIVE_PAID =
  /\b(?:bo|me|ba|ma|vo|chong|ong|cha|anh|chi) (?:\w+ )?(?:da |dang )?(?:dong|mua|co the)(?: bhyt| the| bao hiem)? (?:ho gia dinh|hgd|ho gd)\b|\bmy (?:dad|father|mum|mom|mother|husband|wife) (?:already )?(?:pays|has|buys) (?:for )?(?:household|family) (?:insurance|card)\b/;
// "my parents bought family health insurance back in March", "bố mẹ em đang đóng bhyt hộ gia đình": a pair paid.
const PARENTS_PAID =
  /\b(?:my|our) (?:parents|mum and dad|mom and dad|grandparents)\b[^.?!]{0,40}?\b(?:bought|paid|pay|have|got)\b[^.?!]{0,30}?\b(?:family|household) (?:health )?(?:insurance|card)\b|\b(?:bo me|ba me|cha me|ong ba) (?:(?:toi|em|minh|tui|e) )?(?:da |dang )?(?:dong|mua|co the)(?: bhyt| the| bao hiem)* (?:ho gia dinh|hgd|ho gd)\b/;
/** "người thứ 2 trong hộ", "the 3rd person": a member's place in the household said, which sets their price. */
export const saysPlaceInHousehold = (text: string): boolean => placeOf(` ${foldWords(text)} `) !== null;
// …of someone named ("mẹ em là người thứ 2") or joining later: "người thứ hai đóng bao nhiêu %" alone asks the rates.
const placeOf = (folded: string) =>
  RELATIVE_PLACE.test(folded) || JOINS_LATER.test(folded) ? PLACE_SAID.exec(folded) : null;
const RELATIVE_PLACE =
  /\b(?:bo|me|ba|ma|vo|chong|con|ong|cha|anh|chi|em|chau|mother|father|mum|mom|dad|wife|husband|son|daughter)\b(?: \w+){0,3} (?:la|is|as|thanh) (?:nguoi thu|the (?:\w+ )?(?:person|member))|\bi (?:d|would|ll|will) be the [2-5](?:nd|rd|th) (?:person|member)\b/;
// ("I'd be the 2nd person": the place as an English ordinal.)
const PLACE_SAID =
  /\b(?:(?:nguoi thu|the (?:person|member) number|person|member) |(?=[2-5](?:nd|rd|th) (?:person|member)\b))(2|3|4|5|hai|ba|bon|nam)(?:nd|rd|th)?\b/;
const JOINS_LATER =
  /\b(?:vao sau|dong sau|vao ho sau|sau (?:\d|mot|hai|ba) thang|joins? later|pays? later|van tinh|con duoc giam|duoc giam|still)\b/;
const ONE_JOINS =
  /\b(?:(?:mua|vao|vo|dong)(?: bhyt| bao hiem)?(?: ho gia dinh| hgd| theo ho)? (?:chung )?(?:voi|cung) (?:bo me|ba me|cha me|ba ma|gia dinh)|(?:vao|vo) (?:chung|cung) ho|rieng phan (?:cua )?(?:toi|em|minh|tui|e)|phan (?:cua )?rieng (?:toi|em|minh|tui|e)|vao ho (?:cung|chung|voi)|(?:join|joining) (?:their|the|my parents|my|our) (?:household|family card)|them (?:me|bo|vo|chong|ba|ong|em|anh|chi|con)\b|mua them cho|them (?:\w+ ){0,4}vao|chuyen (?:ve|den|toi|sang)(?: o)? (?:cung|chung|voi)|(?:ve|len|xuong|vao|sang) o (?:cung|chung)|dong them cho|nhap khau|them (?:1|mot) (?:nguoi|ng)|(?:is |s )?moving in|moved in|move in|add(?:ing)? (?:her|him|my|our|one|his|their)|how much more|one more|(?:buy|get|pay for)(?: it)? for my (?:wife|husband|mother|mum|mom|father|dad|son|daughter|sister|brother)(?: too| as well)?)\b/;
const JOINS_WORDS = 60;
const OWN_SHARE =
  /\b(?:(?:tien )?(?:cua )?rieng (?:em|e|toi|minh|tui)|my own (?:part|share)|just (?:mine|my (?:part|share))|only (?:mine|my (?:part|share)))\b/;
const YEAR: PaymentMonths = 12;

/**
 * "Hộ tôi đã đóng 3 người cho 12 tháng, giờ em gái chuyển về ở cùng thì thêm em ấy đóng bao nhiêu?": the one joining
 * pays by their place after those paid for this year (the household ladder runs over the fiscal year, ND 188/2025),
 * not the whole household again. Undefined for other messages.
 */
export function answerMemberJoins(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "ba mẹ e đóng rồi, e hỏi tiền của riêng e thôi" right after: the joiner's share again, from the question before.
  const earlier = OWN_SHARE.test(folded) ? saidBefore(turn.session)[0] : undefined;
  if (earlier && !OWN_SHARE.test(` ${foldWords(earlier)} `))
    return answerMemberJoins({ ...turn, text: earlier });
  // ("người thứ 4 vào sau 2 tháng thì có còn được giảm ko": the later joiner's place, asked without "how much".)
  const asked = asksHowMuch(turn.text) || (placeOf(folded) !== null && JOINS_LATER.test(folded));
  if (turn.text.trim().split(/\s+/).length > JOINS_WORDS || !asked) return undefined;
  // ("4 ng lớn…, thêm ông nội 80t đang lãnh trợ cấp 500k": the one added is on the social pension, which pays the
  // card; the household's sum.)
  const slotted = foldForSlots(turn.text);
  const onSocialPension = ON_SOCIAL_PENSION.test(slotted) || ALLOWANCE_NAMED.test(slotted);
  if (onSocialPension && (agesOf(slotted) ?? []).some((age) => age >= SOCIAL_PENSION_AGE)) return undefined;
  // "mẹ em là người thứ 2 trong hộ, 12 tháng bao nhiêu": the place in the household said outright.
  const place = placeOf(folded);
  const paid =
    PAID_FOR.exec(folded) ??
    COUPLE_PAID.exec(folded) ??
    SELF_PAID.exec(folded) ??
    PAY_FOR_COUNT.exec(folded) ??
    PARENTS_PAID.exec(folded) ??
    RELATIVE_PAID.exec(folded) ??
    place;
  const counted = paid?.[1] !== undefined ? countValue(paid[1]) : undefined;
  const before = place
    ? (countValue(place[1]!) ?? 1) - 1
    : (counted ??
      (paid && (COUPLE_PAID.test(paid[0]) || PARENTS_PAID.test(paid[0])) ? 2 : paid ? 1 : undefined));
  if (!paid || !before || before >= LARGEST_HOUSEHOLD || !(place || ONE_JOINS.test(folded))) return undefined;
  // The months of the new card when said after the household's ("cho 12 tháng" before it is the household's own).
  const said = monthsOf(folded.slice(paid.index + paid[0].length).replace(ONE_JOINS, " "));
  const months = PAYMENT_MONTHS.find((m) => m === said) ?? YEAR;
  const sum = calculateContribution(turn.content.policy, {
    group: "household",
    date: turn.today,
    months,
    members: before + 1,
  });
  const joining = sum.members.at(-1)!;
  const ladder = sum.parameters.find((p) => p.parameter === "household_ladder")!;
  return {
    replies: [
      choices(
        [
          t("common:member_joins", {
            order: joining.order,
            before,
            month: vnd(joining.month),
            share: pct(joining.sharePct),
            period: vnd(joining.period),
            months,
          }),
          t("common:source", { basis: law(ladder.legalBasis), from: day(ladder.from) }),
        ],
        [intentChoice("enroll.where"), intentChoice("enroll.online_payment"), intentChoice("card.validity")],
      ),
    ],
    session: { lastIntent: "contribution.household", misses: 0 },
  };
}
