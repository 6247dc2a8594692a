import { encodeAction } from "../../core/actions.ts";
import { foldDiacritics, foldWords } from "../../core/fold.ts";
import { type Choice, choices, type Reply, type TextRef, t, text, withLines } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { countOf, DAYS_IN } from "../../nlu/slots/numbers.ts";
import { day } from "../../policy/answer-vars.ts";
import { addDays, DEFAULT_DAYS_BEFORE, reminderTimes, SEND_HOUR } from "../../reminders/schedule-times.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CardExpiry, ExpiryReading } from "./read-expiries.ts";

/** The flow id while the bot waits for an expiry date or a confirmation. */
export const REMIND_FLOW = "remind";

/** The bot clock's time: reminders are counted and scheduled from it. */
export const nowOf = (turn: Turn): number => turn.now ?? Date.now();

/** A reminder button: its action carries the field and value `reminderAction` reads. */
export const reminderButton = (label: TextRef, field: string, value: string): Choice => ({
  label,
  action: encodeAction({ type: "rem", field, value }),
});

/**
 * The answer to the dates a message gives: what could not be read, the expired cards (renew now), the cards too
 * close to remind about, then the schedule to confirm. Undefined when the message gives no date at all.
 */
export function answerReading(
  turn: Turn,
  reading: ExpiryReading,
  replaces?: CardExpiry,
): Outcome | undefined {
  const { cards, expired, notDates, unread } = reading;
  if (cards.length + expired.length + notDates.length === 0) return undefined;
  const now = nowOf(turn);
  const remindable = cards.filter(
    (card) => reminderTimes(card.expiry, now, leadOf(turn, card.label)).length > 0,
  );
  const tooClose = cards.filter((card) => !remindable.includes(card));
  const notes: Reply[] = [
    ...notDates.map((typed) => text(t("common:reminders.not_a_date", { typed }))),
    ...(unread.length > 0 ? [text(t("common:reminders.unread", { who: unread.join(", ") }))] : []),
  ];
  if (expired.length > 0) notes.push(expiredReply(expired));
  if (tooClose.length > 0) notes.push(tooCloseReply(tooClose));
  if (remindable.length > 0)
    return confirmation(turn, remindable, notes, unread, replaces, notDates.length > 0);
  // Nothing left to remind about: after an expired card the next date (the renewed card's) is awaited.
  if (expired.length > 0 || notDates.length > 0) return askExpiry(notes, expired.length === 0);
  return { replies: notes, session: { flow: undefined, lastIntent: "reminder.create" } };
}

/** Asks for the expiry date, after `before`; `withQuestion` false when `before` already asks it. */
export function askExpiry(before: Reply[], withQuestion = true): Outcome {
  return {
    replies: withQuestion ? [...before, text(t("common:reminders.ask_expiry"))] : before,
    session: {
      flow: { id: REMIND_FLOW, awaiting: "expiry", data: {} },
      lastIntent: "reminder.create",
      misses: 0,
    },
  };
}

// The card's end asked, the lead time said ("remind me a month before") kept for the schedule it starts.
function askExpiryWithLead(said: Turn): Outcome {
  const asked = askExpiry([]);
  const data = said.session.flow?.id === REMIND_FLOW ? said.session.flow.data : {};
  return { ...asked, session: { ...asked.session, flow: { id: REMIND_FLOW, awaiting: "expiry", data } } };
}

const whose = (card: CardExpiry, key: string, vars: TextRef["vars"] = {}): TextRef =>
  card.label
    ? t(`common:reminders.${key}`, { ...vars, who: card.label, expiry: day(card.expiry) })
    : t(`common:reminders.${key}_household`, { ...vars, expiry: day(card.expiry) });

// A card past its date: renew now (the wait depends on how long the gap lasts), and type the new card's date.
function expiredReply(expired: CardExpiry[]): Reply {
  return choices(
    [
      ...expired.map((card) => whose(card, "expired")),
      t("common:reminders.expired_renew"),
      t("common:reminders.expired_next"),
    ],
    [intentChoice("enroll.renew"), intentChoice("enroll.online_payment")],
  );
}

function tooCloseReply(cards: CardExpiry[]): Reply {
  return choices(
    cards.map((card) => whose(card, "too_close")),
    [intentChoice("enroll.renew")],
  );
}

// One line per card with the reminders it really gets ("7 và 1 ngày" when the 30-day one has passed), and the
// day that was assumed when only a month was typed.
function cardLines(card: CardExpiry, now: number, lead: readonly number[]): TextRef[] {
  const days = reminderTimes(card.expiry, now, lead).map((time) => time.daysBefore);
  const line =
    days.length === 1
      ? whose(card, days[0] === 0 ? "card_line_on_day" : "card_line_once", {
          date: day(addDays(card.expiry, -days[0]!)),
        })
      : whose(card, "card_line", {
          count: days.length,
          earlier: days.slice(0, -1).join(", "),
          last: days.at(-1)!,
        });
  return card.assumed
    ? [line, t("common:reminders.assumed_day", { typed: card.assumed, expiry: day(card.expiry) })]
    : [line];
}

/** How many days before expiry the schedule waiting for confirmation reminds: the user's choice, or the default. */
export function leadOf(turn: Turn, label?: string): readonly number[] {
  const flow = turn.session.flow;
  const data = flow?.id === REMIND_FLOW ? flow.data : undefined;
  // "đổi cái của vợ thành nhắc trước 10 ngày": one card's own lead ("vợ=10,1;…"), before the lead of them all.
  const own =
    typeof data?.leads === "string"
      ? data.leads
          .split(";")
          .map((pair) => pair.split("="))
          .find(([name]) => name === label)?.[1]
      : undefined;
  const lead = own ?? data?.lead;
  return typeof lead === "string" && lead !== "" ? lead.split(",").map(Number) : DEFAULT_DAYS_BEFORE;
}

// "trước 1 tuần", "make it 2 weeks before": how early to remind, said while a schedule waits for a yes.
const LEAD_SET =
  /\b(?:truoc|som) (\d{1,2}|mot|hai|ba|bon|nam) (ngay|tuan|thang)\b|\b(\d{1,2}|a|one|two|three|four) (days?|weeks?|months?) (?:before|early|earlier|ahead|in advance)\b/;
const LEAD_WORDS = 10;
const LONGEST_LEAD = 90;

/** The lead time a message sets ("trước 14 ngày", "2 weeks before"), in days from 1 to 90; undefined otherwise. */
export function leadSetIn(text: string): number | undefined {
  const days = leadDaysIn(LEAD_SET, text);
  return days !== undefined && days >= 1 && days <= LONGEST_LEAD ? days : undefined;
}

/** The text without the lead time it sets ("remind me a week before" → "remind me"), so it is no card's name. */
export function withoutLead(text: string): string {
  // Folding keeps one letter per letter of NFC text, so the span found folded is cut from the text as typed.
  const typed = text.normalize("NFC");
  const found = LEAD_SET.exec(` ${foldDiacritics(typed)} `);
  if (!found || foldDiacritics(typed).length !== typed.length) return text;
  const start = Math.max(0, found.index - 1);
  return `${typed.slice(0, start)} ${typed.slice(start + found[0].length)}`.trim();
}

/**
 * "trước 1 tuần" while a schedule waits for a yes: the same cards reminded that many days before (and the day before,
 * in case the first was missed). Undefined for any other message.
 */
export function answerNewLead(turn: Turn): Outcome | undefined {
  const flow = turn.session.flow;
  const days = leadSetIn(turn.text);
  const cards = pendingCards(turn);
  if (!flow || days === undefined || cards.length === 0 || turn.text.trim().split(/\s+/).length > LEAD_WORDS)
    return undefined;
  const lead = days > 1 ? `${days},1` : "1";
  // One card of several named ("cái của vợ"): only its lead changes.
  const folded = ` ${foldWords(turn.text)} `;
  const named = cards.length > 1 ? cards.filter((c) => folded.includes(` ${foldWords(c.label)} `)) : [];
  const leads = [
    ...(typeof flow.data.leads === "string" && flow.data.leads !== "" ? flow.data.leads.split(";") : []),
    ...named.map((card) => `${card.label}=${lead}`),
  ].join(";");
  const data = named.length === 1 ? { ...flow.data, leads } : { ...flow.data, lead, leads: "" };
  const moved: Turn = { ...turn, session: { ...turn.session, flow: { ...flow, data } } };
  return answerReading(moved, { cards, expired: [], notDates: [], unread: [] }, pendingReplaces(turn));
}

/** The cards a schedule waiting for confirmation holds ("bố=2027-03-15;mẹ=2027-04-20"). */
export function pendingCards(turn: Turn): CardExpiry[] {
  const flow = turn.session.flow;
  const cards = flow?.id === REMIND_FLOW ? flow.data.cards : undefined;
  if (typeof cards !== "string" || cards === "") return [];
  return cards.split(";").map((pair) => {
    const [label = "", expiry = ""] = pair.split("=");
    return { label, expiry };
  });
}

/** The card a schedule waiting for confirmation corrects ("mẹ=2027-04-20"), whose reminders go when it is confirmed. */
export function pendingReplaces(turn: Turn): CardExpiry | undefined {
  const flow = turn.session.flow;
  const replaces = flow?.id === REMIND_FLOW ? flow.data.replaces : undefined;
  if (typeof replaces !== "string" || replaces === "") return undefined;
  const [label = "", expiry = ""] = replaces.split("=");
  return { label, expiry };
}

// With a person still missing a date, the schedule also waits for that date: typed, it joins the schedule.
function confirmation(
  turn: Turn,
  cards: CardExpiry[],
  before: Reply[],
  unread: string[],
  replaces?: CardExpiry,
  dateMissing = false,
): Outcome {
  const now = nowOf(turn);
  const data = {
    // "31/2/2027 is not a real date": the next date typed is that card's, not a correction of these.
    ...(dateMissing ? { missing: "date" } : {}),
    cards: cards.map((c) => `${c.label}=${c.expiry}`).join(";"),
    members: turn.understanding?.slots.householdSize ?? Number(turn.session.flow?.data.members ?? 0),
    ...(unread.length > 0 ? { unread: unread.join(", ") } : {}),
    ...(replaces ? { replaces: `${replaces.label}=${replaces.expiry}` } : {}),
    ...(typeof turn.session.flow?.data.lead === "string" ? { lead: turn.session.flow.data.lead } : {}),
    ...(typeof turn.session.flow?.data.leads === "string" ? { leads: turn.session.flow.data.leads } : {}),
  };
  // "Sửa ngày hết hạn thẻ của hộ: 20/05/2027 → 20/06/2027": the old date's reminders go when this is confirmed.
  // (The same date again is a new lead for that card, not a new date.)
  const heading =
    replaces && replaces.expiry !== cards[0]!.expiry
      ? whose(replaces, "correct", { to: day(cards[0]!.expiry) })
      : t("common:reminders.confirm");
  return {
    replies: [
      ...before,
      choices(
        [
          withLines(
            heading,
            cards.flatMap((card) => cardLines(card, now, leadOf(turn, card.label))),
          ),
          t("common:reminders.schedule_note", { hour: SEND_HOUR }),
        ],
        [
          { ...reminderButton(t("common:reminders.button.confirm"), "confirm", "yes"), means: "yes" },
          { ...reminderButton(t("common:reminders.button.no"), "confirm", "no"), means: "no" },
        ],
      ),
    ],
    session: {
      flow: { id: REMIND_FLOW, data, ...(unread.length > 0 ? { awaiting: "expiry" } : {}) },
      misses: 0,
    },
  };
}

// "nhắc trước 1 tuần nhé", "remind me 2 weeks before": a lead time asked, with no date.
const LEAD_ASKED =
  /\b(?:nhac|bao|nhan) (?:toi |em |minh )?(?:truoc|som) (\d{1,2}|mot|hai|ba|bon|nam) (ngay|tuan|thang)\b|\bremind (?:me )?(\d{1,2}|a|one|two|three) (days?|weeks?|months?) (?:before|early|ahead|in advance)\b/;

/**
 * "nhắc trước 1 tuần nhé": the reminders go 30, 7 and 1 days before the expiry, whatever lead is asked; said so, with
 * whether the lead asked is one of them; with no reminder set yet, the card's end is asked (`said`: the turn with the
 * lead kept). Undefined when no lead time is asked.
 */
export async function leadTimeAnswer(
  turn: Turn,
  daysBefore: readonly number[],
  said: Turn,
): Promise<Outcome | undefined> {
  const days = leadDaysIn(LEAD_ASKED, turn.text);
  if (days === undefined) return undefined;
  // "remind me one month before it runs out" with nothing set yet: no reminder has a lead yet, so the card's end.
  if (turn.reminders && (await turn.reminders.listFor(turn.message.ref)).length === 0)
    return askExpiryWithLead(said);
  const key = daysBefore.includes(days) ? "common:reminders.lead_included" : "common:reminders.lead_fixed";
  return {
    replies: [text(t(key, { days, schedule: daysBefore.join(", ") }))],
    session: { lastIntent: "reminder.create", misses: 0 },
  };
}

// The days of a lead time a pattern finds ("trước 1 tuần" → 7): its count (groups 1 or 3) times its unit (2 or 4).
function leadDaysIn(pattern: RegExp, text: string): number | undefined {
  const found = pattern.exec(` ${foldForSlots(text)} `);
  if (!found) return undefined;
  const count = countOf(found[1] ?? found[3] ?? "") ?? 1;
  return count * (DAYS_IN[(found[2] ?? found[4] ?? "").replace(/s$/, "")] ?? 1);
}
