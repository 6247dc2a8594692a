import { z } from "zod";
import { IntentIdSchema, IsoDateSchema } from "./common.schema.ts";

/**
 * Handlers an intent may name; `answer` is the default FAQ answer, `contribution` adds the calculator, `places`
 * lists where to enroll in the user's commune, `remind` schedules renewal reminders, `reminders` lists them.
 */
export const HANDLER_NAMES = [
  "answer",
  "contribution",
  "places",
  "remind",
  "reminders",
  "handoff",
  "greeting",
  "help",
  "fallback",
] as const;

/** Metadata that makes every answer traceable: legal basis, validity and review. */
export const AnswerMetaSchema = z.strictObject({
  legal_basis: z.string().trim().min(3, "name the law, decree or plan behind the answer"),
  valid_from: IsoDateSchema,
  valid_to: IsoDateSchema.optional(),
  reviewed_at: IsoDateSchema,
  reviewed_by: z.string().trim().min(2, "name who reviewed the answer"),
});

/** Details an intent can take from a message (see src/nlu/slots); others found in the message are ignored. */
export const SLOT_NAMES = [
  "household_size",
  "insured_elsewhere",
  "months",
  "payer_group",
  "province",
  "commune",
  "date",
  "salary",
  "group_part",
  "ages",
] as const;

const exampleList = z.array(z.string().trim().min(2, "an example must have at least 2 characters").max(500));

/** One intent file under intents/catalog/. */
export const IntentSchema = z.strictObject({
  id: IntentIdSchema,
  handler: z.enum(HANDLER_NAMES).default("answer"),
  examples: z.strictObject({
    vi: exampleList.min(1, "add at least one Vietnamese example"),
    en: exampleList.min(1, "add at least one English example"),
  }),
  uses: z.array(z.string()).default([]),
  slots: z.array(z.enum(SLOT_NAMES)).default([]),
  next: z.array(IntentIdSchema).max(4, "at most 4 follow-up buttons").default([]),
  meta: AnswerMetaSchema,
});

/** A validated intent. */
export type Intent = z.infer<typeof IntentSchema>;
/** Name of a slot an intent can declare. */
export type SlotName = (typeof SLOT_NAMES)[number];
/** Name of a handler an intent can use. */
export type HandlerName = (typeof HANDLER_NAMES)[number];
