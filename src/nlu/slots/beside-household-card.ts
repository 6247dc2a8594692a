import { ADULTS } from "./household-size.ts";
import type { CoveredMention } from "./insured-members.ts";
import { countValue } from "./numbers.ts";
import type { PayerGroup } from "./payer-group.ts";
import type { SchoolCards } from "./school-cards.ts";

/** The counts of a household a message's slots hold, which the readings below complete. */
interface HouseholdCounts {
  householdSize?: number;
  insuredElsewhere?: number;
  payerGroup?: PayerGroup;
  schoolCards?: SchoolCards;
}

// ("2 vc a mua 12 tháng bn, cộng cả con lớp 2 nữa": the couple, then a child added.)
// "3 người hộ gia đình với 1 thằng cháu lớp 3", "hộ gia đình 2 người và 1 đứa học đại học": a count said of the
// household card itself, with someone joined to it by "với", "và", "thêm", "cộng".
const CARD_COUNT_BESIDE =
  /\b(?:(\d{1,2}|hai|ba|bon|nam|sau) (?:nguoi|ng) (?:(?:mua|dong|theo|tham gia) )?(?:bhyt |the |bao hiem )?(?:ho gia dinh|hgd)|(?:ho gia dinh|hgd) (\d{1,2}|hai|ba|bon|nam|sau) (?:nguoi|ng))\s*,?\s*(?:voi|va|them|cong|plus|and)\b|\b(2|hai) vo chong\b[^.?!]{0,40}?,\s*(?:cong|them|tinh)(?: ca| luon| them)?\b/;

// "nhà c chỉ 2 người mua hộ gđ thôi, 2 đứa đóng ở trường": only those on the household card, the children beside.
const ONLY_THEY_BUY =
  /\bchi (\d|hai|ba|bon) (?:nguoi|ng) (?:mua|dong|tham gia) (?:bhyt |the )?(?:ho gia dinh|hgd|ho gd)\b/;

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
  const said = CARD_COUNT_BESIDE.exec(folded) ?? ONLY_THEY_BUY.exec(folded);
  const count = said ? countValue(said[1] ?? said[2] ?? said[3]!) : undefined;
  if (count === undefined || size !== count || schoolCards === 0 || insuredElsewhere !== schoolCards)
    return undefined;
  return count + schoolCards;
}

// "2 người lớn với 1 học sinh lớp 11", "3 adults and 2 pupils": pupils or students counted beside the adults.
const SCHOOL_COUNT_BESIDE =
  /\b(?:voi|va|cung|and|with|plus)\s+(\d|mot|hai|ba|one|two|three) (?:(hoc sinh|hs|pupils?|chau di hoc|dua di hoc|be di hoc)|(sinh vien|sv|university students?|students?))\b/;

/** What a count of adults with pupils or students beside them makes of the slots (they pay, the others buy at school). */
export function withSchoolBesideAdults(folded: string, found: HouseholdCounts): void {
  if (!ADULTS.test(folded) || !found.householdSize) return;
  const said = SCHOOL_COUNT_BESIDE.exec(folded);
  const count = said ? countValue(said[1]!) : undefined;
  if (count && !found.schoolCards) {
    found.schoolCards = said![2] ? { pupils: count, students: 0 } : { pupils: 0, students: count };
    if (found.payerGroup === "student") found.payerGroup = "household";
  }
  // "5 người lớn với cháu 7 tuổi đi học": the adults counted pay, and the pupil beside them buys at school.
  const school = (found.schoolCards?.pupils ?? 0) + (found.schoolCards?.students ?? 0);
  if (school > 0 && found.insuredElsewhere === undefined) {
    found.householdSize += school;
    found.insuredElsewhere = school;
  }
}

// "…, e lớp 7, em út 2t", "I'm in grade 7": the writer, a pupil, named among the household.
const WRITER_AT_SCHOOL =
  /(?:^|[,.;]|\bva\b|\band\b)\s*(?:e|em|toi|minh|tui|mk|i m|i am|im)\s+(?:dang\s+|nam nay\s+)?(?:hoc\s+)?(?:lop|in grade|in year)\s+\d{1,2}\b/;

/**
 * The writer at school, in a household counted with others ("nhà e 5 ng: ba 50 má 48…, e lớp 7"): one more member
 * insured at school, and the sum the household's, not the pupil's. Nothing when no household of two or more is
 * counted, or the writer's school is read as someone's cover already.
 */
export function withWriterAtSchool(
  folded: string,
  found: HouseholdCounts,
  covered: readonly CoveredMention[],
): void {
  const said = WRITER_AT_SCHOOL.exec(folded);
  if (!said || (found.householdSize ?? 0) < 2) return;
  if (found.payerGroup === "student") found.payerGroup = "household";
  if (covered.some((m) => m.start <= said.index + said[0].length && said.index < m.end)) return;
  const pupils = (found.schoolCards?.pupils ?? 0) + 1;
  found.schoolCards = { pupils, students: found.schoolCards?.students ?? 0 };
  found.insuredElsewhere = (found.insuredElsewhere ?? 0) + 1;
}
