import { foldWords } from "../../core/fold.ts";
import { REMINDER_ASKED } from "../../nlu/renewal-readings.ts";
import type { Outcome, Turn } from "../handler.ts";
import { endOfCardPaidNow } from "./paid-now-end.ts";
import { startReminders } from "./remind-flow.ts";

/**
 * "remind me 30 days before my new card ends, I'll pay today for 12 months": a reminder for the end of the card paid
 * today, whatever topic the words about the card read as. Undefined unless a reminder and such a payment are said.
 */
export async function answerReminderForCardPaidNow(turn: Turn): Promise<Outcome | undefined> {
  if (!REMINDER_ASKED.test(` ${foldWords(turn.text)} `) || !endOfCardPaidNow(turn, turn.text))
    return undefined;
  return startReminders(turn);
}
