import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { asksEmergencyCare } from "../nlu/emergency-readings.ts";
import { asksLevel } from "../nlu/level-asked.ts";
import { illOnShortTrip } from "../nlu/short-trip.ts";
import { billGiven } from "../nlu/visit-bill.ts";
import { law, pct } from "../policy/answer-vars.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import type { Outcome, Turn } from "./handler.ts";
import { groupAsked, groupBenefitLevel, groupName } from "./own-benefit-level.ts";

// "thẻ 80%", "hưởng 95%", "my card is 80%": the card's benefit level, as the writer states it.
const CARD_LEVEL = /\b(80|95|100) (?:phan tram|percent)\b/;

/** The card's benefit level the message states ("thẻ 80%", "my card is 95 percent"), or undefined. */
export function statedCardLevel(text: string): number | undefined {
  const folded = ` ${foldWords(text.replaceAll("%", " phan tram "))} `;
  const found = CARD_LEVEL.exec(folded);
  // "có được BHYT trả 100% không", "is it paid 100%?": a share asked about, not the card's level.
  if (
    !found ||
    ASKED_SHARE.test(folded.slice(Math.max(0, found.index - 12), found.index + found[0].length + 12))
  )
    return undefined;
  return Number(found[1]);
}
const ASKED_SHARE =
  /\b(?:tra|paid|pay|pays|covered|cover)\b \d+ (?:phan tram|percent) (?:khong|ko|k|hong|chua|\?|not)\b/;
// (A birth is a stay, however it is told: "đẻ thường ở bv tỉnh", "a normal delivery".)
const INPATIENT =
  /\b(?:nam vien|nhap vien|noi tru|dieu tri noi tru|inpatient|in-patient|in patient|admitted|hospitali[sz](?:ed|ation)|(?:was|were|been) in (?:the )?hospital|stay(?:ing)? (?:in|at)|hospital stay|de thuong|de mo|sinh thuong|sinh mo|sinh con|di de|vo (?:toi |em |minh )?(?:de|sinh)|gave birth|giving birth|(?:normal|natural) (?:birth|delivery)|delivery|delivered|caesarean|cesarean|c-section|c section)\b/;
const OUTPATIENT =
  /\b(?:ngoai tru|kham ngoai tru|kham benh|di kham|outpatient|out-patient|out patient|check-up|check up|consultation|visit)\b/;
// The kinds of place a visit is paid by, the dearest first: a story names where the card is registered too
// ("đăng ký ở trạm y tế phường, giờ lên bệnh viện tỉnh"), and the place gone to is the dearer one.
const FACILITIES = [
  [
    "central",
    /\b(?:(?:benh vien|bv)(?: \w+){0,3}? trung uong|(?:len|tuyen|vien) trung uong|central|national|bach mai|cho ray|viet duc)\b/,
  ],
  [
    "provincial",
    /\b(?:(?:benh vien|bv) (?:da khoa |nhi |san nhi |phu san |ung buou |mat |lao )?|len |tuyen |vien )tinh\b|\b(?:provincial|province s) (?:general |children s )?hospital\b/,
  ],
  [
    "district",
    /\b(?:trung tam y te|ttyt|benh vien|bv) (?:da khoa )?(?:huyen|quan|thi xa)\b|\bdistrict (?:general )?(?:hospital|health cent(?:er|re))\b/,
  ],
  ["primary", /\b(?:tram y te|tyt|health station|commune clinic|ward clinic)\b/],
] as const;
type Facility = (typeof FACILITIES)[number][0];
// "không qua trạm y tế", "đăng ký khám ban đầu ở trạm y tế phường": a place skipped, or where the card is registered,
// is not where the care asked about happens.
const PLACE_IN_PASSING =
  /\b(?:(?:khong|ko|k|chua) (?:di )?qua|(?:dang ky|dk) (?:kham (?:chua benh )?ban dau|kcb ban dau|kham|noi kham)(?: \w+)? (?:o|tai)|registered (?:at|with)|(?:skip|skipping|without going through|not through)(?: the| a)?) (?:tram y te|tyt|health station)(?: (?:xa|phuong|thi tran))?\b/g;
// "xin giấy chuyển viện từ bv tỉnh", "a referral from the district hospital": where a referral comes from.
const REFERRED_FROM =
  /\b(?:tu|from(?: the| a| my| our)?) (?:benh vien|bv|tram y te|tyt|trung tam y te|ttyt|(?:provincial|district) hospital|health station)(?: (?:da khoa|nhi|huyen|quan|tinh|thanh pho))?(?: tinh)?\b/g;
const facilityIn = (folded: string): Facility | undefined => {
  const asked = folded.replace(PLACE_IN_PASSING, " ").replace(REFERRED_FROM, " ");
  return FACILITIES.find(([, words]) => words.test(asked))?.[0];
};
// The level most people who ask have (households, pupils, employees): the worked example when none is said.
const USUAL_LEVEL = 80;

// "có phải trả đồng nào không", "do I pay anything", "does insurance pay everything": what is paid there, asked.
const PAYS_ANYTHING =
  /\b(?:(?:tra|mat|ton|dong) (?:dong nao|xu nao|tien|gi)|(?:pay|cost) anything|(?:is it )?free|how much (?:do|will) (?:i|we) pay|(?:pays?|covers?)(?: for)? (?:everything|it all|all of it|in full|the full cost|100 phan tram)|tra (?:het|du|toan bo|100 phan tram))\b/;
const STATION_WORDS = 30;
const AMOUNT_SAID = /\d{1,3}(?:[.,]\d{3})+|\b\d+ ?(?:k|nghìn|nghin|ngàn|triệu|trieu|tr|đ|đồng|vnd)\b/i;
// "so do I pay the 400,000 or not?", "vậy có phải trả 400 nghìn không": whether that amount is paid, asked back.
const PAY_OR_NOT =
  /\b(?:do|should|must) (?:i|we) (?:still )?pay\b.*\bor not\b|\b(?:co )?phai (?:tra|dong) (?:\w+ ){0,3}(?:khong|ko|k|hong)\b/;

/** "hộ cận nghèo khám ở trạm y tế xã có mất đồng nào không", however sure the topic was read: what it pays there. */
export function answerStationVisit(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("%", " phan tram "))} `;
  if (turn.text.trim().split(/\s+/).length > STATION_WORDS) return undefined;
  // ("So do I pay the 400,000 or not?" right after the station's answer: the same station.)
  const before = saidBefore(turn.session)[0];
  const again =
    facilityIn(folded) !== "primary" &&
    before !== undefined &&
    facilityIn(` ${foldWords(before)} `) === "primary" &&
    PAY_OR_NOT.test(folded) &&
    AMOUNT_SAID.test(turn.text);
  if (again) return answerReferralShare({ ...turn, text: `${before} ${turn.text}` });
  if (facilityIn(folded) !== "primary") return undefined;
  // (A bill given there is worked out by the bill's answer, with its amount.)
  if (billGiven(turn.text)) return undefined;
  return asksLevel(turn.text) || PAYS_ANYTHING.test(folded) || COVERED_ASKED.test(folded)
    ? answerReferralShare(turn)
    : undefined;
}
// "khám ở trạm y tế gần chỗ trọ thì dc hưởng ko", "bhyt có trả không", "is it covered": whether the visit is paid.
const COVERED_ASKED =
  /\b(?:co )?(?:duoc|dc) (?:huong|tra|chi tra|bhyt tra)(?: bhyt)? (?:khong|ko|k|hong)\b|\b(?:bhyt|bao hiem) co (?:tra|chi tra|chiu) (?:khong|ko|k)\b|\b(?:is it|am i|are we) covered\b|\bdoes (?:it|insurance|the card|bhyt) (?:pay|cover)\b|\b(?:have|has) to pay \d{1,3} phan tram\b|\bphai (?:tra|dong) \d{1,3} phan tram\b/;

/**
 * "thẻ 80%, lên tỉnh nằm viện không giấy chuyển thì được bao nhiêu", "khám ở trạm y tế xã khác có được trả đủ
 * không": the share paid at that kind of place without a referral, worked out (the card's level, as said or the
 * usual 80%, × the share for that place and kind of care, both from the policy data). Falling ill on a short trip
 * gets the rules for care away from home. Undefined when the message names no place.
 */
export function answerReferralShare(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("%", " phan tram "))} `;
  // An emergency: the full level anywhere (the card's, when said), and how to get it.
  if (asksEmergencyCare(turn.text)) {
    // The card's level as said, or as the group named has it ("tôi ở hộ gia đình": 80%).
    const group = groupAsked(turn);
    const stated = statedCardLevel(turn.text) ?? (group ? groupBenefitLevel(turn, group)?.value : undefined);
    const lead = stated ? [t("common:emergency_level", { level: pct(stated) })] : [];
    return {
      replies: [text(...lead, t("common:emergency_care"))],
      session: { lastIntent: "benefit.referral", misses: 0, ...(stated ? { cardLevel: stated } : {}) },
    };
  }
  // Ill on a short trip, with no card level to work from: the rules for care away from home.
  if (illOnShortTrip(turn.text) && !CARD_LEVEL.test(folded))
    return {
      replies: [text(t("common:short_trip"))],
      session: { lastIntent: "benefit.referral", misses: 0 },
    };
  // Stated before ("thẻ 80% phải không, …" then "còn khám ngoại trú thì sao"): the same card, the same place
  // ("còn nằm viện ở đó thì sao").
  const stated = statedCardLevel(turn.text) ?? turn.session.cardLevel;
  // Both asked ("khám ngoại trú và nằm viện"): both are worked out.
  const stay = INPATIENT.test(folded);
  const visit = OUTPATIENT.test(folded);
  const care = stay && visit ? undefined : stay ? "inpatient" : visit ? "outpatient" : undefined;
  const facility = facilityIn(folded) ?? (care ? turn.session.facility : undefined);
  if (!facility) return undefined;
  // The level of the group asked about ("bé 3 tuổi": 100%), else the usual one, said as such.
  const group = stated === undefined ? groupAsked(turn) : undefined;
  const groupLevel = group ? groupBenefitLevel(turn, group)?.value : undefined;
  const level = stated ?? groupLevel ?? USUAL_LEVEL;
  // A former central hospital may now be classed basic or specialised, which changes what is paid: worked out
  // only for a stay with the card's level known (said, or the group's: the specialised rate); otherwise the general
  // answer says both.
  const known = stated ?? groupLevel;
  // A visit (not a stay) there is worked out for a hospital now classed basic, with what to ask if it is specialised.
  const centralVisit = facility === "central" && care === "outpatient";
  if (facility === "central" && !centralVisit && !(care === "inpatient" && known !== undefined))
    return undefined;
  // "trạm y tế xã có được trả 100% không? Còn lên bệnh viện tỉnh thì sao?": the station asked too, answered first.
  const station =
    facility !== "primary" && FACILITIES.at(-1)![1].test(folded.replace(PLACE_IN_PASSING, " "))
      ? [shareLine(turn, "referral_share.primary", level)]
      : [];
  const lines =
    facility === "primary" || facility === "district"
      ? [...station, shareLine(turn, `referral_share.${facility}`, level)]
      : [
          ...station,
          ...(care ? [care] : (["outpatient", "inpatient"] as const)).map((kind) =>
            shareLine(turn, `referral_share.${kind}_former_${facility}`, level),
          ),
        ];
  // A health station pays the same share whatever the card: no level to lead with, no referral to mention.
  if (facility === "primary")
    return {
      replies: [text(...lines)],
      session: { lastIntent: "benefit.referral", misses: 0, facility },
    };
  const lead =
    stated !== undefined
      ? []
      : groupLevel !== undefined
        ? [groupName(group!)]
        : [t("common:referral_share.usual_level", { level: pct(level) })];
  return {
    replies: [text(...lead, ...lines, t("common:referral_share.more", { level: pct(level) }))],
    session: {
      lastIntent: "benefit.referral",
      misses: 0,
      facility,
      ...(stated !== undefined ? { cardLevel: stated } : {}),
    },
  };
}

// One place and kind of care: the share of the card's level, and what that is of the costs.
function shareLine(turn: Turn, id: string, level: number): TextRef {
  const key = id.replace(/_former_/, "_");
  const share = parameterAt(turn.content.policy, id, { date: turn.today });
  // 50% × 95% is 47.5%, said to the tenth, not rounded into an equality that does not hold.
  const paid = Math.round((level * share.value) / 10) / 10;
  const vars = { level: pct(level), share: pct(share.value), paid: pct(paid), basis: law(share.legalBasis) };
  return t(share.value === 0 ? "common:referral_share.none" : `common:${key}`, vars);
}

// "không có giấy chuyển", "tự đi", "without a referral": going without a referral, said outright.
const NO_REFERRAL =
  /\b(?:(?:khong|ko|k|chua) (?:co |xin |lay |mang |can )?(?:giay|phieu) (?:chuyen|gioi thieu)|tu di|tu dua|trai tuyen|without (?:a |any )?(?:referral|transfer)(?: (?:paper|slip|letter|form|note))?|no (?:referral|transfer (?:paper|slip|letter|form|note))|self[- ]referr\w*|on my own|(?:didn t|did not|never|don t|do not) (?:bother (?:to get|getting) |get |ask for |have |take |bring )(?:a |any |the )?(?:referral|transfer)(?: (?:paper|slip|letter|form|note))?|went (?:straight|directly) to|(?:dua|di|vao) thang (?:vao|len|toi|den)|(?:skipped|skipping|skip|without getting|never got) (?:getting |asking for )?(?:a |the |any )?(?:referral|transfer)(?: (?:paper|slip|letter|form|note))?)\b/;

/** "khám trạm y tế xã hết 500 nghìn": the share of a bill paid at a commune or ward health station, whatever the card. */
export function stationShare(turn: Turn): number | undefined {
  if (facilityIn(` ${foldWords(turn.text)} `) !== "primary") return undefined;
  return parameterAt(turn.content.policy, "referral_share.primary", { date: turn.today }).value;
}

/**
 * "bệnh viện tỉnh không có giấy chuyển, hóa đơn 1 triệu": the share of the card's level paid without a referral at a
 * former provincial or central hospital, in percent; undefined when no referral or no such place is said.
 */
export function shareWithoutReferral(turn: Turn): number | undefined {
  // ("That was without a referral. The hospital is a former central hospital", then "in-patient: on a 20 million
  // bill, how much?": the place and the missing referral told a turn or two before the bill.)
  const folded = ` ${[turn.text, ...saidBefore(turn.session).slice(0, 2)].map(foldWords).join(" . ")} `;
  const facility = facilityIn(` ${foldWords(turn.text)} `) ?? facilityIn(folded);
  if (!NO_REFERRAL.test(folded) || (facility !== "provincial" && facility !== "central")) return undefined;
  // (The kind of care the bill itself says wins over one told before: "ngoại trú …", then "nằm viện … 10 triệu".)
  const own = ` ${foldWords(turn.text)} `;
  const said = INPATIENT.test(own) !== OUTPATIENT.test(own) ? own : folded;
  const care = INPATIENT.test(said) && !OUTPATIENT.test(said) ? "inpatient" : "outpatient";
  return parameterAt(turn.content.policy, `referral_share.${care}_former_${facility}`, { date: turn.today })
    .value;
}

/**
 * "thẻ mức hưởng 80%, tự đi khám ngoại trú ở bệnh viện tỉnh không có giấy chuyển thì trả bao nhiêu %", read as the
 * benefit levels: the share without a referral, worked out. Undefined when no referral is not said.
 */
export function answerStatedLevelShare(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "khám ở trạm y tế xã có phải trả tiền không, thẻ 80%": a health station or a former district hospital is paid
  // at the card's level anywhere, so it is worked out too.
  const anywhere = ["primary", "district"].includes(facilityIn(folded) ?? "");
  return NO_REFERRAL.test(folded) || anywhere ? answerReferralShare(turn) : undefined;
}
