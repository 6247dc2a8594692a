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

// A compact, tab-separated card body (about 50 bytes, half of JSON), ending with the offsets still to send.
const SEP = "\t";

/** The stored body of a card: its fields and the days-before of the reminders not yet sent or cancelled. */
export function encodeCard(card: CardFields, offsets: readonly number[]): string {
  return [
    card.ref.channel,
    card.ref.userId,
    card.label.replace(/[\t\n]/g, " "),
    card.expiry.replace(/-/g, ""),
    card.locale,
    card.members,
    offsets.join(","),
  ].join(SEP);
}

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

/** The offsets (days before) still pending in a card body. */
export function offsetsOf(cardBody: string): number[] {
  const field = cardBody.split(SEP)[6] ?? "";
  return field ? field.split(",").map(Number) : [];
}

/** The card id of an entry id. */
export function cardOf(id: string): string {
  return id.slice(0, id.lastIndexOf("."));
}
