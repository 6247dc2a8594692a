import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { contribution } from "./contribution-handler.ts";

/**
 * "đang chờ trợ cấp thất nghiệp, trong lúc đó tự mua bhyt 6 tháng hết bao nhiêu": between jobs, the price asked for a
 * period is the household's sum (the writer alone unless others are counted). Undefined when no price for a period
 * is asked.
 */
export function answerPriceBetweenJobs(turn: Turn): Outcome | undefined {
  if (!asksHowMuch(turn.text) || monthsOf(foldForSlots(turn.text)) === undefined || !turn.understanding)
    return undefined;
  const slots = slotExtractorOf(turn)(turn.text, turn.today);
  const understanding = { ...turn.understanding, slots: { householdSize: 1, ...slots } };
  return contribution({ ...turn, understanding }, "contribution.household");
}
