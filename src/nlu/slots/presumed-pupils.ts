import { recentlyRead } from "../../core/recently-read.ts";
import { ADULTS, householdSizeOf } from "./household-size.ts";
import type { CoveredMention } from "./insured-members.ts";
import { coveredElsewhereMentions } from "./insured-members.ts";
import { payerGroupOf } from "./payer-group.ts";
import { type SchoolAgeChildren, schoolAgeChildrenOf } from "./school-age-children.ts";

/**
 * Children of school age a household story names only by age ("2 đứa 8 và 3 tuổi"): pupils, insured at school
 * (schoolAgeChildrenOf). None when no household size is said or the count is of adults already.
 */
// A turn reads one story's pupils for the count, the school cards and the ages: the last few are kept.
export const presumedPupilsOf = recentlyRead(
  (folded: string): SchoolAgeChildren => presumedAnew(folded, coveredElsewhereMentions(folded)),
  16,
);

function presumedAnew(folded: string, covered: CoveredMention[]): SchoolAgeChildren {
  const size = householdSizeOf(folded);
  // A poor or near-poor household joins on its list, children too, at the state's share (near-poor-student.ts).
  const listed = ["poor", "near_poor"].includes(payerGroupOf(folded) ?? "");
  if (size === undefined || size < 2 || listed || ADULTS.test(folded))
    return { count: 0, ages: [], spans: [] };
  return schoolAgeChildrenOf(folded, covered);
}
