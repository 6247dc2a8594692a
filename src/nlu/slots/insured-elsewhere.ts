import { ADULTS, householdSizeOf } from "./household-size.ts";
import { CHILD_CLAUSE, PARENT_AND_CHILDREN, SPOUSE } from "./household-words.ts";
import { coveredElsewhereMentions } from "./insured-members.ts";
import { describedPupils, kidsDescribed } from "./kids-described.ts";
import { ONLY_ONE_MEMBER, OWN_CARD_ONLY } from "./one-person.ts";
import { presumedPupilsOf } from "./presumed-pupils.ts";
import { coveredByRemainder } from "./remaining-payers.ts";
import { socialPensionAgeMentions } from "./social-pension-mentions.ts";
import { youngChildren } from "./young-children.ts";

/**
 * How many household members the message says are already insured elsewhere, from folded text: people with cover
 * through work, school or a pension, and children under 6 (the state pays for them) when the message counts the
 * household.
 */
export function insuredElsewhereOf(
  folded: string,
  covered = coveredElsewhereMentions(folded),
): number | undefined {
  // "chỉ mình vợ tôi thôi": the one bought for; the others named are not in the count.
  if (ONLY_ONE_MEMBER.test(folded) || OWN_CARD_ONLY.test(folded)) return undefined;
  const size = householdSizeOf(folded);
  const remainder = coveredByRemainder(folded, size); // "3 người còn lại mua theo hộ": who pays, said outright.
  if (remainder !== undefined) return remainder;
  // A count of adults ("3 adults and a 7-year-old in grade 2") leaves the children out already, pupils too.
  const adults = ADULTS.test(folded);
  // "chồng có BHYT công ty…, hai mẹ con đóng bao nhiêu": the spouse insured is outside the mother and child counted.
  const parentAndChildren = PARENT_AND_CHILDREN.test(folded);
  const mentions = covered.filter(
    (m) =>
      !(adults && CHILD_CLAUSE.test(folded.slice(m.start, m.end))) &&
      !(parentAndChildren && SPOUSE.test(folded.slice(m.start, m.end))),
  );
  const insured = mentions.reduce((sum, mention) => sum + mention.count, 0);
  // A count of adults ("3 người lớn và 1 bé") leaves the young children out already.
  const described = kidsDescribed(folded);
  const describedYoung = described.reduce((sum, k) => sum + k.young, 0);
  // ("our kids are 9, 6 and 1": the 1-year-old of the children described is not counted again on its own.)
  const counted = [...mentions, ...described.filter((k) => k.young > 0)].map((m): [number, number] => [
    m.start,
    m.end,
  ]);
  // ("our kids are in grade 2 and 4 years old": the one in grade 2 buys the card at school.)
  const describedAtSchool = adults ? 0 : describedPupils(folded, mentions);
  const young = size !== undefined && !adults ? youngChildren(folded, counted) + describedYoung : 0;
  // Members of 75 or more without a pension are on the social pension, which the state insures.
  const old = size !== undefined && size > 1 ? socialPensionAgeMentions(folded) : 0;
  const pupils = presumedPupilsOf(folded).count;
  const total = insured + young + old + pupils + describedAtSchool;
  return total > 0 ? total : mentions.length > 0 ? insured : undefined;
}
