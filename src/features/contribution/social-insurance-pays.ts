import { foldWords } from "../../core/fold.ts";
import { choices, type TextRef, t, text } from "../../core/reply.ts";
import { saidBefore } from "../../core/session.ts";
import { namesUnemploymentBenefit } from "../../nlu/case-readings.ts";
import { relativeNamed } from "../../nlu/person-said.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { saysPensioner } from "../../nlu/slots/insured-members.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { amountOf } from "../../nlu/slots/salary.ts";
import { socialPensionAgeMentions } from "../../nlu/slots/social-pension-mentions.ts";
import { law, pct, vnd } from "../../policy/answer-vars.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import { basisPointsOf } from "../../policy/money.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { answerIntent, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { answerUnemploymentShare } from "../unemployment-share.ts";
import { asksSocialPension } from "./question-group.ts";

// "nghỉ thai sản", "on maternity leave", "nghỉ ốm dài ngày": months the social insurance fund pays the card from the
// base salary, whatever the salary was (Law on Health Insurance, Art. 12 §2).
const ALLOWANCE_LEAVE =
  /\b(?:nghi (?:thai san|sinh(?! hoat)|de)|dang (?:huong )?thai san|huong (?:che do )?thai san|maternity leave|on maternity|nghi om dai ngay|om dai ngay|long[- ]term sick(?:ness)? (?:leave|allowance))\b/;
// "nhà 4 người", "household": a household's sum, where one pensioner is a member left out, not the question.
const HOUSEHOLD_SUM =
  /\b(?:ho gia dinh|hgd|household|family|ca nha|nha \d|nha (?:co )?(?:hai|ba|bon|nam|sau))\b/;

/**
 * "ba tôi lương hưu 7 triệu, BHYT ai đóng, bao nhiêu", "vợ nghỉ thai sản, lương 8 triệu, ai đóng BHYT": the social
 * insurance fund pays the card of pensioners (4.5% of the pension), of people on maternity or long-term sick leave
 * (4.5% of the base) and of people on unemployment benefit; the person pays nothing. Undefined for anything else.
 */
export function answerSocialInsurancePays(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (HOUSEHOLD_SUM.test(folded)) return undefined;
  const unemployed = answerUnemploymentShare(turn);
  if (unemployed) return unemployed;
  const rate = parameterAt(turn.content.policy, "contribution_rate", { date: turn.today });
  const share = (amount: number) => vnd(basisPointsOf(amount, rate.value));
  const common = { rate: pct(rate.value / 100), basis: law(rate.legalBasis) };
  if (ALLOWANCE_LEAVE.test(folded)) return leaveReply(turn);
  const pension = saysPensioner(foldForSlots(turn.text)) ? amountOf(foldForSlots(turn.text)) : undefined;
  if (pension === undefined) return undefined;
  const level = parameterAt(turn.content.policy, "benefit_level.pensioner", { date: turn.today });
  const reply = said(
    t("common:social_insurance_pays.pension", {
      ...common,
      pension: vnd(pension),
      paid: share(pension),
      level: pct(level.value),
    }),
  );
  // "can she also get the social pension?": not with a pension above the allowance (Decree 176/2025/NĐ-CP).
  if (asksSocialPension(turn.text))
    reply.replies.push(text(t("common:calc.note.pensioner_no_social_pension")));
  // "tôi đi khám hết 500 nghìn thì tự trả bao nhiêu" next is a bill at the pensioner's level; "thẻ hết hạn thì sao"
  // is a card the state's fund renews.
  return {
    ...reply,
    session: { ...reply.session, lastIntent: "contribution.elderly_social", cardLevel: level.value },
  };
}

// "vợ đang nghỉ thai sản thì thẻ có bị gián đoạn không, ai đóng": whether the card goes on, and who pays it.
const CARD_ON_LEAVE =
  /\b(?:ai dong|ai tra|ai chiu|gian doan|ngat quang|bi ngat|bi cat|mat the|con (?:dung|su dung|gia tri|hieu luc)|who pays|who will pay|still (?:valid|work\w*|covered|active)|stops?|lapses?|interrupt\w*)\b/;
const LEAVE_WORDS = 30;

/**
 * A card asked about during maternity or long-term sick leave, whatever the topic read: it goes on, the social
 * insurance fund paying 4.5% of the base. Undefined otherwise.
 */
export function answerCardOnLeave(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > LEAVE_WORDS) return undefined;
  return ALLOWANCE_LEAVE.test(folded) && CARD_ON_LEAVE.test(folded) ? leaveReply(turn) : undefined;
}

// The months on leave: the fund pays 4.5% of the base salary and the card keeps working.
function leaveReply(turn: Turn): Outcome {
  const rate = parameterAt(turn.content.policy, "contribution_rate", { date: turn.today });
  const base = parameterAt(turn.content.policy, "base_salary", { date: turn.today });
  return said(
    t("common:social_insurance_pays.leave", {
      rate: pct(rate.value / 100),
      basis: law(rate.legalBasis),
      base: vnd(base.value),
      paid: vnd(basisPointsOf(base.value, rate.value)),
      base_basis: law(base.legalBasis),
    }),
  );
}

const said = (reply: ReturnType<typeof t>): Outcome => ({
  replies: [text(reply)],
  session: { lastIntent: "contribution.employee", misses: 0 },
});

// "tôi là con liệt sĩ", "thân nhân liệt sĩ", "a martyr's daughter": a martyr's family, whose cards the state pays.
const MARTYRS_FAMILY =
  /\b(?:than nhan (?:cua )?liet si|(?:con|bo|me|vo|chong|cha) (?:de )?(?:cua )?liet si|martyr s (?:son|daughter|child|widow|wife|parent|mother|father|family))\b/;
// "có cần tự gia hạn không", "renew it myself": renewal asked.
const RENEWAL_ASKED = /\b(?:gia han|het han|renew|renewal|renewing|extend|expires?|expired)\b/;

/** A pensioner's card: social insurance pays and renews it (said first when renewal is asked). */
export function pensionerCard(turn: Turn, intentId: string): Outcome {
  const renewal = RENEWAL_ASKED.test(` ${foldWords(turn.text)} `);
  const lines = [
    ...(renewal ? [t("common:calc.note.pensioner_renewal")] : []),
    t("common:calc.note.pensioner"),
  ];
  return {
    replies: [choices(lines, [intentChoice("card.lookup"), intentChoice("card.job_transition")])],
    session: { lastIntent: intentId, misses: 0, flow: undefined },
  };
}

/** "bố có lương hưu, có cần tự gia hạn thẻ không": a pensioner's card is renewed with the pension. */
export function answerPensionerRenewal(turn: Turn): Outcome | undefined {
  // ("thẻ của bố hết hạn thì sao" after "bố tôi có lương hưu": the father named before.)
  if (saysPensioner(foldForSlots(turn.text)) || rememberedPensioner(turn))
    return pensionerCard(turn, "enroll.renew");
  // "thẻ hết hạn thì sao" after the poor's or the social pension's answer: the state renews it from the list.
  // (…or after a story of a martyr's family, whose cards the commune lists too: "tôi là con liệt sĩ…".)
  const listed =
    turn.session.lastIntent === "contribution.poor" ||
    turn.session.lastIntent === "contribution.elderly_social" ||
    [turn.text, ...saidBefore(turn.session).slice(0, 3)].some((said) =>
      MARTYRS_FAMILY.test(` ${foldWords(said)} `),
    );
  if (!listed && payerGroupOf(foldForSlots(turn.text)) !== "poor") return undefined;
  return {
    replies: [text(t("common:state_paid_renewal"))],
    session: { lastIntent: "enroll.renew", misses: 0 },
  };
}

/**
 * Under a household's sum, the member whose card social insurance pays from an amount the message gives ("chồng
 * hưởng trợ cấp thất nghiệp 5,4 triệu"): what it pays for them. Undefined otherwise.
 */
export function coveredMemberNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (household.input.group !== "household" || household.input.salary !== undefined) return undefined;
  const folded = foldForSlots(turn.text);
  const kind = namesUnemploymentBenefit(turn.text)
    ? "unemployment"
    : saysPensioner(folded)
      ? "pension"
      : undefined;
  const amount = kind ? amountOf(folded) : undefined;
  if (!kind || amount === undefined) return undefined;
  const rate = parameterAt(turn.content.policy, "contribution_rate", { date: turn.today });
  return t(`common:calc.note.covered_member.${kind}`, {
    amount: vnd(amount),
    rate: pct(rate.value / 100),
    paid: vnd(basisPointsOf(amount, rate.value)),
  });
}

/** "mẹ tôi có phải tham gia theo hộ không" about a relative said before to draw a pension. */
export function rememberedPensioner(turn: Turn): boolean {
  const relative = relativeNamed(turn.text);
  if (relative !== undefined) return turn.session.people?.[relative] === "pensioner";
  // "thẻ của ba hết hạn thì sao" ("ba" is also a grandmother's "bà"): the one relative remembered on a pension.
  const pensioners = Object.values(turn.session.people ?? {}).filter((group) => group === "pensioner");
  return pensioners.length === 1 && KIN_WORD.test(` ${foldWords(turn.text)} `);
}
const KIN_WORD = /\b(?:cua|of) (?:ba|bo|me|ma|cha|ong|his|her)\b/;

const ELDER_TOPICS = new Set([
  "contribution.elderly_social",
  "contribution.household",
  "contribution.overview",
  "contribution.overview.compulsory",
]);

/**
 * "bố 80 tuổi có lương hưu 3 triệu, mẹ 77 không lương hưu, ai đóng bhyt": the pensioner's card (social insurance) and
 * the elder's on the social pension (the state), each said. Undefined unless the message names both.
 */
export function pensionerBesideElder(turn: Turn, intentId: string): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  if (!ELDER_TOPICS.has(intentId) || !saysPensioner(folded)) return undefined;
  // A household's price asked ("grandpa with a pension, grandma without, my wife and I: a year?") is its sum.
  if (socialPensionAgeMentions(folded) < 1 || asksHowMuch(turn.text) || (householdSizeOf(folded) ?? 0) > 2)
    return undefined;
  const pensioner = answerSocialInsurancePays(turn) ?? pensionerCard(turn, intentId);
  return {
    replies: [...pensioner.replies, answerIntent(turn, "contribution.elderly_social")],
    session: pensioner.session,
  };
}
