import type { LegalDocument } from "./legal-documents.schema.ts";
import type { Override, Parameter, Province } from "./policy.schema.ts";

/** The rules as dated data: national parameters, provincial overrides and provinces. */
export interface PolicyData {
  parameters: Readonly<Record<string, Parameter>>;
  overrides: readonly Override[];
  provinces: readonly Province[];
  /** When the 2025 province mergers took effect (NQ 202/2025/QH15). */
  mergedOn: string;
  /** The legal documents answers cite, with their dates (intents/policy/documents.yaml). */
  documents: readonly LegalDocument[];
}

/** A parameter's value on a date, with where it came from. */
export interface ResolvedValue<T = number> {
  value: T;
  from: string;
  to?: string;
  legalBasis: string;
  source: "national" | "province";
  province?: string;
  /** For a provincial override that covers part of a group: whom it covers, per language. */
  appliesTo?: { vi: string; en: string };
  /** Which part of the group that is ("school_pupil"). */
  part?: string;
}

/** Thrown when a rule is asked for outside the dates the data covers: never a silent default. */
export class PolicyGapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyGapError";
  }
}
