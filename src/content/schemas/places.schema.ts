import { z } from "zod";
import { IsoDateSchema } from "./common.schema.ts";

/** Kinds of place where people enroll or pay, in the order the bot suggests them. */
export const PLACE_TYPES = ["collection_agent", "post_office", "commune_office", "bhxh_office"] as const;

const CommaList = z.union([z.array(z.string().trim().min(2)), z.string()]).transform((v) =>
  Array.isArray(v)
    ? v
    : v
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
);

/** One place: where it is, when it is open, and the dates the entry is valid. */
export const PlaceSchema = z
  .strictObject({
    name: z.string().trim().min(3, "name the place"),
    type: z.enum(PLACE_TYPES),
    /** The commune or ward it is in (post-2025 name). */
    commune: z.string().trim().min(2, "name the commune or ward"),
    /** Pre-2025 names of that commune, which people still type (";"-separated in CSV). */
    commune_former: CommaList.default([]),
    /** For a BHXH office: the communes it serves (";"-separated in CSV). */
    serves: CommaList.default([]),
    address: z.string().trim().min(3, "give the address"),
    hours: z.string().trim().optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9 .+()-]{6,20}$/, "write the office phone with digits, spaces, dots or dashes")
      .optional(),
    valid_from: IsoDateSchema,
    valid_to: IsoDateSchema.optional(),
  })
  .refine((p) => !p.valid_to || p.valid_to >= p.valid_from, {
    path: ["valid_to"],
    message: "must not be before valid_from",
  });

/** intents/places/<province>.yaml (CSV files use the same columns, one place per row). */
export const PlacesFileSchema = z.strictObject({
  province: z.string().regex(/^[a-z0-9_]+$/),
  /** True for illustrative data that must be replaced with the province's real list before launch. */
  sample: z.boolean().default(false),
  source: z.string().trim().min(3, "say where the list comes from"),
  places: z.array(PlaceSchema).min(1),
});

/** A validated place with its province and whether it is sample data. */
export type Place = z.infer<typeof PlaceSchema> & { province: string; sample: boolean };
