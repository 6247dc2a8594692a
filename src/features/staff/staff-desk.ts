import type { ConversationRef } from "../../core/types.ts";

/** Who someone is to the bot. */
export type Role = "admin" | "staff" | "citizen";

/** A channel-qualified principal, as in ADMINS/STAFF: `telegram:12345`, `zalo:8839201`. */
export function principalOf(ref: ConversationRef): string {
  return `${ref.channel}:${ref.userId}`;
}

/** One day's counts. */
export type DayStats = Record<string, number>;

/** A group of similar questions the bot could not answer, with how often it came and its latest wording. */
export interface UnansweredGroup {
  key: string;
  count: number;
  example: string;
}

/**
 * What staff and admin features need from storage (Redis in production): roles, the staff list admins edit,
 * counters per day, the unanswered questions, and the log of assisted cases (no personal data in any of them).
 */
export interface StaffDesk {
  roleOf(ref: ConversationRef): Promise<Role>;
  addStaff(principal: string): Promise<boolean>;
  removeStaff(principal: string): Promise<boolean>;
  listStaff(): Promise<string[]>;
  /** Adds `by` (one unless said) to each of the day's counters (written in batches; `stats` and `flush` write what is held). */
  count(day: string, fields: readonly string[], by?: number): Promise<void>;
  stats(days: readonly string[]): Promise<Record<string, DayStats>>;
  /** Writes counts still held in memory (before shutdown). */
  flush(): Promise<void>;
  recordUnanswered(text: string, from: ConversationRef): Promise<void>;
  /** Removes what a user contributed to the unanswered questions ("delete my data"). */
  forgetUser(ref: ConversationRef): Promise<void>;
  /** The most asked groups, from the `offset`-th (0 unless said). */
  topUnanswered(limit: number, offset?: number): Promise<UnansweredGroup[]>;
  /** How many groups of unanswered questions there are. */
  unansweredGroups(): Promise<number>;
  /** Takes a group of unanswered questions off the list (an admin handled it); returns how often it was asked. */
  dismissUnanswered(group: string): Promise<number>;
  /** Counts a group towards a topic the bot lacks (named by an admin), and takes it off the list. */
  countNewTopic(group: string, topic: string): Promise<void>;
  /** The topics admins named, with how many questions asked for each. */
  newTopics(): Promise<{ topic: string; count: number }[]>;
  logCase(entry: { day: string; staff: string; intent: string; commune?: string }): Promise<void>;
}
