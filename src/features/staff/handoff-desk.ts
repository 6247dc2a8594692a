import type { Reply } from "../../core/reply.ts";
import type { ConversationRef } from "../../core/types.ts";

/** A citizen waiting for, or talking to, a person. */
export interface HandoffCase {
  id: string;
  ref: ConversationRef;
  openedAt: number;
  /** The staff principal who took the case, once taken. */
  staff?: string;
  /** Last message either way (for the idle timeout). */
  lastAt: number;
}

/** A case nobody took within this long is closed politely. */
export const UNTAKEN_TIMEOUT_MS = 2 * 3600 * 1000;
/** A case whose conversation has been idle this long is closed politely. */
export const IDLE_TIMEOUT_MS = 24 * 3600 * 1000;
/** Most cases open at once: past it, citizens are given the hotline instead of a queue nobody can work through. */
export const MAX_OPEN_CASES = 100;

/** True when a case has waited or idled past its timeout at `now`. */
export function caseExpired(handoff: HandoffCase, now: number): boolean {
  return handoff.staff ? now - handoff.lastAt > IDLE_TIMEOUT_MS : now - handoff.openedAt > UNTAKEN_TIMEOUT_MS;
}

/** One message of a case's conversation, as staff read it (personal numbers redacted). */
export interface CaseMessage {
  from: "citizen" | "staff" | "bot";
  text: string;
  at: number;
}

/** Messages kept per case: the conversation a staff member reads when taking it. */
export const CASE_MESSAGES_KEPT = 100;

/** Handoff storage (Redis in production): cases by id, the open ones, and each citizen's current case. */
export interface HandoffDesk {
  /** Opens a case for the citizen, or returns the one already open; undefined when MAX_OPEN_CASES are open. */
  open(ref: ConversationRef, now: number): Promise<{ handoff: HandoffCase; created: boolean } | undefined>;
  /** Closes every case past its timeout and returns them, so their citizens can be told. */
  sweep(now: number): Promise<HandoffCase[]>;
  /**
   * Whether staff may be sent a note about a new case now (at most one per `cooldownMs`, shared by instances), and
   * how many new cases went without a note since the last one.
   */
  noticeDue(cooldownMs: number): Promise<{ send: boolean; skipped: number }>;
  activeFor(ref: ConversationRef): Promise<HandoffCase | undefined>;
  list(): Promise<HandoffCase[]>;
  /** Takes a case for a staff member; undefined when it does not exist or another person has it. */
  take(id: string, staff: string, now: number): Promise<HandoffCase | undefined>;
  /** Puts a case `staff` holds back in the queue (they lost their role); undefined when they do not hold it. */
  release(id: string, staff: string): Promise<HandoffCase | undefined>;
  touch(id: string, now: number): Promise<void>;
  close(id: string): Promise<HandoffCase | undefined>;
  /** Adds a message to the case's conversation (the last CASE_MESSAGES_KEPT are kept, until the case closes). */
  note(id: string, message: CaseMessage): Promise<void>;
  /** The case's conversation so far, oldest first. */
  transcript(id: string): Promise<CaseMessage[]>;
}

/** A message the bot started could not be sent: the channel is not set up here, or its window is closed. */
export class NotDeliveredError extends Error {}

/** Sends a message the bot starts itself to someone (a staff member, or a citizen on behalf of staff). */
export interface Notifier {
  notify(to: ConversationRef, reply: Reply): Promise<void>;
}
