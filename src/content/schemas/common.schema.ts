import { z } from "zod";

export { IsoDateSchema } from "../../core/iso-date.ts";

/** An intent id: lowercase segments separated by dots, e.g. contribution.near_poor. */
export const IntentIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, "expected an id like contribution.near_poor");
