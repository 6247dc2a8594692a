import { z } from "zod";
import type { ConversationRef } from "./types.ts";

/** Bumped whenever the stored shape changes; sessions of another version are discarded, never misread. */
export const SESSION_VERSION = 1;

/** What the bot remembers about a conversation between messages. */
export const SessionSchema = z.object({
  v: z.literal(SESSION_VERSION),
  /** Language the user chose with /lang or a button; wins over detection. */
  locale: z.enum(["vi", "en"]).optional(),
  /** The actions of the last numbered choices, so "2" can mean the second one. */
  pendingChoices: z.array(z.string()).max(10).default([]),
  /** The last intent answered, for "more" and follow-ups. */
  lastIntent: z.string().optional(),
  /**
   * A guided conversation in progress (the calculator, "who pays?"): which one, the question it is waiting for,
   * and what it has gathered. Each feature validates its own `data`.
   */
  flow: z
    .object({
      id: z.string(),
      awaiting: z.string().optional(),
      data: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .optional(),
  /** Messages in a row the bot did not understand. */
  misses: z.number().int().nonnegative().default(0),
  updatedAt: z.string(),
});

/** A conversation's stored state. */
export type Session = z.infer<typeof SessionSchema>;

/** Port for session storage (Redis in production). */
export interface SessionStore {
  load(ref: ConversationRef): Promise<Session | undefined>;
  save(ref: ConversationRef, session: Session): Promise<void>;
  delete(ref: ConversationRef): Promise<void>;
}

/** A fresh session. */
export function newSession(now: Date): Session {
  return { v: SESSION_VERSION, pendingChoices: [], misses: 0, updatedAt: now.toISOString() };
}
