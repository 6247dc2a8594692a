import { countValue } from "./numbers.ts";

// "3 người hộ gia đình với 1 thằng cháu lớp 3", "hộ gia đình 2 người và 1 đứa học đại học": a count said of the
// household card itself, with someone joined to it by "với", "và", "thêm", "cộng".
const CARD_COUNT_BESIDE =
  /\b(?:(\d{1,2}|hai|ba|bon|nam|sau) (?:nguoi|ng) (?:(?:mua|dong|theo|tham gia) )?(?:bhyt |the |bao hiem )?(?:ho gia dinh|hgd)|(?:ho gia dinh|hgd) (\d{1,2}|hai|ba|bon|nam|sau) (?:nguoi|ng))\s*,?\s*(?:voi|va|them|cong|plus|and)\b/;

/**
 * The household's size when the message counts the household card's people and names a pupil or student beside
 * them: those on the card and the school cards together (the school cards are insured elsewhere). Undefined when
 * the count is not said so, or the household is counted otherwise.
 */
export function sizeBesideSchoolCards(
  folded: string,
  size: number | undefined,
  insuredElsewhere: number | undefined,
  schoolCards: number,
): number | undefined {
  const said = CARD_COUNT_BESIDE.exec(folded);
  const count = said ? countValue(said[1] ?? said[2]!) : undefined;
  if (count === undefined || size !== count || schoolCards === 0 || insuredElsewhere !== schoolCards)
    return undefined;
  return count + schoolCards;
}
