import { type TextRef, t } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { amountOf } from "../nlu/slots/salary.ts";
import { vnd } from "../policy/answer-vars.ts";
import { answerVarsFor } from "./answer-intent.ts";
import { YEARS_IN_ROW } from "./five-year-max.ts";
import type { Turn } from "./handler.ts";

// "năm nay đã tự trả 13 triệu tiền cùng chi trả", "I already paid 12 million in co-payments this year", "13 triệu là
// bác đã trả rồi": the
// co-payments of this year so far.
const COPAID =
  /\b(?:da|already|so far)(?: \w+){0,3}? (?:tu )?(?:tra|paid|chi tra|dong)(?: \w+){0,6}? \d{1,3}(?:[.,]\d{1,3})? ?(?:trieu|tr|million|m)\b(?: (?:tien )?(?:cung chi tra|dong chi tra|in co[- ]?payments?|co[- ]?payments?))?|\bco[- ]?payments? (?:will be|are|total|reach(?:ed)?|come to|so far|this year|already|add up to|amount to)(?: \w+){0,3}? \d{1,3}(?:[.,]\d{1,3})? ?(?:trieu|tr|million|m)\b|\b\d{1,3}(?:[.,]\d{1,3})? ?(?:trieu|tr|million|m) (?:la |is |was )?(?:\w+ ){0,2}(?:da|already) (?:tu )?(?:tra|paid|chi tra|dong)\b/;
// "5 years and 2 months continuously": the months after the years are still five years in a row.
const YEARS_AND_MONTHS =
  /\b([5-9]|\d{2}) (?:nam|years?)(?: and \d{1,2} months?| \d{1,2} thang)? (?:lien tuc|continuous(?:ly)?|in a row)\b/;

const EARLIER_TURNS = 3;

/** The message without the co-payments of the year said, so the bill is the amount left ("…đã trả 13 triệu…"). */
export function withoutCopaid(folded: string): string {
  return folded.replace(COPAID, " ");
}

/**
 * "liên tục 6 năm, năm nay đã tự trả 13 triệu, mổ 15 triệu thì trả bao nhiêu": with five years in a row, the co-payments
 * of a year stop at six months of the base salary, so this bill's share is only what is left of it. Undefined unless
 * both the years and the co-payments so far are said.
 */
export function cappedShareNote(turn: Turn, own: number): TextRef | undefined {
  const folded = foldForSlots(turn.text);
  // (The years and the co-payments so far may have been told a turn or two before the bill.)
  const told = [folded, ...saidBefore(turn.session).slice(0, EARLIER_TURNS).map(foldForSlots)];
  const copaid = told.map((said) => COPAID.exec(said)).find((found) => found !== null);
  const years = told.some((said) => YEARS_IN_ROW.test(said) || YEARS_AND_MONTHS.test(said));
  if (!copaid || !years) return undefined;
  const paidSoFar = amountOf(copaid[0]);
  const vars = answerVarsFor(turn, ["copay_cap"]);
  const cap = (vars.copay_cap as { value: number }).value;
  if (paidSoFar === undefined) return undefined;
  const left = Math.max(cap - paidSoFar, 0);
  if (own <= left) return undefined;
  return t("common:five_year.capped_bill", {
    ...vars,
    paid: vnd(paidSoFar),
    own: vnd(own),
    capped: vnd(left),
    year: turn.today.slice(0, 4),
  });
}
