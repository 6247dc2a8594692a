import type { ChannelId, ConversationRef } from "../core/types.ts";

/** One reminder message to send: which card it is about, when it expires, and how many days before it fires. */
export interface ReminderEntry {
  id: string;
  ref: ConversationRef;
  /** A member label the user gave ("bố", "bé Na"), or "" for the household's cards. Never an ID number. */
  label: string;
  /** The cards' expiry date, YYYY-MM-DD. */
  expiry: string;
  /** Days before the expiry this message is for (30, 7, 1). */
  daysBefore: number;
  /** People in the household, when the user said (for the amount to pay); 0 when unknown. */
  members: number;
  locale: "vi" | "en";
  /** Delivery attempts that failed so far. */
  attempts: number;
}

// A compact, tab-separated body: about 60 bytes, where JSON would take twice as much.
const SEP = "\t";

/** The stored form of an entry (without its id, which is the key). */
export function encodeEntry(e: ReminderEntry): string {
  return [
    e.ref.channel,
    e.ref.userId,
    e.label.replace(/[\t\n]/g, " "),
    e.expiry.replace(/-/g, ""),
    e.daysBefore,
    e.locale,
    e.attempts,
    e.members,
  ].join(SEP);
}

/** Reads a stored body back; undefined for a body of another shape (never misread). */
export function decodeEntry(id: string, body: string): ReminderEntry | undefined {
  const [channel, userId, label, expiry, daysBefore, locale, attempts, members] = body.split(SEP);
  if (!channel || !userId || !expiry || expiry.length !== 8 || (locale !== "vi" && locale !== "en"))
    return undefined;
  return {
    id,
    ref: { channel: channel as ChannelId, userId },
    label: label ?? "",
    expiry: `${expiry.slice(0, 4)}-${expiry.slice(4, 6)}-${expiry.slice(6, 8)}`,
    daysBefore: Number(daysBefore),
    locale,
    attempts: Number(attempts ?? 0),
    members: Number(members ?? 0),
  };
}
