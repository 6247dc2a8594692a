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

/** Handoff storage (Redis in production): cases by id, the open ones, and each citizen's current case. */
export interface HandoffDesk {
  /** Opens a case for the citizen, or returns the one already open. */
  open(ref: ConversationRef, now: number): Promise<{ handoff: HandoffCase; created: boolean }>;
  activeFor(ref: ConversationRef): Promise<HandoffCase | undefined>;
  list(): Promise<HandoffCase[]>;
  /** Takes a case for a staff member; undefined when it does not exist or another person has it. */
  take(id: string, staff: string, now: number): Promise<HandoffCase | undefined>;
  touch(id: string, now: number): Promise<void>;
  close(id: string): Promise<HandoffCase | undefined>;
}

/** Sends a message the bot starts itself to someone (a staff member, or a citizen on behalf of staff). */
export interface Notifier {
  notify(to: ConversationRef, reply: Reply): Promise<void>;
}
