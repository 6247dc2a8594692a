import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { asksEmergencyCare, illOnShortTrip } from "../nlu/case-readings.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../nlu/slots/payer-group.ts";
import { law, pct } from "../policy/answer-vars.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import type { Outcome, Turn } from "./handler.ts";
import { groupBenefitLevel } from "./own-benefit-level.ts";

// "thẻ 80%", "hưởng 95%", "my card is 80%": the card's benefit level, as the writer states it.
const CARD_LEVEL = /\b(80|95|100) (?:phan tram|percent)\b/;

/** The card's benefit level the message states ("thẻ 80%", "my card is 95 percent"), or undefined. */
export function statedCardLevel(text: string): number | undefined {
  const level = CARD_LEVEL.exec(` ${foldWords(text.replaceAll("%", " phan tram "))} `)?.[1];
  return level === undefined ? undefined : Number(level);
}
const INPATIENT =
  /\b(?:nam vien|noi tru|dieu tri noi tru|inpatient|in-patient|admitted|stay in hospital|hospital stay)\b/;
const OUTPATIENT =
  /\b(?:ngoai tru|kham ngoai tru|kham benh|di kham|outpatient|out-patient|check-up|consultation|visit)\b/;
const PROVINCIAL = /\b(?:tinh|provincial|province)\b/;
const CENTRAL = /\b(?:trung uong|central|national)\b/;

/**
 * "thẻ 80%, lên tỉnh nằm viện không giấy chuyển thì được bao nhiêu": the share the writer's own card gets without a
 * referral, worked out (the card's level × the share for that hospital and kind of care, both from the policy data).
 * Falling ill on a short trip gets the rules for care away from home. Undefined when the message gives neither.
 */
export function answerReferralShare(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("%", " phan tram "))} `;
  // Ill on a short trip, with no card level to work from: the rules for care away from home.
  if (illOnShortTrip(turn.text) && !CARD_LEVEL.test(folded))
    return {
      replies: [text(t("common:short_trip"))],
      session: { lastIntent: "benefit.referral", misses: 0 },
    };
  // An emergency: the full level anywhere (the card's, when said), and how to get it.
  if (asksEmergencyCare(turn.text)) {
    // The card's level as said, or as the group named has it ("tôi ở hộ gia đình": 80%).
    const group = payerGroupOf(foldForSlots(turn.text));
    const stated = statedCardLevel(turn.text) ?? (group ? groupBenefitLevel(turn, group)?.value : undefined);
    const lead = stated ? [t("common:emergency_level", { level: pct(stated) })] : [];
    return {
      replies: [text(...lead, t("common:emergency_care"))],
      session: { lastIntent: "benefit.referral", misses: 0, ...(stated ? { cardLevel: stated } : {}) },
    };
  }
  // Stated before ("thẻ 80% phải không, …" then "còn khám ngoại trú thì sao"): the same card.
  const level = CARD_LEVEL.exec(folded)?.[1] ?? turn.session.cardLevel?.toString();
  const care = INPATIENT.test(folded) ? "inpatient" : OUTPATIENT.test(folded) ? "outpatient" : undefined;
  const hospital = CENTRAL.test(folded) ? "central" : PROVINCIAL.test(folded) ? "provincial" : undefined;
  if (!level || !care || !hospital) return undefined;
  const id = `referral_share.${care}_former_${hospital}`;
  if (!turn.content.policy.parameters[id]) return undefined;
  const share = parameterAt(turn.content.policy, id, { date: turn.today });
  // 50% × 95% is 47.5%, said to the tenth, not rounded into an equality that does not hold.
  const paid = Math.round((Number(level) * share.value) / 10) / 10;
  const key = share.value === 0 ? "common:referral_share.none" : `common:referral_share.${care}_${hospital}`;
  const vars = {
    level: pct(Number(level)),
    share: pct(share.value),
    paid: pct(paid),
    basis: law(share.legalBasis),
  };
  return {
    replies: [text(t(key, vars), t("common:referral_share.more", vars))],
    session: { lastIntent: "benefit.referral", cardLevel: Number(level), misses: 0 },
  };
}

// "không có giấy chuyển", "tự đi", "without a referral": going without a referral, said outright.
const NO_REFERRAL =
  /\b(?:khong (?:co )?giay (?:chuyen|gioi thieu)|tu di|trai tuyen|without (?:a )?referral|no referral|self[- ]referr\w*)\b/;

/**
 * "thẻ mức hưởng 80%, tự đi khám ngoại trú ở bệnh viện tỉnh không có giấy chuyển thì trả bao nhiêu %", read as the
 * benefit levels: the share without a referral, worked out. Undefined when no referral is not said.
 */
export function answerStatedLevelShare(turn: Turn): Outcome | undefined {
  return NO_REFERRAL.test(` ${foldWords(turn.text)} `) ? answerReferralShare(turn) : undefined;
}
