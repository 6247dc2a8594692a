import { type TextRef, t, text, withLines } from "../../core/reply.ts";
import type { PricedSum } from "../../core/session.ts";
import { childrenAskedAbout } from "../../nlu/children-asked.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { pupilCard } from "./other-cards.ts";
import { MAX_PRICED_SUMS } from "./priced-sums.ts";

const FREE_CARD_AGE = 6;

/**
 * "2 con 7 tuổi và 2 tuổi thì có phải mua bhyt cho con không": each child's card, in the order named. Under 6 the
 * state pays it; from 6 a pupil's card is bought at school at the pupils' price where the family lives (Law 51/2024/
 * QH15, Art. 12). Undefined when the message does not ask whether the children need a card bought.
 */
export function answerChildrenCards(turn: Turn): Outcome | undefined {
  const lines = childrenCardLines(turn);
  if (!lines) return undefined;
  return {
    replies: [text(t("common:children_cards.head"), ...lines, t("common:children_cards.basis"))],
    session: { lastIntent: "contribution.child_under6", misses: 0, priced: pricedWithChildren(turn) },
  };
}

// The children's cards join the conversation's sums, so "vậy tổng cả nhà bao nhiêu" adds them up.
function pricedWithChildren(turn: Turn): PricedSum[] {
  const priced = turn.session.priced ?? [];
  const ages = childrenAskedAbout(turn.text) ?? [];
  if (priced.some((p) => p.group === "student" || p.group === "child_under6")) return priced;
  const province = slotExtractorOf(turn)(turn.text, turn.today).province?.code ?? turn.province;
  const pupil = pupilCard(turn, turn.today, province);
  const cards = ages.map(
    (age): PricedSum =>
      age < FREE_CARD_AGE
        ? { who: "child", group: "child_under6", payers: 0, members: 1, month: 0, year: 0 }
        : {
            who: "child",
            group: "student",
            payers: 1,
            members: 1,
            month: pupil.person.month,
            year: pupil.person.period,
          },
  );
  return [...priced, ...cards].slice(-MAX_PRICED_SUMS);
}

/**
 * Beside a household's sum, "e mua bhyt hết bao nhiêu, 2 bé có phải mua không": each child's card under the sum.
 * Undefined when the message does not ask about the children's cards.
 */
export function childrenCardsNote(turn: Turn, household: ContributionResult): TextRef | undefined {
  if (household.input.group !== "household") return undefined;
  const lines = childrenCardLines(turn);
  return lines ? withLines(t("common:children_cards.head"), lines) : undefined;
}

// Each child's card, in the order named; undefined when the message does not ask whether they need one bought.
function childrenCardLines(turn: Turn): TextRef[] | undefined {
  const ages = childrenAskedAbout(turn.text);
  if (!ages) return undefined;
  const province = slotExtractorOf(turn)(turn.text, turn.today).province?.code ?? turn.province;
  const pupil = pupilCard(turn, turn.today, province);
  const place = turn.content.policy.provinces.find((p) => p.code === province)?.name[turn.locale] ?? "";
  const basis = law(pupil.parameters.find((p) => p.parameter.startsWith("support."))?.legalBasis ?? "");
  return ages.map((age) => {
    if (age < FREE_CARD_AGE) return t("common:children_cards.young", { age });
    if (pupil.person.period === 0)
      return t("common:children_cards.pupil_free", { age, province: place, basis });
    return t("common:children_cards.pupil", {
      age,
      year: vnd(pupil.person.period),
      support: pupil.supportPct ?? 0,
      basis,
    });
  });
}
