import { foldWords } from "../../core/fold.ts";
import { foldForSlots, type Slots } from "../../nlu/slots/extract-slots.ts";
import { namesMember } from "../../nlu/slots/named-members.ts";
import { asksHowMuch } from "../typed-lexicon.ts";

// "how much do I pay for my own card", "em tự mua thẻ 1 năm bao nhiêu": the writer's own price.
const OWN_PRICE_ASKED =
  /\b(?:my own (?:card|insurance|health insurance|bhyt)|what do i pay|how much do i pay|how much (?:is|for) my (?:own )?(?:health )?(?:insurance|card)|what s my (?:own )?card|(?<!\bnha )(?:em|toi|minh|tui) (?:tu |rieng )(?:mua|dong)(?: the| bhyt| bao hiem)?(?: (?:1|mot) nam)? (?:het )?bao nhieu|(?:the|bhyt) (?:cua|rieng) (?:em|toi|minh|tui) (?:1 nam )?bao nhieu)\b/;
// "what do the kids pay at school", "2 con đóng ở trường bao nhiêu": the children's price at school.
const PUPILS_PRICE_ASKED =
  /\b(?:kids|children|boys|girls|sons|daughters|she|he|my son|my daughter|our son|our daughter|cac con|con (?:gai|trai)|(?:2|hai|ba|3) (?:con|dua|chau|be)|cac chau|may dua)\b[^.?!]{0,30}\b(?:pay|cost|dong|mua)\b(?:[^.!?]{0,25}\b(?:bao nhieu|bn|how much)\b|[^.!?]{0,15}(?:\?|$))/;
// "I'm a student", "em là sinh viên": the writer is the one at school, a student's own question.
const WRITER_STUDIES =
  /\b(?:i m a (?:student|pupil)|i am a (?:student|pupil)|i study|(?:em|toi|minh|tui) (?:la |dang )?(?:sinh vien|hoc sinh|sv)\b)/;

const SINGLE_PARENT =
  /\b(?:nuoi (?:\w+ ){0,3}(?:mot minh|1 minh)|(?:me|bo|ba|cha) don than|single (?:mum|mom|dad|parent|mother|father)|raising (?:\w+ ){0,3}(?:alone|on my own|by myself))\b/;

// "tôi 40 tuổi làm nghề tự do", "I'm self-employed", "làm tự do": working for oneself, with no employer to pay.
const SELF_EMPLOYED =
  /\b(?:lam (?:nghe )?tu do|lam nghe tu do|nghe tu do|freelanc\w*|self[- ]employed|work for myself|lao dong tu do)\b/;

/** Whether a message says the writer works for themselves ("làm tự do", "self-employed"). */
export const saysSelfEmployed = (text: string): boolean => SELF_EMPLOYED.test(` ${foldWords(text)} `);

/** "tôi nuôi con một mình", "single dad here": a parent alone with the children. */
export const saysSingleParent = (text: string): boolean => SINGLE_PARENT.test(` ${foldWords(text)} `);

/**
 * "I'm a single mum… what do I pay for my own card, and what do the kids pay at school?": the parent's own card is a
 * household's of one (those insured elsewhere beside it), and the pupils' price follows the sum. The slots for that
 * sum, or undefined when the message is not such a question.
 */
export function ownCardBesidePupils(text: string, slotsOf: () => Slots): Slots | undefined {
  const folded = ` ${foldWords(text)} `;
  if (WRITER_STUDIES.test(folded)) return undefined;
  const both = OWN_PRICE_ASKED.test(folded) && PUPILS_PRICE_ASKED.test(folded);
  // "tôi nuôi con một mình, con học lớp 4, tôi mua bhyt bao nhiêu": a single parent's own card, the children at school.
  // "Tôi 40 tuổi làm nghề tự do, thuộc diện nào và đóng bao nhiêu": the writer alone, a household of one.
  const alone = saysSelfEmployed(text) && asksHowMuch(text) && !namesMember(foldForSlots(text));
  if (alone && (slotsOf().householdSize ?? 1) === 1)
    return { ...slotsOf(), payerGroup: "household", householdSize: 1 };
  if (!both && !(saysSingleParent(text) && asksHowMuch(text))) return undefined;
  const slots = slotsOf();
  const elsewhere = slots.insuredElsewhere ?? 0;
  if (!both && elsewhere === 0) return undefined;
  const listed = slots.payerGroup === "near_poor" || slots.payerGroup === "poor";
  return { ...slots, payerGroup: listed ? slots.payerGroup : "household", householdSize: elsewhere + 1 };
}
