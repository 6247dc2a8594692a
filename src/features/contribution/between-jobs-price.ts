import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { draftFromSlots } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";

/**
 * "đang chờ trợ cấp thất nghiệp, trong lúc đó tự mua bhyt 6 tháng hết bao nhiêu": between jobs, the price asked for a
 * period is the household's sum (the writer alone unless others are counted). Undefined when no price for a period
 * is asked.
 */
export function answerPriceBetweenJobs(turn: Turn): Outcome | undefined {
  if (!asksHowMuch(turn.text) || monthsOf(foldForSlots(turn.text)) === undefined) return undefined;
  const { draft } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today));
  return continueCalc(turn, { ...draft, group: "household", members: draft.members ?? 1 });
}
