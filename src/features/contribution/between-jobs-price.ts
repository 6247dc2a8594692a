import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { draftFromSlots } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { withGapAsked } from "./gap-asked.ts";

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
  const family = (draft.insuredElsewhere ?? 0) > 0;
  // "giờ tự mua thì bn 1 tháng": the monthly price, which a year's sum shows (paid for 3, 6 or 12 months at a time).
  const folded = foldForSlots(turn.text);
  if (monthsOf(folded) === undefined && !family && !PER_MONTH.test(folded)) return undefined;
  const perMonth = draft.months === undefined && PER_MONTH.test(folded) ? { months: 12 as const } : {};
  // ("My husband gets unemployment benefit and I stay at home": the writer beside the one covered, not one person.)
  const members = draft.members ?? 1 + (draft.insuredElsewhere ?? 0);
  return withGapAsked(turn, continueCalc(turn, { ...draft, ...perMonth, group: "household", members }));
}

// "công ty phá sản", "mất việc", "I lost my job": no job, so no employer pays.
const NO_JOB =
  /\b(?:pha san|giai the|dong cua|mat viec|nghi viec|nghi lam|thoi viec|bi sa thai|bi cho nghi|that nghiep|lost (?:my|his|her) job|laid off|went (?:bankrupt|bust)|out of work|unemployed)\b/;
// "không được trợ cấp thất nghiệp", "tự mua", "I don't get unemployment benefit": the person buys the card.
const BUYS_OWN =
  /\b(?:(?:khong|ko|k|chua) (?:duoc |co )?(?:huong |nhan |lanh )?tro cap|tu (?:mua|dong)|(?:don t|do not|didn t) (?:get|qualify for|receive) (?:any )?unemployment|no unemployment (?:benefit|pay)|(?:buy|pay for) (?:it |one )?(?:myself|on my own))\b/;
const NO_JOB_WORDS = 45;
// "thẻ bhyt cty còn dùng dc ko", "is my company card still valid": whether the old card still works.
const OLD_CARD_ASKED =
  /\b(?:the|bhyt)\b(?:\s+\S+){0,4}\s+(?:con (?:dung|xai|su dung|gia tri|han)|het han chua|dung (?:duoc|dc) (?:nua|ko|khong|k))\b|\b(?:card|insurance)\b(?:\s+\S+){0,3}\s+(?:still (?:valid|work|good)|valid still)\b|\bcan i still use\b/;

/**
 * "Công ty tôi phá sản, tôi không được trợ cấp thất nghiệp, tự mua BHYT 1 năm bao nhiêu?": with no job and no
 * benefit, the person joins as a household (alone unless others are counted), whatever topic the words pull to.
 * Undefined for other messages.
 */
export function answerPriceWithoutJob(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > NO_JOB_WORDS || !asksHowMuch(turn.text)) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!NO_JOB.test(folded) || !BUYS_OWN.test(folded)) return undefined;
  const slots = slotExtractorOf(turn)(turn.text, turn.today);
  const { draft } = draftFromSlots(slots);
  if (draft.salary !== undefined) return undefined;
  // With no one else counted, the card "already insured" is the writer's own company card that ends with the job, and
  // a date beside the job's end ("nghỉ việc từ cuối tháng 10") is when it ended, not when the new card starts.
  const alone = draft.members === undefined;
  const endedOn = slots.date !== undefined && "typed" in slots.date && jobEndedOn(folded, slots.date.typed);
  const sum = continueCalc(
    turn,
    {
      ...draft,
      ...(alone ? { insuredElsewhere: undefined } : {}),
      ...(endedOn ? { date: undefined } : {}),
      months: draft.months ?? 12,
      group: "household",
      members: draft.members ?? 1,
    },
    OLD_CARD_ASKED.test(folded) ? [text(t("common:calc.note.company_card_after_job"))] : [],
  );
  // "…, có phải chờ 30 ngày ko": whether the new card waits, from the day the job ended.
  return withGapAsked(turn, sum);
}

// "nghỉ việc (ở cty) từ cuối tháng 10": the date typed within a few words after the job's end.
const JOB_ENDED_JUST_BEFORE = new RegExp(`${NO_JOB.source}(?:\\s+\\S+){0,4}\\s*$`);
function jobEndedOn(folded: string, typed: string): boolean {
  const at = folded.indexOf(typed);
  return at > 0 && JOB_ENDED_JUST_BEFORE.test(folded.slice(0, at));
}
