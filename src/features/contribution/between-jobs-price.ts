import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { draftFromSlots } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";

const PER_MONTH = /\b(?:(?:1|mot) thang|moi thang|hang thang|a month|per month|monthly)\b/;

/**
 * "đang chờ trợ cấp thất nghiệp, trong lúc đó tự mua bhyt 6 tháng hết bao nhiêu": between jobs, the price asked for a
 * period, or by someone beside a relative who is covered, is the household's sum (the writer alone unless others are
 * counted). Undefined otherwise.
 */
export function answerPriceBetweenJobs(turn: Turn): Outcome | undefined {
  if (!asksHowMuch(turn.text)) return undefined;
  const { draft } = draftFromSlots(slotExtractorOf(turn)(turn.text, turn.today));
  // "chồng đang lãnh trợ cấp thất nghiệp, em ở nhà nội trợ, em mua bhyt hết bao nhiêu": a household counted, one of
  // them covered, is a sum to give even with no period said (the months are asked).
  const family = draft.members !== undefined && (draft.insuredElsewhere ?? 0) > 0;
  // "giờ tự mua thì bn 1 tháng": the monthly price, which a year's sum shows (paid for 3, 6 or 12 months at a time).
  const folded = foldForSlots(turn.text);
  if (monthsOf(folded) === undefined && !family && !PER_MONTH.test(folded)) return undefined;
  const perMonth = draft.months === undefined && PER_MONTH.test(folded) ? { months: 12 as const } : {};
  return continueCalc(turn, { ...draft, ...perMonth, group: "household", members: draft.members ?? 1 });
}
