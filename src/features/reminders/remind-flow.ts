import { foldWords } from "../../core/fold.ts";
import { choices, t, text, withLines } from "../../core/reply.ts";
import { day } from "../../policy/answer-vars.ts";
import type { ReminderEntry } from "../../reminders/reminder.ts";
import {
  addDays,
  DEFAULT_DAYS_BEFORE,
  localTime,
  outOfQuietHours,
  reminderTimes,
  SEND_HOUR,
  sameDateNextYear,
  shortLocalDate,
} from "../../reminders/schedule-times.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { correctedCard, correctedPending, takesBack } from "./correct-expiry.ts";
import {
  answerNewLead,
  answerReading,
  askExpiry,
  reminderButton as button,
  leadOf,
  leadTimeAnswer,
  nowOf,
  pendingCards,
  pendingReplaces,
  REMIND_FLOW,
} from "./expiry-replies.ts";
import { answerHeldLead, withLeadSaid } from "./held-lead.ts";
import { answerOtherReminder } from "./other-reminder.ts";
import { endOfCardPaidNow, readCardsSaid } from "./paid-now-end.ts";
import { type ExpiryReading, readExpiries } from "./read-expiries.ts";
import { answerLinesRelabelled } from "./relabel-lines.ts";
import { cancelCard, sameCard } from "./reminder-book.ts";
import { buttonExpiryValid, labelTag } from "./reminder-message.ts";

export { REMIND_FLOW } from "./expiry-replies.ts";

const unavailable = (): Outcome => ({ replies: [text(t("common:reminders.unavailable"))] });

/**
 * "Nhắc tôi gia hạn thẻ": reads the expiry dates in the message, or asks for them. "À nhầm, 20/6/2027" after a
 * card was set offers to move that card's reminders to the new date.
 */
export async function startReminders(turn: Turn): Promise<Outcome> {
  const other = answerOtherReminder(turn);
  if (other) return other;
  const said = withLeadSaid(turn);
  // "nhắc tôi trước khi hết hạn nhé" after the card's end was said ("hết hạn 31/12/2026, gia hạn sớm được ko"): that end.
  const end = turn.session.cardEnd && turn.session.cardEnd >= turn.today ? turn.session.cardEnd : undefined;
  // ("I'll pay today for 12 months, remind me before it ends": the end of that card.)
  const typed = readCardsSaid(turn, said.text);
  const blank = typed.cards.length + typed.expired.length + typed.notDates.length === 0;
  // (The end alone is read: the words around the request, "ok. đặt nhắc hộ e…", are no card's name.)
  const reading = blank && end ? readExpiries(end.split("-").reverse().join("/"), turn.today) : typed;
  const none = reading.cards.length + reading.expired.length + reading.notDates.length === 0;
  const held = none ? await answerHeldLead(turn) : undefined;
  const lead = none && !held ? await leadTimeAnswer(turn, DEFAULT_DAYS_BEFORE, said.turn) : undefined;
  return held ?? lead ?? remindFrom(said.turn, reading);
}

async function remindFrom(turn: Turn, reading: ExpiryReading): Promise<Outcome> {
  if (!turn.reminders) return unavailable();
  const pending = correctedPending(turn, reading);
  if (pending) return answerReading(turn, pending) ?? askExpiry([]);
  const corrected = await correctedCard(turn, reading);
  if (corrected) {
    // "her card actually expires …": the card is the one named before, under its name.
    const cards = reading.cards.map((card) => ({ ...card, label: corrected.label }));
    return answerReading(turn, { ...reading, cards }, corrected) ?? askExpiry([]);
  }
  return answerReading(turn, withPending(turn, reading)) ?? askExpiry([]);
}

// The schedule waiting for a yes keeps its other cards when one of them is typed again ("à nhầm, thẻ mẹ hết
// 15/3/2027" after "bố …, mẹ …, em …"): the named card takes its new date.
function withPending(turn: Turn, reading: ExpiryReading): ExpiryReading {
  const kept = pendingCards(turn).filter((card) => !reading.cards.some((c) => c.label === card.label));
  return { ...reading, cards: [...kept, ...reading.cards] };
}

// A date after a reminder answer is another card or a correction, not a new question ("what about my wife's,
// 1/6/2027"); a longer message is read on its own.
const REMINDER_FOLLOW_UP_WORDS = 10;
const CANCELS = /^(?:(?:thoi|vay|the) )?(?:huy|xoa|bo|cancel|delete|remove)\b/;
const REMINDER_LIST_WORDS = 24;
const LIST_AGAIN =
  /\b(?:liet ke|xem lai|coi lai|danh sach|kiem tra lai|list|show (?:me )?(?:them|it|my|the)|see (?:them|my|the))\b/;
const EXPIRES = /\b(?:het han|expires?|expiring|runs? out|ends)\b/;
const words = (message: string) => message.trim().split(/\s+/).length;

/** After reminders were offered, set or listed: a short message with an expiry date carries on with them. */
export async function answerReminderFollowUp(turn: Turn): Promise<Outcome | undefined> {
  // After a reminder's answer, or while a schedule waits for "yes" ("also my son's card expires 20/02/2027").
  const waiting = turn.session.flow?.id === REMIND_FLOW;
  const afterReminder =
    turn.session.lastIntent?.startsWith("reminder.") && turn.session.lastIntent !== "reminder.cancel";
  if (!waiting && !afterReminder) return undefined;
  // (…or lines of the schedule waiting said to be someone else's: "dòng 2 là chồng cô".)
  const lead = waiting ? (answerNewLead(turn) ?? answerLinesRelabelled(turn)) : await answerHeldLead(turn);
  if (lead) return lead;
  // "liệt kê lại giúp", "show them again": the list, after anything about reminders.
  if (LIST_AGAIN.test(` ${foldWords(turn.text)} `) && words(turn.text) <= REMINDER_FOLLOW_UP_WORDS)
    return listReminders(turn);
  // "thẻ hết hạn 20/5 thì đóng bao nhiêu" asks about money, whatever the date; "hủy cái 20/5 đi" cancels one.
  if (asksHowMuch(turn.text) || CANCELS.test(foldWords(turn.text))) return undefined;
  const said = withLeadSaid(turn);
  // ("pay hôm nay 7/12 cho 12 tháng thì hết hạn ngày nào": the day paid is no card's end; the new card's is.)
  const reading = readCardsSaid(turn, said.text);
  const dates = datesIn(reading);
  // Several people's dates ("thêm lại bố 31/12/2026, e 28/2/2027"), or a correction ("à nhầm, thẻ mẹ hết 15/3/2027
  // chứ ko phải tháng 1"), or another card's expiry ("also add one for my wife, her card expires …"), say what they
  // are in more words.
  // (…or a card paid today for some months: "bạn tính giúp đi, e đóng 3 tháng hôm nay, thẻ lần đầu".)
  const saysWhat =
    EXPIRES.test(` ${foldWords(turn.text)} `) || endOfCardPaidNow(turn, said.text) !== undefined;
  const more = dates >= 2 || takesBack(turn.text) || saysWhat;
  const limit = more ? REMINDER_LIST_WORDS : REMINDER_FOLLOW_UP_WORDS;
  if (dates === 0 || words(turn.text) > limit) return undefined;
  return remindFrom(said.turn, reading);
}

/**
 * The reply to "when do the cards expire?" (a date, or "tôi đóng hôm nay 12 tháng, bạn tự tính giúp"): the schedule to
 * confirm, or undefined when it holds no date. A date typed while a schedule waits for confirmation ("mẹ 20/4/2027"
 * after "bố 15/3/2027, mẹ") joins that schedule.
 */
export function answerExpiry(turn: Turn, message: string): Outcome | undefined {
  const reading = readCardsSaid(turn, message);
  if (datesIn(reading) === 0) return undefined;
  return answerReading(turn, withPending(turn, reading));
}

// Every date a reading holds: of cards to remind about, expired ones and days that do not exist.
const datesIn = (reading: ExpiryReading) =>
  reading.cards.length + reading.expired.length + reading.notDates.length;

// A household's cards, with room to spare: more from one user is abuse or a mistake, and every card costs storage
// and sending time that other users share.
const MAX_CARDS_PER_USER = 20;

/** A reminder button: confirm the schedule, cancel one card's reminders or all, snooze, or "renewed". */
export async function reminderAction(turn: Turn, field: string, value: string): Promise<Outcome> {
  const book = turn.reminders;
  if (!book) return unavailable();
  const ref = turn.message.ref;
  const draft = turn.session.flow?.id === REMIND_FLOW ? turn.session.flow.data : {};
  if (field === "confirm") {
    if (value !== "yes" || typeof draft.cards !== "string")
      return { replies: [text(t("common:reminders.not_set"))], session: { flow: undefined } };
    const members = Number(draft.members ?? 0);
    if (typeof draft.replaces === "string") await cancelCard(turn.message.ref, book, draft.replaces);
    // A card already set is not set twice, and a user holds at most MAX_CARDS_PER_USER cards.
    const held = await book.listFor(ref);
    const heldCards = new Set(held.map((r) => `${r.entry.label}\u0000${r.entry.expiry}`));
    const fresh = [
      ...new Map(pendingCards(turn).map((card) => [`${card.label}\u0000${card.expiry}`, card])).entries(),
    ].filter(([key]) => !heldCards.has(key));
    const room = Math.max(0, MAX_CARDS_PER_USER - heldCards.size);
    const accepted = fresh.slice(0, room).map(([, card]) => card);
    const entries = accepted.flatMap(({ label, expiry }) => {
      return reminderTimes(expiry, nowOf(turn), leadOf(turn, label)).map(({ daysBefore, at }) => ({
        entry: { ref, label, expiry, daysBefore, locale: turn.locale, attempts: 0, members },
        at,
      }));
    });
    await book.schedule(ref, entries);
    return {
      replies: [
        choices(
          [
            fresh.length === 0
              ? t("common:reminders.already_set")
              : t(entries.length === 1 ? "common:reminders.scheduled_one" : "common:reminders.scheduled", {
                  count: entries.length,
                }),
            ...(fresh.length > accepted.length
              ? [
                  t("common:reminders.too_many", {
                    max: MAX_CARDS_PER_USER,
                    left: fresh.length - accepted.length,
                  }),
                ]
              : []),
            ...(typeof draft.unread === "string"
              ? [t("common:reminders.unread", { who: draft.unread })]
              : []),
          ],
          [intentChoice("reminder.list")],
        ),
      ],
      // The person whose date is still missing: the date typed next gets its own schedule.
      session: {
        flow:
          typeof draft.unread === "string" ? { id: REMIND_FLOW, awaiting: "expiry", data: {} } : undefined,
        lastIntent: "reminder.create",
      },
    };
  }
  const mine = await book.listFor(ref);
  if (field === "cancel") {
    const target = mine.find((r) => r.entry.id === value)?.entry;
    const ids =
      value === "all"
        ? undefined
        : mine.filter((r) => target && sameCard(r.entry, target)).map((r) => r.entry.id);
    const removed = await book.cancel(ref, ids);
    return {
      replies: [
        text(
          t(removed === 1 ? "common:reminders.cancelled_one" : "common:reminders.cancelled", {
            count: removed,
          }),
        ),
      ],
    };
  }
  // Snooze and "renewed" come from a delivered reminder: its value is `<yyyymmdd>.<label tag>`. The label is found
  // among the card's remaining reminders; after the last one it is no longer known and the household's is used.
  const [compact = "", tag = ""] = value.split(".");
  const expiry = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  // A button's value can be forged: only a real date near today, with a tag as the bot writes them, is used.
  if (!buttonExpiryValid(compact, tag, expiry, turn.today))
    return { replies: [text(t("common:reminders.button_invalid"))] };
  const label =
    mine.find((r) => r.entry.expiry === expiry && labelTag(r.entry.label) === tag)?.entry.label ?? "";
  const base = { ref, label, locale: turn.locale, attempts: 0, members: mine[0]?.entry.members ?? 0 };
  if (field === "snooze") {
    const at = outOfQuietHours(localTime(addDays(turn.today, 1), SEND_HOUR));
    await book.schedule(ref, [{ entry: { ...base, expiry, daysBefore: 0 }, at }]);
    return { replies: [text(t("common:reminders.snoozed", { date: day(addDays(turn.today, 1)) }))] };
  }
  if (field === "renewed") {
    await book.cancel(
      ref,
      mine.filter((r) => r.entry.expiry === expiry && r.entry.label === label).map((r) => r.entry.id),
    );
    const next = sameDateNextYear(expiry);
    const entries = reminderTimes(next, nowOf(turn)).map(({ daysBefore, at }) => ({
      entry: { ...base, expiry: next, daysBefore },
      at,
    }));
    await book.schedule(ref, entries);
    return { replies: [text(t("common:reminders.renewed", { expiry: day(next) }))] };
  }
  return listReminders(turn);
}

/** `/nhacnho`: the user's reminders, one line per card with a cancel button, and "cancel all". */
export async function listReminders(turn: Turn): Promise<Outcome> {
  const listed = await listHeld(turn);
  // A schedule still waiting for "yes" ("also my son's card…", then "renewal reminders") is not lost by a look at
  // the list: it follows, asked again.
  const empty = { cards: [], expired: [], notDates: [], unread: [] };
  const waiting =
    pendingCards(turn).length > 0
      ? answerReading(turn, withPending(turn, empty), pendingReplaces(turn))
      : undefined;
  return waiting ? { ...waiting, replies: [...listed.replies, ...waiting.replies] } : listed;
}

async function listHeld(turn: Turn): Promise<Outcome> {
  if (!turn.reminders) return unavailable();
  const mine = await turn.reminders.listFor(turn.message.ref);
  if (mine.length === 0)
    return {
      replies: [choices([t("common:reminders.none")], [intentChoice("reminder.create")])],
      session: { lastIntent: "reminder.list" },
    };
  const cards: { entry: ReminderEntry; dates: number[] }[] = [];
  for (const { entry, at } of mine) {
    const card = cards.find((c) => sameCard(c.entry, entry));
    if (card) card.dates.push(at);
    else cards.push({ entry, dates: [at] });
  }
  const lines = cards.map((c) => {
    const vars = { expiry: day(c.entry.expiry), dates: c.dates.map(shortLocalDate).join(", ") };
    return c.entry.label
      ? t("common:reminders.list_line", { ...vars, who: c.entry.label })
      : t("common:reminders.list_line_household", vars);
  });
  const buttons = [
    ...cards.map((c) =>
      button(
        c.entry.label
          ? t("common:reminders.button.cancel_one", { who: c.entry.label })
          : t("common:reminders.button.cancel_household"),
        "cancel",
        c.entry.id,
      ),
    ),
    button(t("common:reminders.button.cancel_all"), "cancel", "all"),
  ];
  return {
    replies: [choices([withLines(t("common:reminders.list"), lines)], buttons)],
    session: { lastIntent: "reminder.list" },
  };
}
