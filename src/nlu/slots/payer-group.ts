import type { ContributionGroup } from "../../policy/contribution/contribution-types.ts";
import { clausesOf, isAboutSomeoneInsured } from "../already-insured.ts";

/** The calculator's groups (CONTRACT: `calc --group`). */
export type PayerGroup = ContributionGroup;

// Checked in this order: the more specific group wins ("hộ cận nghèo" before "hộ nghèo" before "hộ gia đình").
const CUES: [PayerGroup, RegExp][] = [
  ["near_poor", /\b(?:can ngheo|hcn|near[- ]poor)\b/],
  ["poor", /\b(?:ho ngheo|nguoi ngheo|gia dinh ngheo|poor household|poor family)\b/],
  ["child_under6", /\b(?:duoi (?:6|sau) tuoi|tre so sinh|moi sinh|so sinh|under (?:6|six)|newborn)\b/],
  ["student", /\b(?:hoc sinh|sinh vien|hssv|hs sv|student|pupil)s?\b/],
  ["agri_household", /\b(?:nong lam ngu|diem nghiep|muc song trung binh|average living standard)\b/],
  ["elderly_social", /\b(?:tro cap xa hoi|tro cap huu tri xa hoi|social (?:pension|allowance))\b/],
  [
    "employee",
    /\b(?:nguoi lao dong|cong nhan|nhan vien|hop dong lao dong|lam cong ty|employee|worker|employer)s?\b/,
  ],
  ["household", /\b(?:ho gia dinh|hgd|tu dong|tu mua|household|family)\b/],
];

/** The payer group the message names, from folded text; clauses about people already insured are skipped. */
export function payerGroupOf(folded: string): PayerGroup | undefined {
  const clauses = clausesOf(folded).filter((clause) => !isAboutSomeoneInsured(clause));
  return CUES.find(([, cue]) => clauses.some((clause) => cue.test(clause)))?.[0];
}
