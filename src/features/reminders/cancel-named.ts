import { foldWords } from "../../core/fold.ts";
import { dateSpanOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import type { Outcome, Turn } from "../handler.ts";
import { listReminders, reminderAction } from "./remind-flow.ts";

// "cancel my reminder, keep hers", "hủy cái của tôi": the writer's own card, kept under no one's name.
// ("Cancel yours", the button's label typed back, is the writer's own too.)
const MINE = /\b(?:my (?:own )?(?:reminder|card|one)s?|mine|yours|(?:cai )?cua (?:toi|minh|tui|ban))\b/;
// "…but keep my wife's", "giữ lại của mẹ": the cards kept are not among those cancelled.
const KEPT = /\b(?:but |and |nhung |con )?(?:keep|leave|giu(?: lai)?|tru|except|(?:khong|ko|dung) huy)\b.*$/;
// A reminder is cancelled only when the message says so.
const CANCEL_SAID =
  /\b(?:huy|xoa|bo|dung|ngung|tat|thoi|khong can|ko can|k can|khong (?:muon )?(?:nhan|can)|ko (?:muon )?nhan|(?:khong|ko|k) muon (?:\w+ )?nhan|cancel|delete|remove|stop|turn off|drop|unsubscribe|don t want|no more|no longer)\b/;
/** "hủy nhắc thẻ của con trai, cái hết hạn 31/12/2026", "cancel the reminder for…": a reminder cancelled outright. */
const CANCELS_REMINDER =
  /^(?:(?:thoi|vay|the|ok|em|chau|con|ban|ad|please) )*(?:huy|xoa|bo|tat|ngung|cancel|delete|remove|stop) (?:cai |cac |het |the |my )?(?:nhac|loi nhac|reminders?)\b/;

/** Whether a sentence of the message cancels a reminder outright ("… cháu ghi nhầm. Xóa cái nhắc hạn 15/01/2027 đi"). */
export const cancelsReminder = (text: string): boolean =>
  text.split(/[.!?]\s+/).some((sentence) => CANCELS_REMINDER.test(foldWords(sentence)));
const ALL = /\b(?:het|tat ca|toan bo|all|everything|every)\b/;

/**
 * "Hủy nhắc của mẹ", "huỷ mẹ", "cancel my wife's": the one card whose name the message says is cancelled, as its
 * button would; all of them when it says so ("hủy hết"); with no name, or a name that fits several cards, the list
 * with its buttons.
 */
export async function cancelNamedReminders(turn: Turn): Promise<Outcome> {
  const words = ` ${foldWords(turn.text).replace(KEPT, " ")} `;
  // "còn nhắc nào không": a question about what is left, never a cancellation.
  if (!CANCEL_SAID.test(words)) return listReminders(turn);
  const mine = (await turn.reminders?.listFor(turn.message.ref)) ?? [];
  // One entry per card (a name and an expiry): a name with two cards is not one card.
  const cards = new Map(mine.map((r) => [`${r.entry.label}\u0000${r.entry.expiry}`, r.entry]));
  // "hủy cái 20/5 đi": the card of that expiry day (the year may be left out).
  const said = dateSpanOf(foldForSlots(turn.text), turn.today);
  // ("xóa cái nhắc hạn 15/01/2027": with its year, only that card; "hủy cái 20/5": the day, whatever the year.)
  const withYear = said !== undefined && "typed" in said.slot && /\d{4}/.test(said.slot.typed);
  const day = said && "iso" in said.slot ? said.slot.iso.slice(withYear ? 0 : 5) : undefined;
  const ownAsked = MINE.test(words);
  // (A full date names one card, whatever else the message says: none held with it leaves the list to choose from.)
  const dated = withYear ? [...cards.values()].filter((entry) => entry.expiry === day) : [];
  const byName = (entry: (typeof mine)[number]["entry"]) =>
    (entry.label !== "" && words.includes(` ${foldWords(entry.label)} `)) || (entry.label === "" && ownAsked);
  // ("Cancel the 22 August one for my wife": the day said picks among the named person's cards, and a day none of
  // them has cancels nothing.)
  const onDay = [...cards.values()].filter((entry) => day !== undefined && entry.expiry.slice(5) === day);
  const named = withYear
    ? dated
    : day !== undefined
      ? onDay.some(byName)
        ? onDay.filter(byName)
        : onDay
      : [...cards.values()].filter(byName);
  // "hủy hết nhắc đi", "cancel all my reminders": every card, as the "cancel all" button does.
  // "hủy nhắc đó đi" with one card held: that card.
  // ("Cancel yours" when the writer's own are gone already: not the one card left, someone else's.)
  const every = named.length === 0 && mine.length > 0 && (ALL.test(words) || (cards.size === 1 && !ownAsked));
  if (named.length !== 1 && !every) return listReminders(turn);
  const outcome = await reminderAction(turn, "cancel", every ? "all" : named[0]!.id);
  return { ...outcome, session: { ...outcome.session, lastIntent: "reminder.cancel" } };
}
