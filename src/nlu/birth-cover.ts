import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

// "vợ em đi sinh có được bhyt trả không", "does household insurance cover the delivery": the birth's costs, whatever
// card is named beside them.
const BIRTH =
  /\b(?:di sinh|sinh con|sinh em be|sinh mo|sinh thuong|di de|de con|delivery|give birth|giving birth|childbirth|c section|caesarean)\b/;
const COVERED =
  /\b(?:bhyt (?:co )?(?:tra|chi tra|thanh toan)|duoc (?:bhyt )?(?:tra|chi tra|thanh toan|huong)|co duoc (?:bhyt )?(?:tra|chi tra)|cover|covers|covered|pay for|pays for)\b/;
// "mua bhyt cho vợ sắp sinh bao nhiêu": buying a card, which the price answers.
const BUYING = /\b(?:mua|dong bao nhieu|how much is|how much does .* cost)\b/;
// "chế độ thai sản", "maternity allowance": social insurance's allowance, not what health insurance pays.
const ALLOWANCE =
  /\b(?:che do thai san|tien thai san|tro cap thai san|nghi thai san|maternity (?:allowance|benefit|leave))\b/;
const MATERNITY = "benefit.maternity";

/** The maternity topic for a birth's costs asked about, when a card's price (named beside it) leads. */
export function birthCoverReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  if (!top.intent.startsWith("contribution.") || !BIRTH.test(folded) || !COVERED.test(folded))
    return undefined;
  if (BUYING.test(folded) || ALLOWANCE.test(folded)) return undefined;
  return { ...top, intent: MATERNITY };
}
