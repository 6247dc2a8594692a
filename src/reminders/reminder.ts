import type { ChannelId, ConversationRef } from "../core/types.ts";

/** One reminder message to send: which card it is about, when it expires, and how many days before it fires. */
export interface ReminderEntry {
  /** `<card id>.<days before>`: the card's reminders share one stored body. */
  id: string;
  ref: ConversationRef;
  /** A member label the user gave ("bố", "bé Na"), or "" for the household's cards. Never an ID number. */
  label: string;
  /** The cards' expiry date, YYYY-MM-DD. */
  expiry: string;
  /** Days before the expiry this message is for (30, 7, 1). */
  daysBefore: number;
  locale: "vi" | "en";
  /** Delivery attempts that failed so far. */
  attempts: number;
  /** People in the household, when the user said (for the amount to pay); 0 when unknown. */
  members: number;
}

/** What the reminders of one card share. */
export type CardFields = Pick<ReminderEntry, "ref" | "label" | "expiry" | "locale" | "members">;

// A compact, tab-separated card body (about 75 bytes, half of JSON), ending with the card's schedule: one item per
// reminder still to send, `<days before>=<due time in base-36 ms>`, or `=p` once deferred to the user's next
// message, `=x` once parked for admins.
const SEP = "\t";

/** One reminder of a card as stored: days before the expiry, and its due time (undefined: deferred or parked). */
export interface ScheduleItem {
  daysBefore: number;
  at?: number;
}

/** The stored body of a card: its fields and the reminders not yet sent or cancelled, with their due times. */
export function encodeCard(card: CardFields, items: readonly Required<ScheduleItem>[]): string {
  return [
    card.ref.channel,
    card.ref.userId,
    card.label.replace(/[\t\n]/g, " "),
    card.expiry.replace(/-/g, ""),
    card.locale,
    card.members,
    items.map((i) => `${i.daysBefore}=${encodeTime(i.at)}`).join(","),
  ].join(SEP);
}

/** A due time as a card body holds it. */
export const encodeTime = (at: number): string => Math.round(at).toString(36);

/** The entry `id` of a stored card body; undefined for a body of another shape (never misread). */
export function decodeEntry(id: string, cardBody: string, attempts = 0): ReminderEntry | undefined {
  const [channel, userId, label, expiry, locale, members] = cardBody.split(SEP);
  const daysBefore = Number(id.slice(id.lastIndexOf(".") + 1));
  if (!channel || !userId || !expiry || expiry.length !== 8 || (locale !== "vi" && locale !== "en"))
    return undefined;
  if (!Number.isInteger(daysBefore)) return undefined;
  return {
    id,
    ref: { channel: channel as ChannelId, userId },
    label: label ?? "",
    expiry: `${expiry.slice(0, 4)}-${expiry.slice(4, 6)}-${expiry.slice(6, 8)}`,
    daysBefore,
    locale,
    attempts,
    members: Number(members ?? 0),
  };
}

/** The reminders still to send in a card body, with their due times (none for deferred or parked ones). */
export function scheduleOf(cardBody: string): ScheduleItem[] {
  const field = cardBody.split(SEP)[6] ?? "";
  if (!field) return [];
  return field.split(",").map((item) => {
    const [days = "", time = ""] = item.split("=");
    const at =
      /^[0-9a-z]+$/.test(time) && time !== "p" && time !== "x" ? Number.parseInt(time, 36) : undefined;
    return { daysBefore: Number(days), ...(at === undefined ? {} : { at }) };
  });
}

/** The card id of an entry id. */
export function cardOf(id: string): string {
  return id.slice(0, id.lastIndexOf("."));
}
