import { t, text } from "../core/reply.ts";
import { asksEarlyRenewal } from "../nlu/renewal-asked.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays } from "../reminders/schedule-times.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "thẻ hết hạn 31/12/2026, gia hạn sớm được ko": yes, paid before the end the new card follows on with no wait (Law
 * 51/2024/QH15, Art. 16). The end said is kept, so "nhắc tôi trước khi hết hạn" afterwards needs no date again.
 * Undefined when no early renewal is asked (or, `datedOnly`, when no end to come is said).
 */
export function answerEarlyRenewal(turn: Turn, intent: string, datedOnly = false): Outcome | undefined {
  if (!asksEarlyRenewal(turn.text)) return undefined;
  const found = dateSpanOf(foldForSlots(turn.text), turn.today);
  const end = found && "iso" in found.slot && found.slot.iso >= turn.today ? found.slot.iso : undefined;
  // (Renewing in general is the renewal topic's own answer; the day said is what it lacks.)
  if (datedOnly && !end) return undefined;
  const line = end
    ? t("common:renew_early.dated", { end: day(end), next: day(addDays(end, 1)) })
    : t("common:renew_early.rule");
  return {
    replies: [text(line)],
    session: { lastIntent: intent, misses: 0, ...(end ? { cardEnd: end } : {}) },
  };
}
