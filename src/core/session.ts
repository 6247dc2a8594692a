import { z } from "zod";
import type { ConversationRef } from "./types.ts";

/** Bumped whenever the stored shape changes; sessions of another version are discarded, never misread. */
export const SESSION_VERSION = 2;

/** One choice the bot last offered: its action, its label in each language (folded), and yes/no if it means one. */
export const PendingChoiceSchema = z.object({
  action: z.string(),
  labels: z.array(z.string()).max(8),
  means: z.enum(["yes", "no"]).optional(),
});

/** A choice the bot last offered, as remembered for a typed reply. */
export type PendingChoice = z.infer<typeof PendingChoiceSchema>;

/** Most choices remembered from one turn (all its lists, numbered on from each other). */
export const MAX_PENDING_CHOICES = 30;

const FlowSchema = z.object({
  id: z.string(),
  awaiting: z.string().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** One sum the bot gave in a conversation: for whom, which group, how many pay, and what they pay a month and a year. */
export const PricedSumSchema = z.object({
  /** The relatives it was for, comma-separated ("father", "self"), or empty when the message named nobody. */
  who: z.string().max(80),
  group: z.string().max(30),
  payers: z.number().int().nonnegative(),
  /** How many people the sum was for, paying or not (a couple the city pays for is two). */
  members: z.number().int().nonnegative().optional(),
  /** Said to be another household ("khác sổ hộ khẩu"): not counted down the same ladder as the others. */
  apart: z.boolean().optional(),
  month: z.number().int().nonnegative(),
  year: z.number().int().nonnegative(),
});
/** One sum of a conversation, kept for a family's total asked later. */
export type PricedSum = z.infer<typeof PricedSumSchema>;

/** What the bot remembers about a conversation between messages. */
export const SessionSchema = z.object({
  v: z.literal(SESSION_VERSION),
  /** Language the user chose with /lang or a button; wins over detection. */
  locale: z.enum(["vi", "en"]).optional(),
  /** The language of the bot's last reply: a message that shows none ("yes", "15/6/2027", a place) keeps it. */
  lastLocale: z.enum(["vi", "en"]).optional(),
  /** The last choices offered, so "2", "ok" or "6 tháng" can pick one (src/dialogue/typed-reply.ts). */
  pendingChoices: z.array(PendingChoiceSchema).max(MAX_PENDING_CHOICES).default([]),
  /** The last intent answered, for "more" and follow-ups. */
  lastIntent: z.string().optional(),
  /**
   * A guided conversation in progress (the calculator, "who pays?"): which one, the question it is waiting for,
   * and what it has gathered. Each feature validates its own `data`.
   */
  flow: FlowSchema.optional(),
  /**
   * A question the user stepped away from with a side question: kept for `turns` more messages, so a later
   * answer still counts and "tiếp tục" asks it again.
   */
  suspended: FlowSchema.extend({ turns: z.number().int().nonnegative() }).optional(),
  /**
   * The last finished sum, kept `turns` more messages after the conversation moved to another topic: "tổng bao
   * nhiêu" or "má đứng thứ mấy" asked after a side question is about it.
   */
  lastSum: FlowSchema.extend({ turns: z.number().int().nonnegative() }).optional(),
  /** The sums given in this conversation, for "vậy tổng cả nhà bao nhiêu" after people were priced one by one. */
  priced: z.array(PricedSumSchema).max(6).optional(),
  /** The commune whose places the bot last gave: "bưu điện có thu không" afterwards is about that commune. */
  commune: z.object({ name: z.string().max(100), province: z.string().max(60) }).optional(),
  /** The question a "did you mean…?" asked about: a topic picked from it answers that question, with its details. */
  clarified: z.string().max(1000).optional(),
  /** The card's benefit level the user stated ("thẻ 80%"), for the next question about what a visit pays. */
  cardLevel: z.number().int().min(0).max(100).optional(),
  /** The groups of relatives the user has named ("bố tôi có lương hưu": father → pensioner), for later questions. */
  people: z.record(z.string().max(20), z.string().max(30)).optional(),
  /** The end of the card the user stated ("hết hạn 31/12/2026"), for a reminder asked afterwards with no date. */
  cardEnd: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The first day a card bought in this conversation works (after the 30-day wait), for care asked about later. */
  cardStart: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The province the user last named (its code), for a sum asked later whose level depends on the province. */
  province: z.string().max(60).optional(),
  /** The kind of place last asked about ("bệnh viện tỉnh"), for "còn nằm viện ở đó thì sao". */
  facility: z.enum(["primary", "district", "provincial", "central"]).optional(),
  /** The last messages both ways (personal numbers redacted), for the staff member who takes the chat. */
  recent: z
    .array(z.object({ from: z.enum(["citizen", "bot"]), text: z.string().max(400), at: z.number() }))
    .max(6)
    .optional(),
  /** Messages in a row the bot did not understand. */
  misses: z.number().int().nonnegative().default(0),
  updatedAt: z.string(),
});

/** A conversation's stored state. */
export type Session = z.infer<typeof SessionSchema>;

/** What the citizen said in the last messages kept, the latest first (for follow-ups that point back to it). */
export function saidBefore(session: Session): string[] {
  return (session.recent ?? [])
    .filter((m) => m.from === "citizen")
    .map((m) => m.text)
    .reverse();
}

/** Port for session storage (Redis in production). */
export interface SessionStore {
  load(ref: ConversationRef): Promise<Session | undefined>;
  save(ref: ConversationRef, session: Session): Promise<void>;
  delete(ref: ConversationRef): Promise<void>;
}

// Fields that mean the same in every version: the language the user chose is never lost to a shape change.
const ALWAYS_KEPT = new Set(["locale", "lastLocale"]);

/**
 * What can be kept of stored data that is not a valid session: of the same version, every field that is valid on
 * its own (a list of choices too long, say, loses only that list); of another version, only the language. Undefined
 * when nothing is worth keeping.
 */
export function salvageSession(data: unknown, now: Date): Session | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const stored = data as Record<string, unknown>;
  const sameVersion = stored.v === SESSION_VERSION;
  const kept: Record<string, unknown> = { ...newSession(now) };
  for (const [field, schema] of Object.entries(SessionSchema.shape)) {
    if (field === "v" || field === "updatedAt" || stored[field] === undefined) continue;
    if (!sameVersion && !ALWAYS_KEPT.has(field)) continue;
    const value = schema.safeParse(stored[field]);
    if (value.success) kept[field] = value.data;
  }
  const fresh = newSession(now);
  const session = SessionSchema.safeParse(kept);
  return session.success && Object.keys(kept).some((field) => !(field in fresh)) ? session.data : undefined;
}

/** A fresh session. */
export function newSession(now: Date): Session {
  return { v: SESSION_VERSION, pendingChoices: [], misses: 0, updatedAt: now.toISOString() };
}
