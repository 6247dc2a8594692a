import type { Override } from "./policy.schema.ts";
import { type PolicyData, PolicyGapError, type ResolvedValue } from "./policy-data.ts";

/** Options for resolving a parameter: the civil date (YYYY-MM-DD) and an optional province code. */
export interface At {
  date: string;
  province?: string;
  /** The part of the group the person is in ("school_pupil"), or "other"; undefined when not known. */
  part?: string;
}

/** The national version of a parameter in force on `date` (versions are half-open: from ≤ date < next.from). */
export function nationalAt(policy: PolicyData, id: string, date: string): ResolvedValue<number | number[]> {
  const parameter = policy.parameters[id];
  if (!parameter) throw new PolicyGapError(`Unknown policy parameter "${id}".`);
  let index = -1;
  parameter.versions.forEach((version, i) => {
    if (version.from <= date) index = i;
  });
  const version = parameter.versions[index];
  if (!version) {
    throw new PolicyGapError(
      `No value of "${id}" is known for ${date}; the data starts ${parameter.versions[0]?.from}.`,
    );
  }
  const next = parameter.versions[index + 1];
  return {
    value: version.value,
    from: version.from,
    ...(next ? { to: previousDay(next.from) } : {}),
    legalBasis: version.legal_basis,
    source: "national",
  };
}

/**
 * A single-number parameter on a date: the province's override when one is in force for the whole group, else
 * the national value. An override for part of a group applies when the person is known to be in it; while that
 * is unknown it is left to `partialOverridesAt`.
 */
export function parameterAt(policy: PolicyData, id: string, at: At): ResolvedValue {
  const override = overridesInForce(policy, id, at).find(
    (o) => !o.ages && !o.area && (!o.part || o.part === at.part),
  );
  if (override) return resolvedOverride(override);
  const national = nationalAt(policy, id, at.date);
  if (Array.isArray(national.value)) throw new PolicyGapError(`"${id}" is a list; use listParameterAt.`);
  return national as ResolvedValue;
}

/** Overrides in force on the date that cover only part of the group, while it is not known whether the person is in it. */
export function partialOverridesAt(policy: PolicyData, id: string, at: At): ResolvedValue[] {
  if (at.part !== undefined) return [];
  return overridesInForce(policy, id, at)
    .filter((o) => o.part)
    .map(resolvedOverride);
}

/** Overrides in force on the date for one former district's people (a local plan), named beside the province's level. */
export function areaOverridesAt(policy: PolicyData, id: string, at: At): ResolvedValue[] {
  return overridesInForce(policy, id, at)
    .filter((o) => o.area)
    .map(resolvedOverride);
}

/** Overrides in force on the date that give members of an age band their own level ("65 to under 75"). */
export function ageBandOverridesAt(policy: PolicyData, id: string, at: At): Override[] {
  return overridesInForce(policy, id, at).filter((o) => o.ages);
}

/** How many of `ages` fall in an age band override's ages ("65 to under 75"); 0 without a band. */
export function agesInBand(band: Override | undefined, ages: readonly number[]): number {
  const range = band?.ages;
  return range ? ages.filter((age) => age >= range.from && age < range.below).length : 0;
}

/** True when a provincial override is in force on the date (its `to` is the last day it applies). */
export function inForceOn(override: Pick<Override, "from" | "to">, date: string): boolean {
  return override.from <= date && (!override.to || date <= override.to);
}

function overridesInForce(policy: PolicyData, id: string, at: At): Override[] {
  if (!at.province) return [];
  return policy.overrides.filter(
    (o) => o.province === at.province && o.parameter === id && inForceOn(o, at.date),
  );
}

/** A provincial override as a resolved value, with its dates, legal basis and whom it covers. */
export function resolvedOverride(override: Override): ResolvedValue {
  return {
    value: override.value,
    from: override.from,
    ...(override.to ? { to: override.to } : {}),
    legalBasis: override.legal_basis,
    source: "province",
    province: override.province,
    ...(override.applies_to ? { appliesTo: override.applies_to } : {}),
    ...(override.part ? { part: override.part } : {}),
  };
}

/** A list parameter (such as the household ladder) on a date. */
export function listParameterAt(policy: PolicyData, id: string, date: string): ResolvedValue<number[]> {
  const national = nationalAt(policy, id, date);
  if (!Array.isArray(national.value)) throw new PolicyGapError(`"${id}" is not a list.`);
  return national as ResolvedValue<number[]>;
}

function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
