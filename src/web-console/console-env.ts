import type { Content, Locale } from "../content/content.ts";
import type { ContentEditor } from "../content/content-editor.ts";
import type { BotResponse } from "../dialogue/create-bot.ts";
import type { HandoffDesk, Notifier } from "../features/staff/handoff-desk.ts";
import type { StaffDesk } from "../features/staff/staff-desk.ts";
import type { ThrottleMaker } from "../infra/failure-throttle.ts";
import type { ConsoleSession, ConsoleSessions } from "../infra/redis-console-sessions.ts";
import type { ContentVersions } from "../infra/redis-content-versions.ts";
import type { Understanding } from "../nlu/recognize.ts";

/** What the web console works on. */
export interface ConsoleDeps {
  sessions: ConsoleSessions;
  editor: ContentEditor;
  versions: ContentVersions;
  desk: StaffDesk;
  /** The handoff queue, and how staff replies reach citizens on their channel. */
  handoff: HandoffDesk;
  notifier: Notifier;
  /** The content in force and what the live model makes of a message. */
  current(): Content;
  understand(text: string): Understanding;
  /**
   * The bot's answer to a question typed in the console, with the content in force; nothing is stored. With
   * `topic`, the answer a citizen gets on picking that topic (the text is then only the label).
   */
  tryBot(text: string, locale: Locale, principal: string, topic?: string): Promise<BotResponse>;
  today(): string;
  /** Where wrong sign-in links are counted (Redis, shared by instances); in the process when not given. */
  throttles?: ThrottleMaker;
  /** Reverse proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustedProxies?: ReadonlySet<string>;
}

/** The variables a console handler finds on its context. */
export type ConsoleEnv = { Variables: { session: ConsoleSession; sessionId: string } };
