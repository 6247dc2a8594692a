import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { REMINDER_ASKED } from "../../nlu/renewal-readings.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

// "remind me on 1 January to change it", "nhắc tôi đầu tháng 1 đổi nơi khám": a reminder to do something else.
const OTHER_TASK =
  /\b(?:to (?:change|switch|move|apply|file|submit|update)|(?:doi|chuyen) (?:noi|the|dang ky)|lam ho so|nop ho so|cap nhat)\b/;
const CHANGES = new Set(["card.change_facility", "card.change_info"]);
// …unless renewing is what it is about.
const RENEWAL = /\b(?:renew\w*|expir\w*|gia han|het han|dong tiep|tai tuc)\b/;

/**
 * A reminder asked for something other than renewing a card: the bot reminds renewals only (before a card's end);
 * said so, with the change of registration's window, rather than a renewal reminder on that date. Undefined otherwise.
 */
export function answerOtherReminder(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // ("nhắc mình ngày 1/1 để đi đổi nhé", "remind me on 2 January to do it" right after the change's window.)
  const afterChange = CHANGES.has(turn.session.lastIntent ?? "") && REMINDER_ASKED.test(folded);
  if (!(OTHER_TASK.test(folded) || afterChange) || RENEWAL.test(folded)) return undefined;
  return {
    replies: [
      choices(
        [t("common:reminders.only_renewal")],
        [intentChoice("card.change_facility"), intentChoice("reminder.create")],
      ),
    ],
    session: { lastIntent: "reminder.create", misses: 0 },
  };
}

/** The same, asked whatever topic the words lean to ("nhắc e đổi nơi khám vào đầu tháng 1 dc ko"). */
export function answerOtherReminderAsked(turn: Turn): Outcome | undefined {
  return REMINDER_ASKED.test(` ${foldWords(turn.text)} `) ? answerOtherReminder(turn) : undefined;
}
