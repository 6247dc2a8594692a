import { foldWords } from "../../core/fold.ts";
import type { PricedSum } from "../../core/session.ts";
import { countValue } from "../../nlu/slots/numbers.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { Turn } from "../handler.ts";

// "tính cả con lớn đóng ở trường", "cả con gái lớp 12", "plus our son's school card": a child at school added to the
// total, whose card is bought through the school.
const SCHOOL_CHILD_ADDED =
  /\b(?:tinh ca|tinh luon|tinh them|cong ca|cong luon|cong them|ca|them|plus|including|with)\b(?: \w+){0,2}? (?:con|dua|be|chau|con gai|con trai|thang|em)(?: \w+){0,3}? (?:(?:dong|mua|hoc|o) (?:o |tai )?truong|lop \d{1,2}|hoc sinh|hs|sinh vien|sv|dai hoc|di hoc)\b|\b(?:son s|daughter s|kid s|child s) school card\b|\b(?:and|what about|plus|with|including) (?:our|my|the) (?:son|daughter|kid|child|boy|girl)(?: \w+){0,3}? (?:in grade \d{1,2}|at school|in school|at university|in college)\b/;
const CHILDREN_COUNTED = /\b(2|3|hai|ba|two|three) (?:dua|con|chau|be|em|kids|children)\b/;
const UNIVERSITY = /\b(?:sinh vien|sv|dai hoc|cao dang|university|college)\b/;
const YEAR = 12;

/**
 * The conversation's sums, with the school card of a child at school that a total asks to add ("vậy tính cả con lớn
 * đóng ở trường thì tổng bao nhiêu") when no student was priced yet: a pupil's card, or a student's.
 */
export function withSchoolCardAsked(turn: Turn, priced: readonly PricedSum[]): PricedSum[] {
  const folded = ` ${foldWords(turn.text)} `;
  if (!SCHOOL_CHILD_ADDED.test(folded) || priced.some((p) => p.group === "student")) return [...priced];
  const card = calculateContribution(turn.content.policy, {
    group: "student",
    date: turn.today,
    months: YEAR,
    members: 1,
    part: UNIVERSITY.test(folded) ? "other" : "school_pupil",
    ...(turn.session.province ? { province: turn.session.province } : {}),
  });
  // ("cộng cả 2 đứa đi học": as many cards as children said.)
  const count = countValue(CHILDREN_COUNTED.exec(folded)?.[1] ?? "") ?? 1;
  const cards = Array.from({ length: count }, () => ({
    who: "child",
    group: "student",
    payers: 1,
    members: 1,
    month: card.person.month,
    year: card.person.period,
  }));
  return [...priced, ...cards];
}
