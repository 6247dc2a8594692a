import { foldWords } from "../../core/fold.ts";
import type { Slots } from "../../nlu/slots/extract-slots.ts";

// "how much do I pay for my own card", "em tự mua thẻ 1 năm bao nhiêu": the writer's own price.
const OWN_PRICE_ASKED =
  /\b(?:my own (?:card|insurance|health insurance|bhyt)|what do i pay|how much do i pay|how much (?:is|for) my (?:own )?(?:health )?(?:insurance|card)|what s my (?:own )?card|(?<!\bnha )(?:em|toi|minh|tui) (?:tu |rieng )(?:mua|dong)(?: the| bhyt| bao hiem)?(?: (?:1|mot) nam)? (?:het )?bao nhieu|(?:the|bhyt) (?:cua|rieng) (?:em|toi|minh|tui) (?:1 nam )?bao nhieu)\b/;
// "what do the kids pay at school", "2 con đóng ở trường bao nhiêu": the children's price at school.
const PUPILS_PRICE_ASKED =
  /\b(?:kids|children|boys|girls|sons|daughters|cac con|(?:2|hai|ba|3) (?:con|dua|chau|be)|cac chau|may dua)\b[^.?!]{0,30}\b(?:pay|cost|dong|mua)\b(?:[^.!?]{0,25}\b(?:bao nhieu|bn|how much)\b|[^.!?]{0,15}(?:\?|$))/;
// "I'm a student", "em là sinh viên": the writer is the one at school, a student's own question.
const WRITER_STUDIES =
  /\b(?:i m a (?:student|pupil)|i am a (?:student|pupil)|i study|(?:em|toi|minh|tui) (?:la |dang )?(?:sinh vien|hoc sinh|sv)\b)/;

/**
 * "I'm a single mum… what do I pay for my own card, and what do the kids pay at school?": the parent's own card is a
 * household's of one (those insured elsewhere beside it), and the pupils' price follows the sum. The slots for that
 * sum, or undefined when the message is not such a question.
 */
export function ownCardBesidePupils(text: string, slotsOf: () => Slots): Slots | undefined {
  const folded = ` ${foldWords(text)} `;
  if (!OWN_PRICE_ASKED.test(folded) || !PUPILS_PRICE_ASKED.test(folded) || WRITER_STUDIES.test(folded))
    return undefined;
  const slots = slotsOf();
  const elsewhere = slots.insuredElsewhere ?? 0;
  return { ...slots, payerGroup: "household", householdSize: elsewhere + 1 };
}
