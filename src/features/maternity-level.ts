import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../nlu/slots/payer-group.ts";
import { law, pct } from "../policy/answer-vars.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";
import { groupBenefitLevel, groupName } from "./own-benefit-level.ts";

// "đi sinh có được bhyt trả hết không", "is the birth fully covered", "bao nhiêu %": the share of the birth paid.
const SHARE_ASKED =
  /\b(?:tra het|tra (?:du|toan bo|100)|mien phi|khong mat tien|bao nhieu phan tram|may phan tram|paid in full|fully covered|covered in full|free|what percent(?:age)?|how much (?:is|will be|does it) cover\w*)\b/;

/**
 * "nhà e cận nghèo, e có bầu 7 tháng, đi sinh có được trả hết không": the card's level for the group the mother names
 * (the near-poor card is paid 100% from 2026), before the pregnancy and birth answer. Undefined when no group or no
 * share is said.
 */
export function answerMaternityLevel(turn: Turn, intent: string): Outcome | undefined {
  const group = payerGroupOf(foldForSlots(turn.text));
  if (!group || !SHARE_ASKED.test(` ${foldWords(turn.text.replaceAll("%", " phan tram "))} `))
    return undefined;
  const level = groupBenefitLevel(turn, group);
  if (!level) return undefined;
  const line = t("common:own_level.line", { level: pct(level.value), basis: law(level.legalBasis) });
  return {
    replies: [text(groupName(group), line), answerIntent(turn, intent)],
    session: { lastIntent: intent, misses: 0 },
  };
}
