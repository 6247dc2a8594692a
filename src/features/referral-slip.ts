import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { asksLevel } from "../nlu/level-asked.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { asksSlipValidity } from "../nlu/visit-readings.ts";
import { day, law } from "../policy/answer-vars.ts";
import { parameterAt } from "../policy/parameter-at.ts";
import { addDays } from "../reminders/schedule-times.ts";
import type { Outcome, Turn } from "./handler.ts";

// "tiểu đường lâu năm", "bệnh mạn tính", "chronic": a long illness, whose slip may last a year.
const CHRONIC =
  /\b(?:man tinh|lau nam|kinh nien|tieu duong|dai thao duong|(?:tang |cao )?huyet ap|chronic|diabetes|diabetic|hypertension|long[- ]term)\b/;
const NOT_CHRONIC =
  /\b(?:(?:khong|ko|k) (?:phai |bi |co )?(?:benh )?man tinh|not (?:a |an? )?(?:\w+ )?chronic|non[- ]chronic|nothing chronic|no chronic)\b/;

/**
 * "giấy chuyển viện có giá trị bao lâu", "referral slip dated 20/11, can I use it on 8/12?": how long a transfer slip
 * lasts (10 working days; a year for a listed chronic condition), worked out from the dates said. Undefined unless a
 * slip's validity is asked.
 */
export function answerReferralSlip(turn: Turn): Outcome | undefined {
  if (!asksSlipValidity(turn.text)) return undefined;
  const folded = ` ${foldWords(turn.text.replaceAll("'", " "))} `;
  const at = { date: turn.today };
  const days = parameterAt(turn.content.policy, "referral_slip_working_days", at);
  const months = parameterAt(turn.content.policy, "referral_slip_chronic_months", at);
  const chronic = CHRONIC.test(folded) && !NOT_CHRONIC.test(folded);
  const rule = t("common:referral_slip.rule", {
    days: days.value,
    months: months.value,
    basis: law(days.legalBasis),
  });
  // "có giấy chuyển thì được hưởng bao nhiêu %": with a valid slip, the card's full level.
  const level = asksLevel(turn.text) ? [t("common:referral_slip.full_level")] : [];
  return {
    replies: [text(...datedVerdict(turn, days.value, chronic), rule, ...level)],
    session: { lastIntent: "benefit.referral", misses: 0 },
  };
}

// The slip's last day from the date it was signed, and whether the day it is to be used falls within it.
function datedVerdict(turn: Turn, days: number, chronic: boolean): TextRef[] {
  const folded = foldForSlots(turn.text);
  const signed = dateSpanOf(folded, turn.today);
  if (!signed || !("iso" in signed.slot) || signed.slot.iso > turn.today) return [];
  const later = dateSpanOf(folded.slice(signed.index + signed.length), turn.today);
  const use = later && "iso" in later.slot ? later.slot.iso : turn.today;
  // Counted from the day after signing, Saturdays and Sundays left out (holidays are not known here).
  const end = afterWorkingDays(signed.slot.iso, days);
  const key = chronic ? "chronic" : use <= end ? "valid" : "expired";
  return [
    t(`common:referral_slip.${key}`, { signed: day(signed.slot.iso), end: day(end), use: day(use), days }),
  ];
}

/** The working day `count` working days after `from` (Saturdays and Sundays skipped). */
export function afterWorkingDays(from: string, count: number): string {
  let date = from;
  for (let left = count; left > 0; ) {
    date = addDays(date, 1);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}
