import { z } from "zod";
import { CONTRIBUTION_GROUPS } from "../../policy/contribution/contribution-types.ts";
import { IntentIdSchema } from "./common.schema.ts";

const Localized = z.strictObject({ vi: z.string().trim().min(1), en: z.string().trim().min(1) });
const NodeId = z.string().regex(/^[a-z0-9_]{1,40}$/, "use lower-case letters, digits and _ (at most 40)");

/** Who pays, in the law's five payer groups. */
export const PAYERS = ["employer", "social_insurance", "state", "state_supported", "household"] as const;

const OptionSchema = z.union([
  z.strictObject({ label: Localized, next: NodeId }),
  z.strictObject({ label: Localized, result: NodeId }),
]);

/** intents/triage/payer-triage.yaml: the "who pays?" decision tree. */
export const TriageSchema = z.strictObject({
  start: NodeId,
  nodes: z.record(
    NodeId,
    z.strictObject({ question: Localized, options: z.array(OptionSchema).min(2).max(6) }),
  ),
  results: z.record(
    NodeId,
    z.strictObject({
      payer: z.enum(PAYERS),
      group: z.enum(CONTRIBUTION_GROUPS).optional(),
      answer: IntentIdSchema,
      enroll: IntentIdSchema,
    }),
  ),
});

/** The validated "who pays?" tree. */
export type Triage = z.infer<typeof TriageSchema>;
