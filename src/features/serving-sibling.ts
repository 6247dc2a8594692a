import { foldWords } from "../core/fold.ts";
import { saidBefore } from "../core/session.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerStatedCase, type StatedCase, saysServingFamily } from "./stated-cases.ts";

// "con gái út tôi … là em gái của nó, có được cấp luôn không", "em gái của công an có được nhà nước đóng không": a
// brother or sister of the serving member…
const SIBLING =
  /\b(?:em gai|em trai|anh trai|chi gai|anh chi em|em ruot|anh ruot|chi ruot|(?:his|her) (?:sister|brother)|siblings?)\b/;
// …asked to be covered with the parents.
const COVERED_ASKED =
  /\b(?:(?:duoc|dc) (?:\w+ ){0,3}(?:cap|dong|mien|huong)|co (?:duoc|dc)|cap luon|luon (?:khong|ko)|covered|free|get (?:one|a card)|included)\b/;
const SERVING_NAMED =
  /\b(?:cong an|quan doi|bo doi|quan nhan|si quan|(?:dai|thuong|trung|thieu) (?:uy|ta)|police|army|soldier)\b/;

const SIBLING_CASE: StatedCase = {
  maxWords: 40,
  needs: [SIBLING, COVERED_ASKED],
  key: "serving_sibling",
  next: ["contribution.student", "contribution.household"],
  topic: "contribution.other_group",
  uses: ["student_person_year"],
};

/**
 * A serving soldier's or police officer's brother or sister, asked after the family's answer or with the serving
 * member named: not covered through them (only spouse, children under 18 and parents are). Undefined otherwise.
 */
export function answerServingSibling(turn: Turn): Outcome | undefined {
  const told = saidBefore(turn.session).slice(0, 3).some(saysServingFamily);
  const named = SERVING_NAMED.test(` ${foldWords(turn.text)} `);
  return told || named ? answerStatedCase(turn, SIBLING_CASE) : undefined;
}
