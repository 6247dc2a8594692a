import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { latenessOf } from "../nlu/late-payment.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { countValue } from "../nlu/slots/numbers.ts";
import { amountOf } from "../nlu/slots/salary.ts";
import { asksSmallVisit, billGiven } from "../nlu/visit-bill.ts";
import { vnd } from "../policy/answer-vars.ts";
import { answerVarsFor } from "./answer-intent.ts";
import { withoutCopaid } from "./five-year-bill.ts";
import { YEARS_IN_ROW } from "./five-year-max.ts";
import type { Outcome, Turn } from "./handler.ts";
import { showMore } from "./show-more.ts";
import { asksOfSomeoneElse } from "./small-visit.ts";

const TOPIC = "benefit.five_year_continuous";
const YEARS_NEEDED = 5;
// "từ 2019 đến giờ", "since 2019": the year joining began; "7 năm liên tục", "6 years in a row": the years said.
const SINCE = /\b(?:tu|since|from) (?:nam )?(20\d\d)\b/;
const YEARS =
  /\b(\d{1,2}) (?:nam|years?)(?: \w+){0,2} (?:lien tuc|khong dut|khong gian doan|in a row|continuous\w*|straight|without (?:a )?(?:break|gap))\b|\b(?:lien tuc|khong dut quang|continuously) (?:duoc |roi )?(\d{1,2}) (?:nam|years?)\b/;
// "vậy là được 100% đến hết năm nay đúng không", "so 100% until the end of the year?": the rule's time, asked back.
// "năm 2023 bị đứt 2 tháng", "a 2-month gap": a break, whose rule the answer's details give ("không đứt quãng" is none).
const BREAK =
  /(?<!\b(?:khong|ko|k|chua|chang|without|no|never) (?:a |any )?)\b(?:dut quang|dut|gian doan|ngat quang|bo cach|gap|lapsed?|break|interrupted|missed)\b/;
// "which co-payments count toward the cap", "những khoản nào được tính": what counts, not how much was paid.
const WHICH_COUNT =
  /\b(?:khoan (?:nao|gi)|nhung khoan|chi phi nao|tinh (?:nhung )?(?:khoan|gi)|which (?:co ?payments?|costs?|expenses?|payments?)|what (?:counts|is counted|costs? count) (?:toward|towards|in)|count(?:s|ed)? (?:toward|towards))\b/;
const UNTIL_YEAR_END = /\b(?:100 phan tram|100%|het nam|cuoi nam|end of (?:the )?year|rest of the year)\b/;

/**
 * "mẹ em tham gia từ 2019 không đứt quãng, năm nay đã tự trả 17 triệu, giờ được 100% chưa": both conditions of the
 * five-year rule checked against what the message says (years in a row; co-payments this year against 6 months of
 * the base salary), and "so 100% until the year's end?" after it. Undefined when the message gives neither.
 */
export function answerFiveYearCase(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("%", " phan tram "))} `;
  if (BREAK.test(folded)) return undefined;
  // ("đã trả cùng chi trả 14 triệu rồi, giờ nằm viện 18 triệu nữa thì trả bn": a bill beside what was paid, whose
  // share the bill's answer works out against the ceiling.)
  const slotted = foldForSlots(turn.text);
  if (withoutCopaid(slotted) !== slotted && billGiven(withoutCopaid(slotted))) return undefined;
  const year = turn.today.slice(0, 4);
  const since = SINCE.exec(folded)?.[1];
  const inRow = YEARS.exec(folded);
  const years = since ? Number(year) - Number(since) : Number(inRow?.[1] ?? inRow?.[2] ?? Number.NaN);
  if (WHICH_COUNT.test(folded))
    return { ...showMore(turn, TOPIC), session: { lastIntent: TOPIC, misses: 0 } };
  const vars = answerVarsFor(turn, ["copay_cap"]);
  const cap = (vars.copay_cap as { value: number }).value;
  // The cap itself, quoted back ("the 15,180,000 limit"), is not what was paid.
  const said = amountOf(foldForSlots(turn.text));
  // ("mỗi năm bà nằm viện 2 lần, mỗi lần khoảng 10 triệu": bills, whose co-payment is the card's share left over.)
  const bill = said !== undefined && said !== cap ? copayOfBills(turn, folded, said) : undefined;
  const paid = said === cap ? undefined : (bill?.paid ?? said);
  const after = turn.session.lastIntent === TOPIC;
  // "5 năm liên tục là được gì" names the rule, not someone's years: a case needs a start year or an amount.
  if (since === undefined && paid === undefined) {
    // "đi khám dưới bao nhiêu tiền thì được 100%": the small visit's rule, not the five years'.
    if (!after || !UNTIL_YEAR_END.test(folded) || asksSmallVisit(turn.text)) return undefined;
    return reply([t("common:five_year.until_year_end", { ...vars, year })]);
  }
  const lines: TextRef[] = [];
  if (!Number.isNaN(years) && years >= 0)
    lines.push(
      t(years >= YEARS_NEEDED ? "common:five_year.years_met" : "common:five_year.years_short", { years }),
    );
  if (bill) lines.push(t("common:five_year.copay_of_bills", bill.vars));
  if (paid !== undefined)
    lines.push(
      paid > cap
        ? t("common:five_year.paid_over", { ...vars, paid: vnd(paid) })
        : t("common:five_year.paid_under", { ...vars, paid: vnd(paid), left: vnd(cap - paid) }),
    );
  const met = years >= YEARS_NEEDED && paid !== undefined && paid > cap;
  lines.push(t(met ? "common:five_year.both_met" : "common:five_year.not_yet", { ...vars, year }));
  return reply(lines);
}

// A bill said, not what was paid of it: "viện phí", "nằm viện … mỗi lần", "hospital bill", unless "tự trả" says so.
const BILL_SAID = /\b(?:vien phi|nam vien|chi phi|moi lan|hospital bills?|each stay|each time)\b/;
// ("đã tự trả 17 triệu": the amount said as paid; "có được miễn cùng chi trả không" names the rule, no amount.)
const OWN_SAID =
  /\b(?:cung chi tra|dong chi tra|tu tra|da tra|phan tra|tu bo tien|paid myself|co ?-?pa(?:y|id)\w*|out of pocket)\b(?: \w+){0,4}? \d/;
const TIMES = /\b(\d|hai|ba|bon|nam) lan\b|\b(\d) times\b|\b(twice)\b/;
const LEVEL = /\bthe (80|95|100) phan tram\b|\b(80|95|100) phan tram card\b/;
const USUAL_LEVEL = 80;

function copayOfBills(turn: Turn, folded: string, bill: number) {
  if (!BILL_SAID.test(folded) || OWN_SAID.test(folded)) return undefined;
  const times = TIMES.exec(folded);
  const count = times ? (times[3] ? 2 : (countValue(times[1] ?? times[2] ?? "1") ?? 1)) : 1;
  const kept = asksOfSomeoneElse(turn) ? undefined : turn.session.cardLevel;
  const level = Number(LEVEL.exec(folded)?.slice(1).find(Boolean) ?? kept ?? USUAL_LEVEL);
  const paid = Math.round((bill * count * (100 - level)) / 100);
  return { paid, vars: { bill: vnd(bill), count, level, paid: vnd(paid) } };
}

const reply = (lines: TextRef[]): Outcome => ({
  replies: [text(...lines)],
  session: { lastIntent: TOPIC, misses: 0 },
});

// "5 năm liên tục của tôi có bị mất không", "does my five years start again?": whether a gap breaks the count.
const COUNT_LOST =
  /\b(?:(?:bi )?mat|tinh lai|reset|start (?:again|over)|lose|lost|con (?:duoc )?(?:tinh|giu)|still count|(?:bi )?dut|break|broken)\b/;
const THE_COUNT = /\b(?:lien tuc|5 nam|nam nam|five years?|5 years?|continuity|continuous)\b/;
const OLD_GAP_DAYS = 90;

/**
 * "thẻ đứt 4 tháng thì 5 năm liên tục có bị mất không": under the rule before Decree 188, a gap of up to 3 months kept
 * the years continuous and a longer one started them again; how Decree 188 counts was not found, so BHXH confirms.
 * Undefined when the message does not ask whether the years are kept.
 */
export function answerContinuityAfterGap(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!COUNT_LOST.test(folded) || !THE_COUNT.test(folded)) return undefined;
  const late = latenessOf(foldForSlots(turn.text));
  const vars = answerVarsFor(turn, ["hotline"]);
  const gap = late
    ? [
        t(late.days > OLD_GAP_DAYS ? "common:five_year.gap_long" : "common:five_year.gap_short", {
          days: late.days,
        }),
      ]
    : [];
  return reply([...gap, t("common:five_year.after_gap", vars)]);
}

// "làm sao biết mình đã cùng chi trả đủ chưa", "how do I know how much co-payment I've paid": where the sum is kept.
const COPAY_TRACKED =
  /\b(?:lam sao|sao|cach nao|o dau|bang cach nao|how|where)\b(?:\s\w+){0,4}?\s(?:biet|xem|kiem tra|tra cuu|check|know|see|find)\b(?:\s\w+){0,6}?\s(?:cung chi tra|dong chi tra|da tra|tu tra|co ?-?pay\w*|paid so far|paid this year)\b/;

// "ngưỡng cụ thể là bao nhiêu tiền", "what is the limit exactly?": the co-payment cap itself.
const CAP_ASKED =
  /\b(?:nguong|han muc|muc tran|threshold|limit|cap)\b.*\b(?:bao nhieu|bn|la gi|how much|what|exactly)\b/;

/** "làm sao biết đã cùng chi trả đủ chưa": BHXH keeps each patient's co-payments and publishes them; no paper needed. */
export function answerCopayTracked(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("-", " "))} `;
  if (CAP_ASKED.test(folded))
    return reply([t("common:five_year.cap", answerVarsFor(turn, ["copay_cap", "base_salary"]))]);
  if (!COPAY_TRACKED.test(folded)) return undefined;
  return reply([t("common:five_year.copay_tracked", answerVarsFor(turn, ["copay_cap", "hotline"]))]);
}

// "Sang tháng 1/2027 thì tiền cùng chi trả có tính lại từ đầu không", "Does her co-payment count start again from zero
// on 1 January 2027?": the year's count, which starts again each calendar year.
const COPAY_NAMED = /\b(?:cung chi tra|dong chi tra|tu tra|co[- ]?payments?)\b/;
const NEW_YEAR_ASKED =
  /\b(?:tinh lai|tu dau|ve 0|ve khong|reset|start (?:again|over)|from zero|sang nam|nam moi|nam sau|1 january|january 1|(?:thang|ngay) 1\/?(?:1\/)?\d{0,4}|new year)\b/;
const NEW_YEAR_WORDS = 30;
const COUNT_AGAIN = /\b(?:count|tinh|dem|total|tong)\b/;

/** Whether the year's co-payments count again from 1 January: yes, with the rule's time. */
export function answerCopayNewYear(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > NEW_YEAR_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  // ("What about next year, does the count start again from zero?" after the five-year rule, or a bill under it.)
  const afterRule =
    turn.session.lastIntent === "benefit.five_year_continuous" ||
    (turn.session.lastIntent === "benefit.levels" &&
      saidBefore(turn.session)
        .slice(0, 3)
        .some((said) => YEARS_IN_ROW.test(foldForSlots(said))));
  if (!(COPAY_NAMED.test(folded) || (afterRule && COUNT_AGAIN.test(folded))) || !NEW_YEAR_ASKED.test(folded))
    return undefined;
  const vars = answerVarsFor(turn, ["copay_cap"]);
  return reply([t("common:five_year.until_year_end", { ...vars, year: turn.today.slice(0, 4) })]);
}

// "is the threshold for 2027 also 15,180,000?", "sang năm ngưỡng có còn 15.180.000 không": the cap of a later year.
const CAP_NAMED = /\b(?:threshold|cap|ceiling|limit|nguong|muc tran|tran|muc)\b/;
const LATER_YEAR = /\b(20\d\d)\b|\b(?:next year|sang nam|nam sau|nam toi)\b/;

/** After the five-year rule, the cap asked for a later year: 6 months of the base salary then, unchanged so far. */
export function answerCapLaterYear(turn: Turn): Outcome | undefined {
  if (turn.session.lastIntent !== TOPIC && turn.session.lastIntent !== "benefit.levels") return undefined;
  if (turn.text.trim().split(/\s+/).length > NEW_YEAR_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  const later = LATER_YEAR.exec(folded);
  const thisYear = Number(turn.today.slice(0, 4));
  const year = later?.[1] ? Number(later[1]) : thisYear + 1;
  if (!later || !CAP_NAMED.test(folded) || year <= thisYear) return undefined;
  const vars = answerVarsFor(turn, ["copay_cap", "base_salary", "base_salary_basis"]);
  return reply([t("common:five_year.cap_later_year", { ...vars, year: String(year) })]);
}
