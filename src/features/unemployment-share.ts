import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { namesUnemploymentBenefit } from "../nlu/case-readings.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { amountOf } from "../nlu/slots/salary.ts";
import { law, pct, vnd } from "../policy/answer-vars.ts";
import { basisPointsOf } from "../policy/money.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "tôi hưởng trợ cấp thất nghiệp 4 triệu/tháng thì bhyt ai đóng, bao nhiêu": the unemployment fund pays the card at
 * the contribution rate of the benefit, worked out for the amount said. Undefined without the benefit or an amount.
 */
export function answerUnemploymentShare(turn: Turn): Outcome | undefined {
  // "trợ cấp của em 4 triệu 1 tháng thì bhyt bao nhiêu" right after the unemployment answer: that benefit.
  const benefitSaid =
    turn.session.lastIntent === "card.job_transition" && ALLOWANCE.test(` ${foldWords(turn.text)} `);
  if (!namesUnemploymentBenefit(turn.text) && !benefitSaid) return undefined;
  const benefit = amountOf(foldForSlots(turn.text));
  if (benefit === undefined) return undefined;
  const rate = parameterAt(turn.content.policy, "contribution_rate", { date: turn.today });
  const vars = {
    benefit: vnd(benefit),
    rate: pct(rate.value / 100),
    paid: vnd(basisPointsOf(benefit, rate.value)),
    basis: law(rate.legalBasis),
  };
  // "My husband is on unemployment benefit… and I stay at home. What do we each pay?": his card, and the writer's own.
  const folded = ` ${foldWords(turn.text)} `;
  const spouseAtHome = SPOUSE_NAMED.test(folded) && WRITER_AT_HOME.test(folded);
  const full = answerVarsFor(turn, ["full_month"]).full_month as { value: number };
  const own = { month: vnd(full.value), year: vnd(full.value * 12) };
  return {
    replies: [
      text(
        spouseAtHome
          ? t("common:unemployment_share_spouse", { ...vars, ...own })
          : t("common:unemployment_share", vars),
      ),
    ],
    session: { lastIntent: "card.job_transition", misses: 0 },
  };
}

const SPOUSE_NAMED =
  /\b(?:my (?:husband|wife)|(?:chong|vo) (?:toi|em|minh|tui|e|dang|duoc|huong|lanh|nhan))\b/;
const WRITER_AT_HOME =
  /\b(?:i (?:stay|am|m) (?:at )?home|i m a (?:housewife|homemaker)|housewife|homemaker|i don t work|i do not work|(?:toi|em|minh|tui|e) (?:o nha|noi tro|khong di lam|lam noi tro)|noi tro)\b/;

const ALLOWANCE = /\b(?:tro cap|benefit|allowance)\b/;

// "hết trợ cấp thất nghiệp rồi thì sao", "when my unemployment benefit ends": the card ends with it.
const BENEFIT_ENDED =
  /\b(?:het (?:\w+ ){0,3}?(?:tro cap|huong|thoi gian huong)|tro cap (?:\w+ ){0,2}(?:het|xong|ket thuc)|ngung (?:huong|nhan)|khong con (?:huong|nhan)|(?:benefit|allowance) (?:ends|ended|stops|stopped|runs out|ran out)|after (?:the|my) (?:unemployment )?(?:benefit|allowance))\b/;

/** "hết trợ cấp thất nghiệp rồi thì sao": the card ends with the benefit; join as a household before 90 days. */
export function answerBenefitEnded(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const afterBenefit =
    turn.session.lastIntent === "card.job_transition" || namesUnemploymentBenefit(turn.text);
  if (!afterBenefit || !BENEFIT_ENDED.test(folded)) return undefined;
  const full = answerVarsFor(turn, ["full_month"]).full_month as { value: number };
  return {
    replies: [text(t("common:unemployment_ended", { month: vnd(full.value), year: vnd(full.value * 12) }))],
    session: { lastIntent: "card.job_transition", misses: 0 },
  };
}
