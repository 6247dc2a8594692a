import { z } from "zod";
import type { Content } from "../../content/content.ts";
import { foldDiacritics } from "../../nlu/fold.ts";
import { dateOf } from "../../nlu/slots/dates.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { createPlaceFinder, type PlaceFinder } from "../../nlu/slots/places.ts";
import { amountOf } from "../../nlu/slots/salary.ts";
import { CONTRIBUTION_GROUPS, PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";

/** What the calculator has gathered so far (kept in the session between messages). */
export const CalcDraftSchema = z.object({
  group: z.enum(CONTRIBUTION_GROUPS).optional(),
  members: z.number().int().min(1).max(50).optional(),
  insuredElsewhere: z.number().int().min(0).max(50).optional(),
  months: z.union(PAYMENT_MONTHS.map((m) => z.literal(m))).optional(),
  /** A province code, or "none" when the user does not know or has no province with its own level. */
  province: z.string().optional(),
  date: z.string().optional(),
  salary: z.number().int().positive().optional(),
});
/** The calculator's gathered answers. */
export type CalcDraft = z.infer<typeof CalcDraftSchema>;
/** A question the calculator can ask. */
export type CalcField = "group" | "members" | "months" | "province" | "date" | "salary";

/** The flow id under which the draft is stored in the session. */
export const CALC_FLOW = "calc";

/** What a typed or tapped answer to one question gave: a value, a value out of range, or nothing usable. */
export type FieldAnswer = { ok: Partial<CalcDraft> } | { invalid: string } | undefined;

const finders = new WeakMap<Content, PlaceFinder>();
const placesOf = (content: Content) => {
  const known = finders.get(content);
  if (known) return known;
  const finder = createPlaceFinder(content.policy.provinces);
  finders.set(content, finder);
  return finder;
};

/** Reads the answer to `field` from a button value or typed text; `today` anchors typed dates. */
export function readFieldAnswer(field: CalcField, raw: string, content: Content, today: string): FieldAnswer {
  const folded = ` ${foldDiacritics(raw.normalize("NFC")).replace(/[^a-z0-9/.,\-\s]/g, " ")} `;
  const number = /^\s*(\d{1,9})\s*$/.exec(folded)?.[1];
  switch (field) {
    case "group": {
      const group = CONTRIBUTION_GROUPS.find((g) => g === raw) ?? payerGroupOf(folded);
      return group ? { ok: { group } } : undefined;
    }
    case "members": {
      const members = number ? Number(number) : householdSizeOf(folded);
      if (members === undefined) return undefined;
      return members >= 1 && members <= 50 ? { ok: { members } } : { invalid: "members" };
    }
    case "months": {
      const months = number ? Number(number) : monthsOf(folded);
      if (months === undefined) return undefined;
      const allowed = PAYMENT_MONTHS.find((m) => m === months);
      return allowed ? { ok: { months: allowed } } : { invalid: "months" };
    }
    case "province": {
      if (raw === "none" || /\b(khong biet|khac|none|other|skip|bo qua)\b/.test(folded))
        return { ok: { province: "none" } };
      if (content.policy.provinces.some((p) => p.code === raw)) return { ok: { province: raw } };
      const found = placesOf(content).provinceOf(folded);
      return found ? { ok: { province: found.code } } : undefined;
    }
    case "date": {
      if (raw === "today" || /\b(hom nay|bay gio|today|now)\b/.test(folded)) return { ok: { date: today } };
      const date = dateOf(folded, today);
      if (!date) return undefined;
      return "iso" in date ? { ok: { date: date.iso } } : { invalid: "date" };
    }
    case "salary": {
      const salary = amountOf(folded);
      if (salary === undefined) return undefined;
      return salary >= 100_000 && salary <= 10_000_000_000 ? { ok: { salary } } : { invalid: "salary" };
    }
  }
}

/** The draft stored in a session flow, or an empty one when the stored data no longer fits the schema. */
export function draftFromSession(data: Record<string, string | number> | undefined): CalcDraft {
  const parsed = CalcDraftSchema.safeParse(data ?? {});
  return parsed.success ? parsed.data : {};
}
