import type { Locale } from "./locale.ts";

/** Channels the bot talks on. */
export type ChannelId = "telegram" | "zalo" | "zalobot" | "console" | "http";

/** Where a conversation lives; ids are strings everywhere (Zalo ids exceed 2^53). */
export interface ConversationRef {
  channel: ChannelId;
  userId: string;
}

/** A message from a user, already stripped of everything channel-specific. */
/** A user's message rate: fine; just over the limit (told once to slow down); still over it (not answered). */
export type RateVerdict = "ok" | "slow_down" | "quiet";

export interface InboundMessage {
  ref: ConversationRef;
  /** What the user typed. */
  text?: string;
  /** A button the user pressed (an action string from a previous reply). */
  action?: string;
  /** The language the channel says the user's app uses, if any. */
  localeHint?: string;
  /** The text was forwarded from someone else (e.g. a citizen's question passed on by outreach staff). */
  forwarded?: boolean;
  /** A language the user chose outside the chat (e.g. `--lang`), which wins over detection. */
  forcedLocale?: Locale;
  /** Typed in the web console to try the bot: read on its own, nothing stored, counted or handed to anyone. */
  trial?: boolean;
  receivedAt: Date;
}

/** Messages a person (staff) sent to a terminal user, which the terminal has no way to receive as they come. */
export interface ConsoleInbox {
  deliver(userId: string, text: string): Promise<void>;
  /** The messages held for the user, oldest first; they are removed. */
  take(userId: string): Promise<string[]>;
}
