import { foldWords } from "../core/fold.ts";
import { saidBefore } from "../core/session.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
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

// "con trai bác 40 tuổi làm công an, có thẻ BHYT không", "my son is a police officer, does he need to buy a card?":
// the serving member's own card…
const SERVES =
  /\b(?:(?:lam|la|dang lam|dang la|di) |is (?:an? )?|works as (?:an? )?)(?:cong an|bo doi|quan doi|quan nhan|si quan|canh sat|police officer|soldier|army officer|in the (?:army|police))\b/;
const OWN_CARD_ASKED =
  /\b(?:co the|co bhyt|co bao hiem|phai (?:mua|dong)|co (?:phai|can) (?:mua|dong)|duoc cap|(?:need|have) to (?:buy|pay)|have (?:a card|insurance)|covered|insured)\b/;
// …not the family's (asked by the family's own answer).
const FAMILY_ASKED =
  /\b(?:vo con|bo me|ba me|cha me|vo (?:no|anh ay)|gia dinh|family|wife|parents|children|of us|the rest|con lai|ca nha|household|ho gia dinh)\b|\b(?:cong an|bo doi|quan doi|police|army|soldier)\b[^.?!]*\b(?:vo|chong|me|bo|ba|con|husband|mother|father|mum|mom|dad|son|daughter)\b/;

/** A serving soldier's or police officer's own card: the state pays it and the unit issues it (Law 51 Art. 12). */
export const SERVING_MEMBER_CARD: StatedCase = {
  maxWords: 30,
  needs: [SERVES, OWN_CARD_ASKED],
  key: "serving_member_card",
  next: ["contribution.other_group", "card.lookup"],
  topic: "contribution.other_group",
};

/** The serving member's own card, unless the message asks about the family. */
export const answerServingMember = (turn: Turn): Outcome | undefined =>
  // ("5 of us, … my husband is a soldier. What do the rest pay?": the household's sum, asked beside him.)
  FAMILY_ASKED.test(` ${foldWords(turn.text)} `) || asksHowMuch(turn.text)
    ? undefined
    : answerStatedCase(turn, SERVING_MEMBER_CARD);
