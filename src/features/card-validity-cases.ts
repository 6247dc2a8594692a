import { foldWords } from "../core/fold.ts";
import { type TextRef, t, text } from "../core/reply.ts";
import { asksIssueTime, cardNotShownInApp } from "../nlu/card-issue.ts";
import { expiresInTreatment } from "../nlu/case-readings.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays, daysFrom } from "../reminders/schedule-times.ts";
import { startFromPayment, validFromPayment } from "./card-from-payment.ts";
import { answerCardMissingFollowUp } from "./card-issue-follow-up.ts";
import { answerYoungChildValidity } from "./contribution/child-card.ts";
import { answerStudentCardDates } from "./contribution/student-card.ts";
import { answerEarlyRenewal, answerStartAfterKnownEnd } from "./early-renewal.ts";
import { firstCardPrice } from "./first-card-price.ts";
import type { Outcome, Turn } from "./handler.ts";
import {
  BARE_DAY_OR_MONTH,
  renewalAfterGap,
  renewalLate,
  VISIT_WHILE_WAITING,
  YEAR_SAID,
} from "./renewal-gap.ts";

/**
 * A question about when a card works that is about one case the general rules bury: a young child's, a pupil's or a
 * student's card, a card that expires during treatment, or how long a new card takes to arrive. Undefined for the general question.
 */
export function answerCardCase(turn: Turn, intent: string): Outcome | undefined {
  const child =
    answerYoungChildValidity(turn) ??
    answerStudentCardDates(turn, intent) ??
    answerCardMissingFollowUp(turn, intent);
  if (child) return child;
  // "thẻ của bé có phải chờ 30 ngày không": the wait is for people who pay, not for a card the state pays.
  const folded = ` ${foldWords(turn.text)} `;
  const statePaid = STATE_PAID_PERSON.test(folded) || turn.session.lastIntent === "contribution.child_under6";
  if (WAIT_ASKED.test(folded) && statePaid)
    return { replies: [text(t("common:no_wait_state_paid"))], session: { lastIntent: intent, misses: 0 } };
  // "trong 30 ngày đó đi khám thì sao": a visit before the renewed card works is not paid by the fund.
  if (VISIT_WHILE_WAITING.test(folded))
    return { replies: [text(t("common:visit_while_waiting"))], session: { lastIntent: intent, misses: 0 } };
  const key = expiresInTreatment(turn.text)
    ? "common:card_in_treatment"
    : asksIssueTime(turn.text)
      ? "common:card_issue_time"
      : cardNotShownInApp(turn.text)
        ? "common:card_not_shown"
        : undefined;
  if (!key)
    return (
      answerEarlyRenewal(turn, intent) ??
      answerStartAfterKnownEnd(turn, intent) ??
      renewalAfterGap(turn, intent) ??
      renewalLate(turn, intent) ??
      validFromPayment(turn, intent)
    );
  // "lần đầu mua, đóng hôm nay bao nhiêu tiền, bao lâu nhận thẻ, khi nào dùng được": each ask beside the issue time.
  const issue = key === "common:card_issue_time";
  const before = [
    key === "common:card_in_treatment" ? lapseDates(turn) : undefined,
    issue ? firstCardPrice(turn) : undefined,
  ].filter((part): part is TextRef => part !== undefined);
  const start = issue ? startFromPayment(turn) : undefined;
  return {
    replies: [text(...before, t(key), ...(start ? [start] : []))],
    session: { lastIntent: intent, misses: 0 },
  };
}

/** "có phải chờ 30 ngày không", "do I have to wait": whether a new card waits, asked. */
export const WAIT_ASKED =
  /\b(?:(?:cho|doi) 30 ngay|phai (?:cho|doi)|30 ngay moi|30[- ]day|wait|waiting|right away|straight away|immediately|dung ngay|co gia tri ngay|ngay lap tuc)\b/;
// A newborn, a young child, or a group whose card the state pays (poor, veterans, social assistance); "be" (bé, a
// young child) not as the English verb ("will there be a wait").
const STATE_PAID_PERSON =
  /\b(?:(?<!\b(?:will|there|to|would|can|could|should|might|must|may|not|it|that|won t|cannot|i|you|we|they) )be|em be|tre so sinh|moi sinh|newborn|new born|baby|babies|infant|tre (?:em )?duoi 6|under 6|ho ngheo|poor household|cuu chien binh|nguoi co cong|veteran|tro cap xa hoi|social assistance)\b/;

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

// "nằm viện từ 15/12, thẻ hết hạn 31/12": the card's end is the date said as one, else the first that is not the
// admission's or the discharge's.
const EXPIRY_BEFORE =
  /\b(?:het han|het|han|expires?|expiring|expired|ends?|ending|runs? out|valid (?:until|till|to))(?: \w+){0,2}\s*$/;
const ADMISSION_BEFORE = /\b(?:nam vien|nhap vien|vao vien|tu ngay|tu|admitted|since|from)(?: \w+){0,2}\s*$/;
function expiryDateOf(folded: string, today: string) {
  const dates: NonNullable<ReturnType<typeof dateSpanOf>>[] = [];
  for (let offset = 0; ; ) {
    const found = dateSpanOf(folded.slice(offset), today);
    if (!found) break;
    dates.push({ ...found, index: offset + found.index });
    offset += found.index + found.length;
  }
  const before = (d: (typeof dates)[number]) => folded.slice(Math.max(0, d.index - 30), d.index);
  return (
    dates.find((d) => EXPIRY_BEFORE.test(before(d))) ??
    dates.find((d) => !ADMISSION_BEFORE.test(before(d)) && !DISCHARGE_BEFORE.test(before(d))) ??
    dates[0]
  );
}

// Paid at most this many days after the card's end while treatment goes on (ND 188/2025 Art. 50 §4).
const DAYS_AFTER_EXPIRY = 15;

// "nằm viện từ 28/11, thẻ hết hạn ngày 30/11" on 6 December: a day and month without a year, just past, is this
// year's, not next year's.
const RECENT_DAYS = 60;
function recentPast(slot: { iso: string; typed: string }, today: string): string {
  const lastYear = `${Number(slot.iso.slice(0, 4)) - 1}${slot.iso.slice(4)}`;
  const bare = BARE_DAY_OR_MONTH.test(slot.typed) && !YEAR_SAID.test(slot.typed);
  return bare && slot.iso > today && lastYear <= today && daysFrom(lastYear, today) <= RECENT_DAYS
    ? lastYear
    : slot.iso;
}

// "thẻ hết hạn ngày 10/12 mà tôi nằm viện đến 30/12": the last day paid, from the dates the message gives.
function lapseDates(turn: Turn): TextRef | undefined {
  const folded = foldForSlots(turn.text);
  const first = expiryDateOf(folded, turn.today);
  if (!first || !("iso" in first.slot)) return undefined;
  const expiry = recentPast(first.slot, turn.today);
  const latest = addDays(expiry, DAYS_AFTER_EXPIRY);
  const discharge = dischargeDate(folded, first.index + first.length, expiry, turn.today);
  if (!discharge) return t("common:card_in_treatment_until", { expiry: day(expiry), until: day(latest) });
  const key = discharge <= latest ? "common:card_in_treatment_discharge" : "common:card_in_treatment_cut";
  return t(key, { expiry: day(expiry), discharge: day(discharge), until: day(latest) });
}
