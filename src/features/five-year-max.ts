import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { amountOf } from "../nlu/slots/salary.ts";
import { vnd } from "../policy/answer-vars.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "đã đóng BHYT liên tục 6 năm … một năm nhà em phải trả tối đa bao nhiêu", "continuous cover for 6 years, what is
// the most we pay in a year?": the co-payments' ceiling of a year, asked by someone with five years or more.
/** "liên tục 6 năm", "5 years continuous": five years or more of continuous cover said. */
export const YEARS_IN_ROW =
  /\b(?:lien tuc|khong dut quang|continuous(?:ly)?|in a row)\b[^.?!]{0,20}\b([5-9]|\d{2}) (?:nam|years?)\b|\b([5-9]|\d{2}) (?:nam|years?) (?:lien tuc|khong dut|in a row|continuous)\b|\b(?:continuous|uninterrupted) (?:cover|insurance)\b[^.?!]{0,20}\bfor ([5-9]|\d{2}) years\b|\b([5-9]|\d{2}) (?:continuous|consecutive|straight) years\b|\b([5-9]|\d{2}) years without (?:a )?break\b|\b([5-9]|\d{2}) years of (?:continuous|uninterrupted|unbroken) (?:cover|insurance|membership)\b/;
const MOST_A_YEAR =
  /\b(?:toi da|nhieu nhat|tran|max(?:imum)?|the most|at most|cap)\b[^.?!]{0,30}\b(?:mot nam|1 nam|ca nam|moi nam|a year|per year|each year|in a year)\b|\b(?:mot nam|1 nam|ca nam|a year|per year|in a year)\b[^.?!]{0,30}\b(?:toi da|nhieu nhat|max(?:imum)?|the most|at most)\b/;
// "yearly cap", "annual limit": the ceiling named outright.
const YEARLY_CAP = /\b(?:yearly|annual) (?:cap|limit|maximum|ceiling)\b|\btran (?:cung chi tra|tu tra)\b/;
// "insured 3 years in a row", "mới tham gia liên tục 3 năm": fewer than five years said.
const FEWER_YEARS =
  /\b([1-4]|mot|hai|ba|bon|one|two|three|four) (?:nam|years?)(?: \w+){0,2} (?:lien tuc|khong dut|in a row|continuous\w*)\b|\b(?:lien tuc|in a row|continuously)(?: \w+){0,2} ([1-4]) (?:nam|years?)\b/;
const PER_MONTH = /\b(?:moi thang|hang thang|1 thang|a month|per month|each month|monthly)\b/;
const MAX_WORDS = 60;
const MONTHS = 12;

/**
 * With five years or more of continuous cover, the co-payments of a year stop at six months of the base salary:
 * that is the most paid in a year (and with a monthly co-payment said, when it is passed). Undefined otherwise.
 */
export function answerFiveYearMax(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > MAX_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  const capAsked = MOST_A_YEAR.test(folded) || YEARLY_CAP.test(folded);
  // (With fewer than five years: no ceiling yet, each bill's own share is paid.)
  if (capAsked && !YEARS_IN_ROW.test(folded) && FEWER_YEARS.test(folded))
    return {
      replies: [text(t("common:five_year.cap_not_yet", answerVarsFor(turn, ["copay_cap"])))],
      session: { lastIntent: "benefit.five_year_continuous", misses: 0 },
    };
  if (!YEARS_IN_ROW.test(folded) || !capAsked) return undefined;
  const vars = answerVarsFor(turn, ["copay_cap"]);
  const cap = (vars.copay_cap as { value: number }).value;
  const monthly = PER_MONTH.test(folded) ? amountOf(foldForSlots(turn.text)) : undefined;
  const lines = [t("common:five_year.max_per_year", vars)];
  if (monthly && monthly < cap) {
    const year = monthly * MONTHS;
    const key = year > cap ? "common:five_year.monthly_passes" : "common:five_year.monthly_under";
    lines.push(t(key, { ...vars, monthly: vnd(monthly), year: vnd(year), months: Math.ceil(cap / monthly) }));
  }
  return { replies: [text(...lines)], session: { lastIntent: "benefit.five_year_continuous", misses: 0 } };
}
