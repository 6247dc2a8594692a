import { z } from "zod";
import type { Content } from "../../content/content.ts";
import { dateOf } from "../../nlu/slots/dates.ts";
import { foldForSlots, type Slots } from "../../nlu/slots/extract-slots.ts";
import { groupPartOf } from "../../nlu/slots/group-part.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { placeFinderFor } from "../../nlu/slots/places.ts";
import { amountOf } from "../../nlu/slots/salary.ts";
import { shortMembersReplyOf } from "../../nlu/slots/short-members-reply.ts";
import {
  CONTRIBUTION_GROUPS,
  LARGEST_HOUSEHOLD,
  PAYMENT_MONTHS,
} from "../../policy/contribution/contribution-types.ts";
import { GROUP_PARTS } from "../../policy/policy.schema.ts";
import type { Turn } from "../handler.ts";
import { yesOrNo } from "../typed-lexicon.ts";

/** What the calculator has gathered so far (kept in the session between messages). */
export const CalcDraftSchema = z.object({
  group: z.enum(CONTRIBUTION_GROUPS).optional(),
  members: z.number().int().min(1).max(LARGEST_HOUSEHOLD).optional(),
  insuredElsewhere: z.number().int().min(0).max(LARGEST_HOUSEHOLD).optional(),
  months: z.union(PAYMENT_MONTHS.map((m) => z.literal(m))).optional(),
  /** A province code, or "none" when the user does not know or has no province with its own level. */
  province: z.string().optional(),
  /** The pre-2025 province name the user typed, when it was one (its own province before the merger). */
  formerProvince: z.string().optional(),
  date: z.string().optional(),
  salary: z.number().int().positive().optional(),
  /** The part of the group the person is in where a province supports a part ("school_pupil"), or "other". */
  part: z.string().optional(),
  /** Ages of members the user named, comma-separated ("68,70"): a province may pay for an age band. */
  ages: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3})*$/)
    .optional(),
  /** Ages of people said to be insured elsewhere, which no province's band counts. */
  coveredAges: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3})*$/)
    .optional(),
  /** Ages of children of school age named only by age and taken as pupils ("8,10"): said so in the sum. */
  schoolAges: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3})*$/)
    .optional(),
  /** Relatives said to have a card from another group when the sum was asked ("grandfather,mother"). */
  covered: z
    .string()
    .regex(/^[a-z]+(,[a-z]+)*$/)
    .max(80)
    .optional(),
  /** Of those insured elsewhere, pupils and university students whose card is bought at school. */
  pupils: z.number().int().min(1).max(LARGEST_HOUSEHOLD).optional(),
  students: z.number().int().min(1).max(LARGEST_HOUSEHOLD).optional(),
  /** Household members who pay as near-poor people (the state pays most of their card) instead of on the ladder. */
  nearPoor: z.number().int().min(1).max(LARGEST_HOUSEHOLD).optional(),
  /** 1 when the question asked the whole family's total ("cả nhà hết bao nhiêu"), kept while the sum asks more. */
  familyTotal: z.literal(1).optional(),
  /** 1 when members of 75 or more not yet on the social pension are counted in already, until it is granted. */
  pensionPending: z.literal(1).optional(),
});
/** The calculator's gathered answers. */
export type CalcDraft = z.infer<typeof CalcDraftSchema>;
/** A question the calculator can ask. */
/** Groups a whole household joins in (a pupil's or an employee's family is a household question). */
export const HOUSEHOLD_GROUPS: ReadonlySet<string> = new Set(["household", "near_poor", "agri_household"]);

export type CalcField = "group" | "members" | "months" | "province" | "date" | "salary" | "part";

/** The flow id under which the draft is stored in the session. */
export const CALC_FLOW = "calc";

/** What a typed or tapped answer to one question gave: a value, a value out of range, or nothing usable. */
export type FieldAnswer = { ok: Partial<CalcDraft> } | { invalid: string } | undefined;

// "mỗi người một năm đóng bao nhiêu" asked back to "how many people?": one person's price.
const EACH_PERSON_PRICE =
  /\b(?:moi nguoi|tung nguoi|each person|per person)\b.*\b(?:bao nhieu|bn|how much|cost)\b/;

/** Reads the answer to `field` from a button value or typed text; `today` anchors typed dates. */
export function readFieldAnswer(field: CalcField, raw: string, content: Content, today: string): FieldAnswer {
  // "thôi", "không", "hủy" is not a wrong answer to be asked again: the user does not want to go on.
  if (field !== "part" && yesOrNo(raw, content.typedReplies) === "no") return undefined;
  const folded = foldForSlots(raw);
  const number = /^\s*(\d{1,9})\s*$/.exec(folded)?.[1];
  switch (field) {
    case "group": {
      const group = CONTRIBUTION_GROUPS.find((g) => g === raw) ?? payerGroupOf(folded);
      if (group) return { ok: { group } };
      return short(folded) ? { invalid: "group" } : undefined;
    }
    case "members": {
      const each = EACH_PERSON_PRICE.test(folded) ? 1 : undefined;
      const members = number
        ? Number(number)
        : (householdSizeOf(folded) ?? shortMembersReplyOf(folded) ?? each);
      if (members === undefined) return short(folded) ? { invalid: "members" } : undefined;
      return members >= 1 && members <= LARGEST_HOUSEHOLD ? { ok: { members } } : { invalid: "members" };
    }
    case "months": {
      const months = number ? Number(number) : monthsOf(folded);
      if (months === undefined) return short(folded) ? { invalid: "months" } : undefined;
      const allowed = PAYMENT_MONTHS.find((m) => m === months);
      return allowed ? { ok: { months: allowed } } : { invalid: "months" };
    }
    case "province": {
      if (raw === "none" || /\b(khong biet|khac|none|other|skip|bo qua)\b/.test(folded))
        return { ok: { province: "none" } };
      if (content.policy.provinces.some((p) => p.code === raw)) return { ok: { province: raw } };
      // An answer to "which province?" is a name, even a one-syllable one ("Huế") or an abbreviation ("hcm").
      const finder = placeFinderFor(content.policy.provinces);
      const found = finder.provinceOf(folded) ?? finder.provinceOf(` tinh${folded}`);
      if (found)
        return {
          ok: { province: found.code, ...(found.formerName ? { formerProvince: found.formerName } : {}) },
        };
      return short(folded) ? { invalid: "province" } : undefined;
    }
    case "date": {
      if (raw === "today" || /\b(hom nay|bay gio|today|now)\b/.test(folded)) return { ok: { date: today } };
      const date = dateOf(folded, today);
      if (!date) return short(folded) ? { invalid: "date" } : undefined;
      return "iso" in date ? { ok: { date: date.iso } } : { invalid: "date" };
    }
    case "part": {
      if (raw === "other" || GROUP_PARTS.some((part) => part === raw)) return { ok: { part: raw } };
      const part = groupPartOf(folded);
      if (part) return { ok: { part } };
      return short(folded) ? { invalid: "part" } : undefined;
    }
    case "salary": {
      const salary = amountOf(folded);
      if (salary === undefined) return short(folded) ? { invalid: "salary" } : undefined;
      return salary >= 100_000 && salary <= 10_000_000_000 ? { ok: { salary } } : { invalid: "salary" };
    }
  }
}

// A reply of a word or two (or a bare number) that does not answer the question is a wrong answer to it, and is
// asked again; a longer message is a new question, and the calculator steps aside.
const short = (folded: string) => folded.trim().split(/\s+/).length <= 2;

/** What the slots of a message add to a draft; an impossible date or period is reported, not kept. */
export function draftFromSlots(slots: Slots): { draft: CalcDraft; invalid?: "date" | "months" } {
  const months = PAYMENT_MONTHS.find((m) => m === slots.months);
  const draft: CalcDraft = {
    ...(slots.payerGroup ? { group: slots.payerGroup } : {}),
    ...(slots.householdSize ? { members: slots.householdSize } : {}),
    ...(slots.insuredElsewhere ? { insuredElsewhere: slots.insuredElsewhere } : {}),
    ...(months ? { months } : {}),
    ...(slots.province ? { province: slots.province.code } : {}),
    ...(slots.province?.formerName ? { formerProvince: slots.province.formerName } : {}),
    ...(slots.date && "iso" in slots.date ? { date: slots.date.iso } : {}),
    ...(slots.salary ? { salary: slots.salary } : {}),
    ...(slots.groupPart ? { part: slots.groupPart } : {}),
    // (Someone only staying in the province is outside its levels for residents of an age: their age is not kept.)
    ...(slots.ages && !slots.staysTemporarily ? { ages: slots.ages.join(",") } : {}),
    ...(slots.coveredAges?.length ? { coveredAges: slots.coveredAges.join(",") } : {}),
    ...(slots.schoolAges ? { schoolAges: slots.schoolAges.join(",") } : {}),
    ...(slots.schoolCards?.pupils ? { pupils: slots.schoolCards.pupils } : {}),
    ...(slots.schoolCards?.students ? { students: slots.schoolCards.students } : {}),
  };
  if (slots.date && "invalid" in slots.date) return { draft, invalid: "date" };
  if (slots.months !== undefined && !months) return { draft, invalid: "months" };
  return { draft };
}

/**
 * The ages said, less those of people insured elsewhere ("ba 70 tuổi có lương hưu, má 63"): only these may fall in a
 * province's band.
 */
export function payingAges(draft: CalcDraft): number[] {
  const covered = draft.coveredAges?.split(",").map(Number) ?? [];
  return (draft.ages?.split(",").map(Number) ?? []).filter((age) => {
    const at = covered.indexOf(age);
    if (at >= 0) covered.splice(at, 1);
    return at < 0;
  });
}

/** The draft stored in a session flow, or an empty one when the stored data no longer fits the schema. */
export function draftFromSession(data: Record<string, string | number> | undefined): CalcDraft {
  const parsed = CalcDraftSchema.safeParse(data ?? {});
  return parsed.success ? parsed.data : {};
}

/** The sum a follow-up changes: the last result's, or a new one for the group of the last "how much" answer. */
export function carriedDraft(turn: Turn): CalcDraft | undefined {
  const flow = turn.session.flow;
  const group = CONTRIBUTION_GROUPS.find((g) => turn.session.lastIntent === `contribution.${g}`);
  if (flow?.id === CALC_FLOW) {
    const draft = draftFromSession(flow.data);
    // The near-poor answer given after a household sum is the topic now: "3 people" is 3 near-poor people. A
    // one-person answer in between ("is my 4-year-old counted?") leaves the household's sum the topic.
    const switched = group && draft.group && group !== draft.group && HOUSEHOLD_GROUPS.has(group);
    return switched ? { group } : draft;
  }
  if (flow) return undefined;
  return group ? { group } : undefined;
}

/** The draft with no one left out of it: a new count of the people who pay ("and 5?", "chỉ còn vợ tôi"). */
export function withoutLeftOut(draft: CalcDraft): CalcDraft {
  const { insuredElsewhere: _l, pupils: _p, students: _s, schoolAges: _a, coveredAges: _c, ...kept } = draft;
  return kept;
}
