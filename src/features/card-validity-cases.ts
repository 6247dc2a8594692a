import { type TextRef, t, text } from "../core/reply.ts";
import { asksIssueTime, expiresInTreatment } from "../nlu/case-readings.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays, daysFrom } from "../reminders/schedule-times.ts";
import { answerYoungChildValidity } from "./contribution/child-card.ts";
import { answerStudentCardDates } from "./contribution/student-card.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * A question about when a card works that is about one case the general rules bury: a young child's, a pupil's or a
 * student's card, a card that expires during treatment, or how long a new card takes to arrive. Undefined for the general question.
 */
export function answerCardCase(turn: Turn, intent: string): Outcome | undefined {
  const child = answerYoungChildValidity(turn) ?? answerStudentCardDates(turn, intent);
  if (child) return child;
  const key = expiresInTreatment(turn.text)
    ? "common:card_in_treatment"
    : asksIssueTime(turn.text)
      ? "common:card_issue_time"
      : undefined;
  if (!key) return renewalAfterGap(turn, intent);
  const dated = key === "common:card_in_treatment" ? lapseDates(turn) : undefined;
  return {
    replies: [text(...(dated ? [dated] : []), t(key))],
    session: { lastIntent: intent, misses: 0 },
  };
}

// "ra viện 30/12", "nằm viện đến 30/12", "discharged on 20 December": the day treatment ends, not the admission.
const DISCHARGE_BEFORE = /\b(?:ra vien|xuat vien|den|toi|until|till|discharged?|leave|out)(?: \w+){0,2}\s*$/;
const MAX_STAY_DAYS = 366;

// The discharge date said after the expiry, when one is (a date after "nhập viện từ" is the admission).
function dischargeDate(folded: string, from: number, expiry: string, today: string): string | undefined {
  let offset = from;
  for (;;) {
    const found = dateSpanOf(folded.slice(offset), today);
    if (!found) return undefined;
    const at = offset + found.index;
    if ("iso" in found.slot && DISCHARGE_BEFORE.test(folded.slice(Math.max(0, at - 30), at))) {
      const iso = found.slot.iso;
      return iso > expiry && iso <= addDays(expiry, MAX_STAY_DAYS) ? iso : undefined;
    }
    offset = at + found.length;
  }
}

// Paid at most this many days after the card's end while treatment goes on (ND 188/2025 Art. 50 §4).
const DAYS_AFTER_EXPIRY = 15;

// "thẻ hết hạn ngày 10/12 mà tôi nằm viện đến 30/12": the last day paid, from the dates the message gives.
function lapseDates(turn: Turn): TextRef | undefined {
  const folded = foldForSlots(turn.text);
  const first = dateSpanOf(folded, turn.today);
  if (!first || !("iso" in first.slot)) return undefined;
  const expiry = first.slot.iso;
  const latest = addDays(expiry, DAYS_AFTER_EXPIRY);
  const discharge = dischargeDate(folded, first.index + first.length, expiry, turn.today);
  if (!discharge) return t("common:card_in_treatment_until", { expiry: day(expiry), until: day(latest) });
  const key = discharge <= latest ? "common:card_in_treatment_discharge" : "common:card_in_treatment_cut";
  return t(key, { expiry: day(expiry), discharge: day(discharge), until: day(latest) });
}

// "thẻ hết hạn từ 30/6/2026, giờ đóng tiếp thì khi nào dùng được", "my card expired on 31 March, do I have to wait":
// a card that has ended, renewed today.
const ENDED = /\b(?:het han|het hieu luc|expired|ran out|ended)\b/;
// From this many days without a card, a renewed card works only 30 days after the payment (Law 51 Art. 16; policy.md §6).
const GAP_DAYS = 90;
const WAIT_DAYS = 30;

/** The renewal of a card that ended on a date the message gives: the gap until today, and when the new card works. */
export function renewalAfterGap(turn: Turn, intent: string): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  if (!ENDED.test(folded)) return undefined;
  const found = dateSpanOf(folded, turn.today);
  if (!found || !("iso" in found.slot) || found.slot.iso >= turn.today) return undefined;
  const ended = found.slot.iso;
  const gap = daysFrom(ended, turn.today);
  const vars = { ended: day(ended), today: day(turn.today), gap };
  const line =
    gap >= GAP_DAYS
      ? t("common:renewal_gap.long", { ...vars, from: day(addDays(turn.today, WAIT_DAYS)) })
      : t("common:renewal_gap.short", { ...vars, last: day(addDays(ended, GAP_DAYS - 1)) });
  return { replies: [text(line)], session: { lastIntent: intent, misses: 0 } };
}
