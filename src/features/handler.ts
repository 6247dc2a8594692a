import type { Content, Locale } from "../content/content.ts";
import type { ContentEditor } from "../content/content-editor.ts";
import type { Reply } from "../core/reply.ts";
import type { Session } from "../core/session.ts";
import type { InboundMessage } from "../core/types.ts";
import type { Understanding } from "../nlu/recognize.ts";
import type { ReminderBook } from "./reminders/reminder-book.ts";
import type { HandoffDesk, Notifier } from "./staff/handoff-desk.ts";
import type { Role, StaffDesk } from "./staff/staff-desk.ts";

/** Everything a handler may read about the current message. */
export interface Turn {
  message: InboundMessage;
  /** The text with personal numbers removed. */
  text: string;
  locale: Locale;
  session: Session;
  content: Content;
  /** Today's civil date in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
  today: string;
  /** The bot clock's time (epoch ms), when set: reminders are counted and scheduled from it. */
  now?: number;
  province?: string;
  understanding?: Understanding;
  /** Reminder storage, when the bot runs with Redis. */
  reminders?: ReminderBook;
  /** Roles, counters and the staff tools' storage, when the bot runs with Redis. */
  staffDesk?: StaffDesk;
  /** The sender's role: admins and staff get their tools; everyone else is a citizen. */
  role?: Role;
  /** Human handoff storage, and a way to message people the bot was not just talking to. */
  handoff?: HandoffDesk;
  notifier?: Notifier;
  /** Admin content editing, when the bot runs with Redis. */
  contentEditor?: ContentEditor;
  /** A one-time web console sign-in link for a staff principal, when the console is reachable. */
  consoleLink?: (principal: string) => Promise<string | undefined>;
}

/** What a handler decided: replies, and changes to remember. */
export interface Outcome {
  replies: Reply[];
  session?: Partial<
    Pick<
      Session,
      | "locale"
      | "lastIntent"
      | "misses"
      | "flow"
      | "suspended"
      | "lastSum"
      | "priced"
      | "commune"
      | "cardLevel"
      | "facility"
      | "clarified"
      | "cardEnd"
      | "cardStart"
      | "people"
    >
  >;
  /** A nod ("ok thanks") answers nothing: the buttons offered before it can still be typed or tapped. */
  keepsChoices?: true;
  /** Set by "delete my data": the conversation's stored state is deleted instead of saved. */
  forget?: true;
  /** What the message was understood as (set by the router). */
  understood?: { intent: string; confidence: number; band: Understanding["band"] };
}

/** A feature: one small function from a turn to an outcome. */
export type Handler = (turn: Turn) => Outcome | Promise<Outcome>;
