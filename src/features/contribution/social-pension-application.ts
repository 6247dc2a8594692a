import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import type { Session } from "../../core/session.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { SOCIAL_PENSION_AGE } from "../../nlu/slots/insured-members.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import { answerVarsFor } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";

const ALLOWANCE = /\b(?:tro cap|huu tri xa hoi|social pension|allowance)\b/;
// "how do we apply for it for him?" once the allowance was named.
const APPLY_FOR_IT = /\bapply (?:for )?(?:it|that|this|one)\b/;
const OTHER_ALLOWANCE = /\b(?:that nghiep|unemployment|thai san|maternity|om dau|sick)\b/;
// "làm sao để được nhận", "làm hồ sơ ở đâu", "được bao nhiêu tiền", "how do I apply": how to get it, and how much.
const HOW_TO_GET =
  /\b(?:lam sao|the nao|thu tuc|ho so|o dau|xin|dang ky|bao nhieu|bn|may tien|nhieu tien|how (?:do|does|can|could|to|would)|apply|application|where|how much)\b/;
// "when he turns 75 next year", "chồng tôi năm sau 70 thì có được miễn không": an age about to be reached.
const TURNS =
  /\b(?:turns?|turning|reach(?:es)?|du|tron|len|buoc sang|sang nam|nam sau|next year)\b(?:\s\w+){0,3}?\s(7\d)\b|\b(7\d) (?:tuoi )?(?:roi|thi sao|next year|nam sau)\b/;
const SHARE_ASKED = /%|\b(?:phan tram|percent|share of (?:the )?costs?|muc huong|benefit level)\b/;
// After the poor's or near-poor's answer, 70 is the age their social pension starts.
const POOR_SAID = new Set(["contribution.near_poor", "contribution.poor"]);
const SOCIAL_PENSION = /\b(?:huu tri xa hoi|social pension)\b/;
// "trợ cấp hưu trí xã hội bao nhiêu 1 tháng", "how much is the social pension": the allowance's own amount, no card's
// price ("bhyt của bà tốn bao nhiêu" is the card's).
const ALLOWANCE_AMOUNT =
  /\b(?:tro cap|huu tri xa hoi)\b(?: \w+){0,3}? (?:duoc )?(?:bao nhieu|bn|may tien|nhieu tien)\b|\bhow much is (?:the )?social pension\b/;
const CARD_PRICE = /\b(?:bhyt|the|bao hiem|mua|dong|card|insurance)\b/;

/** Whether a message asks the social pension's own amount (not what a card costs). */
export const asksAllowanceAmount = (text: string): boolean => {
  const folded = ` ${foldWords(text)} `;
  return ALLOWANCE_AMOUNT.test(folded) && !CARD_PRICE.test(folded);
};

// "trong lúc chờ", "while we wait for it": until an allowance applied for is granted.
const WAITING =
  /\b(?:trong (?:luc|khi|thoi gian) cho|dang cho|chua duoc duyet|cho duyet|while (?:we |he |she |i )?(?:wait|are waiting|is waiting)|in the meantime|until (?:it|he|she) (?:is|gets) (?:approved|granted))\b/;

/**
 * "làm sao để mẹ tôi được nhận trợ cấp hưu trí xã hội", and "trợ cấp đó được bao nhiêu, làm hồ sơ ở đâu" right after
 * the state-paid elderly's answer (or a sum with an elder of its age, `elderInSum`): the allowance, its amount and
 * where to apply (it brings the free card). Undefined for other questions.
 */
export function answerSocialPensionApplication(turn: Turn, elderInSum = false): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "trong lúc chờ xin trợ cấp thì ông có cần mua bhyt không" after the state-paid elderly's answer: until the
  // allowance comes the state pays nothing, and a card now is bought as a household.
  if (WAITING.test(folded)) {
    if (turn.session.lastIntent !== "contribution.elderly_social") return undefined;
    const waiting = text(t("common:calc.note.waiting_social_pension", answerVarsFor(turn, ["full_month"])));
    // ("… mua tạm cho mẹ 3 tháng bao nhiêu": that card's price too, for one person.)
    const months = monthsOf(foldForSlots(turn.text));
    const period = PAYMENT_MONTHS.find((m) => m === months);
    if (period && asksHowMuch(turn.text))
      return continueCalc(turn, { group: "household", members: 1, months: period }, [waiting]);
    return { replies: [waiting], session: { lastIntent: "contribution.elderly_social", misses: 0 } };
  }
  const named = SOCIAL_PENSION.test(folded);
  const afterElderly = turn.session.lastIntent === "contribution.elderly_social";
  const afterIt =
    (afterElderly && ALLOWANCE.test(folded)) ||
    (elderInSum && !OTHER_ALLOWANCE.test(folded) && (ALLOWANCE.test(folded) || APPLY_FOR_IT.test(folded)));
  // "when he turns 75 next year, what changes?": reaching the social pension's age, which is applied for; turning 70
  // to 74 changes nothing unless the household is poor or near-poor.
  const turning = turn.session.lastIntent?.startsWith("contribution.") ? TURNS.exec(folded) : null;
  // ("bố em 72 tuổi thì sao" is someone's age now, not one about to be reached.)
  const said = turning ? Number(turning[1] ?? turning[2]) : undefined;
  const age =
    said !== undefined && (said >= SOCIAL_PENSION_AGE || turning?.[1] !== undefined) ? said : undefined;
  if (age !== undefined && age < SOCIAL_PENSION_AGE)
    return {
      replies: [
        text(
          POOR_SAID.has(turn.session.lastIntent ?? "")
            ? t("common:calc.note.turns_seventy_poor", { age, ...answerVarsFor(turn, ["social_pension"]) })
            : t("common:calc.note.turns_seventy", { age }),
        ),
      ],
      session: { lastIntent: "contribution.elderly_social", misses: 0 },
    };
  const reaches = age !== undefined;
  // "…hưởng trợ cấp hưu trí xã hội đi khám được trả mấy phần trăm": the card's level, not how to apply.
  if (!reaches && SHARE_ASKED.test(turn.text.includes("%") ? "%" : folded)) return undefined;
  if (!reaches && (!(named || afterIt) || !HOW_TO_GET.test(folded))) return undefined;
  return {
    replies: [
      text(t("common:calc.note.apply_social_pension", answerVarsFor(turn, ["social_pension", "hotline"]))),
    ],
    session: { lastIntent: "contribution.elderly_social", misses: 0 },
  };
}

// "chưa nhận trợ cấp gì", "not on the social pension yet": no allowance yet.
const NO_ALLOWANCE =
  /\b(?:chua|khong|ko|k|chang) (?:duoc )?(?:nhan|huong|co|lanh|linh|an|xin) (?:tro cap|huu tri xa hoi)\b|\bnot (?:yet )?(?:on|receiving|getting|get) (?:the |a |any )?(?:social pension|allowance)\b|\b(?:no|without) (?:social pension|allowance)\b/;

/**
 * "mẹ tôi ko có lương hưu, chưa nhận trợ cấp gì hết" after the state-paid elderly's answer, or "bác không có trợ cấp
 * gì" after the near-poor's: how to get the allowance that brings the card; for a near-poor person, what one person
 * pays meanwhile. Undefined for other messages.
 */
export function answerNoAllowance(turn: Turn, before: CalcDraft, flow: Session["flow"]): Outcome | undefined {
  const group = before.group;
  if ((group !== "elderly_social" && group !== "near_poor") || !NO_ALLOWANCE.test(foldWords(turn.text)))
    return undefined;
  const apply = text(
    t("common:calc.note.apply_social_pension", answerVarsFor(turn, ["social_pension", "hotline"])),
  );
  if (group === "elderly_social")
    return { replies: [apply], session: { lastIntent: "contribution.elderly_social", misses: 0, flow } };
  // (A near-poor household's sum counted her already: the sum is kept for what is asked next.)
  if ((before.members ?? 1) > 1)
    return { replies: [apply], session: { lastIntent: "contribution.near_poor", misses: 0, flow } };
  // Until the allowance is granted a near-poor person pays the near-poor share, shown for one person's year.
  const sum = continueCalc(turn, {
    group,
    members: 1,
    months: 12,
    ...(before.province ? { province: before.province } : {}),
  });
  return { ...sum, replies: [apply, ...sum.replies] };
}

// As many words as a follow-up about the application takes (the correction window of a sum's follow-ups).
const APPLICATION_WORDS = 22;

/**
 * "trợ cấp đó được bao nhiêu tiền, làm hồ sơ ở đâu", "trong lúc chờ thì sao" after the state-paid elderly's answer,
 * or after a sum with an elder of the pension's age in it ("how do we apply for his allowance?"). Not two people's
 * sum ("so for me and grandma for 3 months until she turns 75, how much?"). Undefined otherwise.
 */
export function applicationAfterSum(turn: Turn, before: CalcDraft | undefined): Outcome | undefined {
  const elderSaid = (before?.ages?.split(",") ?? []).some((age) => Number(age) >= SOCIAL_PENSION_AGE);
  if (turn.text.trim().split(/\s+/).length > APPLICATION_WORDS) return undefined;
  if ((householdSizeOf(foldForSlots(turn.text)) ?? 1) >= 2) return undefined;
  return answerSocialPensionApplication(turn, elderSaid);
}
