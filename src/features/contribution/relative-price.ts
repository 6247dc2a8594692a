import { foldWords } from "../../core/fold.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { coveredElsewhereMentions, SOCIAL_PENSION_AGE } from "../../nlu/slots/insured-members.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";

// "con gái tôi 40 tuổi buôn bán", "em trai em 25t": one grown relative named with an age…
const RELATIVE_AGED =
  /\b(?:con gai|con trai|con|em gai|em trai|anh trai|chi gai|anh|chi|chau|bo|me|vo|chong|ma|cha)(?: (?:toi|em|minh|tui|e|ba|ong|co|chu|bac))? (\d{2}) ?(?:tuoi|t)\b/;
// …whether they must buy, and for how much.
// ("…chưa có thẻ, mua 1 năm bao nhiêu": the price of buying asked outright.)
const MUST_BUY = /\b(?:(?:co )?phai (?:mua|dong|tham gia)|mua(?: \w+){0,3} (?:bao nhieu|bn|het bao nhieu))\b/;
const PENSION_SAID = /\b(?:luong huu|huu tri|tro cap|pension|allowance)\b/;
const ADULT = 18;
const RELATIVE_WORDS = 30;
const YEAR = 12;

/**
 * "Vậy con gái tôi 40 tuổi buôn bán thì sao, nó có phải mua không, bao nhiêu?": one grown relative with no other group
 * said pays as a household of one, for the months said (a year when none are). Undefined for other messages.
 */
export function answerRelativePrice(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > RELATIVE_WORDS || !asksHowMuch(turn.text)) return undefined;
  const folded = foldForSlots(turn.text);
  if (!MUST_BUY.test(` ${foldWords(turn.text)} `)) return undefined;
  const said = RELATIVE_AGED.exec(folded);
  const age = Number(said?.[1]);
  if (!said || age < ADULT || age >= SOCIAL_PENSION_AGE) return undefined;
  // (Someone in another group, covered elsewhere or counted with others is the topics' and the calculator's.)
  const group = payerGroupOf(folded);
  if ((group && group !== "household") || coveredElsewhereMentions(folded).length > 0) return undefined;
  // ("vợ tôi 68 tuổi, không lương hưu…": whether a pension or an allowance changes it is the elders' answer.)
  if (PENSION_SAID.test(folded)) return undefined;
  if ((householdSizeOf(folded) ?? 1) > 1) return undefined;
  const months = PAYMENT_MONTHS.find((m) => m === monthsOf(folded)) ?? YEAR;
  // ("mẹ tôi 68 tuổi ở TP.HCM…": a province named may pay for the age.)
  const province = slotExtractorOf(turn)(turn.text, turn.today).province;
  return continueCalc(turn, {
    group: "household",
    members: 1,
    months,
    ages: String(age),
    ...(province
      ? { province: province.code, ...(province.formerName ? { formerProvince: province.formerName } : {}) }
      : {}),
  });
}
