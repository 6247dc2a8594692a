import { z } from "zod";
import { IsoDateSchema } from "../core/iso-date.ts";

/** Parts of a group a province may support on their own: school pupils (not university students). */
export const GROUP_PARTS = ["school_pupil"] as const;
/** A part of a group with its own provincial level. */
export type GroupPart = (typeof GROUP_PARTS)[number];

const VersionSchema = z.strictObject({
  from: IsoDateSchema,
  value: z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative()).min(1)]),
  legal_basis: z.string().trim().min(3, "name the decree or law that sets this value"),
});

/**
 * A change announced but not yet made law (no value yet): amounts for dates from `from` say it may change them.
 * It becomes a version once the decree setting the new value is issued.
 */
const PlannedChangeSchema = z.strictObject({
  from: IsoDateSchema,
  what: z.strictObject({ vi: z.string().min(3), en: z.string().min(3) }),
  basis: z.string().trim().min(3, "name the document that announced the change"),
});

/** A parameter: a unit and dated versions, each in force from `from` until the next version starts. */
export const ParameterSchema = z
  .strictObject({
    unit: z.enum(["vnd", "percent", "basis_points", "multiple", "percent_list", "working_days", "months"]),
    description: z.string().min(3),
    versions: z.array(VersionSchema).min(1, "add at least one version"),
    planned: z.array(PlannedChangeSchema).optional(),
  })
  .superRefine((parameter, ctx) => {
    parameter.versions.forEach((version, index) => {
      const previous = parameter.versions[index - 1];
      if (previous && previous.from >= version.from) {
        ctx.addIssue({
          code: "custom",
          path: ["versions", index, "from"],
          message: `must be after the previous version's date ${previous.from} (sort versions oldest first, no two on one day)`,
        });
      }
      const isList = Array.isArray(version.value);
      if (isList !== (parameter.unit === "percent_list")) {
        ctx.addIssue({
          code: "custom",
          path: ["versions", index, "value"],
          message:
            parameter.unit === "percent_list" ? "expected a list of percentages" : "expected one number",
        });
      }
    });
  });

/** intents/policy/parameters.yaml: parameter id → parameter. */
export const ParametersFileSchema = z.record(z.string().regex(/^[a-z][a-z0-9_.]*$/), ParameterSchema);

/** One provincial override of a national parameter, valid inside [from, to]. */
export const OverrideSchema = z
  .strictObject({
    parameter: z.string(),
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    value: z.number().int().nonnegative(),
    legal_basis: z.string().trim().min(3),
    /** Set when the override covers only part of the group (e.g. pupils but not university students). */
    applies_to: z.strictObject({ vi: z.string().min(3), en: z.string().min(3) }).optional(),
    /** Which part of the group, so the calculator can ask or read it ("học sinh lớp 10") and apply the level. */
    part: z.enum(GROUP_PARTS).optional(),
    /** An age band ("65 to under 75"): members of that age get this level, the others keep the national one. */
    ages: z
      .strictObject({ from: z.number().int().min(0).max(120), below: z.number().int().min(1).max(150) })
      .refine((a) => a.below > a.from, { message: "`below` must be above `from`" })
      .optional(),
    /**
     * The former district a local plan covers ("Tháp Mười"): the level is not the province's, so the calculator
     * keeps the national one and names this level beside it, for the people of that area (`applies_to` says so).
     */
    area: z.string().min(2).optional(),
    /** Only people with permanent residence (thường trú) in the province: those staying there temporarily are not covered. */
    residence: z.enum(["permanent"]).optional(),
    note: z.string().optional(),
  })
  .refine((o) => !o.area || o.applies_to, { path: ["applies_to"], message: "an `area` needs `applies_to`" })
  .refine((o) => !o.to || o.to >= o.from, { path: ["to"], message: "must not be before `from`" })
  .refine((o) => Boolean(o.applies_to) === Boolean(o.part || o.ages || o.area), {
    path: ["part"],
    message:
      "an override for part of a group needs both `applies_to` (who, in words) and `part`, `ages` or `area` (which part)",
  })
  .refine((o) => !(o.part && o.ages), { path: ["ages"], message: "give `part` or `ages`, not both" });

/** intents/policy/overrides/<province>.yaml. */
export const OverridesFileSchema = z.strictObject({
  province: z.string().regex(/^[a-z0-9_]+$/),
  overrides: z.array(OverrideSchema).min(1),
});

/** intents/policy/provinces.yaml. */
export const ProvincesFileSchema = z.strictObject({
  /** The day the former provinces were merged: before it, a former name is its own province. */
  merged_on: IsoDateSchema,
  provinces: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z0-9_]+$/),
        name: z.strictObject({ vi: z.string().min(2), en: z.string().min(2) }),
        /** Pre-2025 provinces merged into this one (NQ 202/2025/QH15). */
        former_names: z.array(z.string().min(2)).default([]),
        aliases: z.array(z.string()).default([]),
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
      }),
    )
    .min(1),
});

/** A validated parameter. */
export type Parameter = z.infer<typeof ParameterSchema>;
/** A dated value of a parameter. */
export type ParameterVersion = z.infer<typeof VersionSchema>;
/** A validated provincial override. */
export type Override = z.infer<typeof OverrideSchema> & { province: string };
/** A province and its names. */
export type Province = z.infer<typeof ProvincesFileSchema>["provinces"][number];
