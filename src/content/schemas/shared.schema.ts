import { z } from "zod";

/** intents/_shared/links.yaml: the allowlist of official links and contacts. */
export const LinksFileSchema = z.strictObject({
  links: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z_]+$/),
      url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
      note: z.string().optional(),
    }),
  ),
  contacts: z.strictObject({ hotline: z.string().min(4) }),
});

/** intents/_shared/abbreviations.yaml: teencode and abbreviations, with optional context rules. */
export const AbbreviationsFileSchema = z.strictObject({
  expand: z.record(
    z.string().regex(/^[a-z0-9]+$/, "keys are folded tokens: a-z and 0-9 only"),
    z.string().min(1),
  ),
  contextual: z
    .array(
      z.strictObject({
        token: z.string().regex(/^[a-z0-9]+$/),
        when_near: z.array(z.string()).min(1),
        means: z.string(),
        otherwise: z.string().optional(),
      }),
    )
    .default([]),
  fillers: z.array(z.string()).default([]),
});

/** intents/_shared/outside-bhyt.yaml: services that answer questions close to health insurance, and their words. */
export const OutsideServicesFileSchema = z.strictObject({
  services: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z_]+$/),
        match: z.array(z.string().trim().min(2)).min(1),
      }),
    )
    .min(1),
});

/** intents/_shared/typed-replies.yaml: the typed forms of yes and no, and the particles that may close them. */
export const TypedRepliesFileSchema = z.strictObject({
  yes: z.array(z.string().trim().min(1)).min(1),
  no: z.array(z.string().trim().min(1)).min(1),
  particles: z.array(z.string().trim().min(1)).default([]),
  acknowledgements: z.array(z.string().trim().min(1)).default([]),
  sad: z.array(z.string().trim().min(1)).default([]),
  farewells: z.array(z.string().trim().min(1)).default([]),
  wishes: z.array(z.string().trim().min(1)).default([]),
  identity: z.array(z.string().trim().min(1)).default([]),
});

/** intents/examples/*.yaml: long questions as citizens write them, each with the intent it mainly asks. */
export const LongExamplesFileSchema = z.strictObject({
  examples: z.array(
    z.strictObject({
      id: z.string().min(1),
      intent: z.string().min(1),
      /** Other topics the question also asks: answering one of them is not a wrong answer. */
      also: z.array(z.string().min(1)).max(3).optional(),
      text: z.string().trim().min(2).max(2000),
    }),
  ),
});

/** One locale answer entry: title, first message, optional details. */
export const AnswerTextSchema = z.strictObject({
  title: z.string().trim().min(1).max(40, "a button title must be at most 40 characters"),
  body: z.string().trim().min(1),
  more: z.string().trim().min(1).optional(),
});

/** Links allowlist and contacts. */
export type LinksFile = z.infer<typeof LinksFileSchema>;
/** Abbreviation table. */
export type AbbreviationsFile = z.infer<typeof AbbreviationsFileSchema>;
/** Services outside health insurance. */
export type OutsideServicesFile = z.infer<typeof OutsideServicesFileSchema>;
/** The typed forms of yes and no. */
export type TypedRepliesFile = z.infer<typeof TypedRepliesFileSchema>;
/** One long example question. */
export type LongExample = z.infer<typeof LongExamplesFileSchema>["examples"][number];
/** One answer in one locale. */
export type AnswerText = z.infer<typeof AnswerTextSchema>;
