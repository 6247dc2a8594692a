import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { asksBenefitPending, BENEFIT_NAMED } from "../nlu/living-readings.ts";
import { daysFrom } from "../reminders/schedule-times.ts";
import { GAP_DAYS } from "./card-from-payment.ts";
import type { Outcome, Turn } from "./handler.ts";

// "có cách nào dùng ngay ko, e đang cần đi khám", "can I use it right away, I need a doctor": the wait cut short.
const USE_NOW =
  /\b(?:dung (?:duoc )?(?:ngay|luon)|cach nao (?:\w+ ){0,3}?dung|dang can di kham|can di kham gap|use it (?:now|right away|straight away)|any way to use|need (?:to see )?a doctor now)\b/;
const WORDS = 25;
const short = (message: string) => message.trim().split(/\s+/).length <= WORDS;

/** Whether a short message asks to use a card before its 30-day wait is over. */
export const asksUseNow = (message: string): boolean =>
  short(message) && USE_NOW.test(` ${foldWords(message)} `);

/** After a gap of 90 days or more was worked out, "có cách nào dùng ngay ko": no, the visit is paid in full meanwhile. */
export function answerUseNowDuringWait(turn: Turn, intent: string): Outcome | undefined {
  const end = turn.session.cardEnd;
  const waits = end !== undefined && end < turn.today && daysFrom(end, turn.today) >= GAP_DAYS;
  if (turn.session.lastIntent !== intent || !waits || !asksUseNow(turn.text)) return undefined;
  return {
    replies: [text(t("common:visit_while_waiting"))],
    session: { lastIntent: intent, misses: 0, cardEnd: end },
  };
}

/** After the job-leaving answer, "trong lúc chờ quyết định trợ cấp đi khám có dc bhyt ko": the gap and what to do. */
export function answerBenefitPending(turn: Turn, intent: string): Outcome | undefined {
  // (…or said outright: "chờ quyết định trợ cấp thất nghiệp thì đi khám có được bhyt không".)
  const outright = BENEFIT_NAMED.test(` ${foldWords(turn.text)} `);
  if ((turn.session.lastIntent !== intent && !outright) || !asksBenefitPending(turn.text)) return undefined;
  return { replies: [text(t("common:unemployment_wait"))], session: { lastIntent: intent, misses: 0 } };
}
