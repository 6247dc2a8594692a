import { foldWords } from "../../core/fold.ts";
import { choices, t, text } from "../../core/reply.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { continueCalc } from "./calc-flow.ts";

// "nếu cháu là hộ cận nghèo đã có thẻ rồi thì sao", "e có thẻ hộ gđ ở quê còn hạn, có phải đóng ở trường nữa ko":
// a pupil or student who already holds a card, asking whether the school's card is needed too.
const HAS_CARD =
  /\b(?:da co the|co the (?:\w+ ){0,6}(?:roi|r|con han)|the (?:\w+ ){0,6}con han|already (?:has|have|got) (?:a |the )?(?:card|health insurance)|(?:has|have) (?:a |an )?(?:valid )?(?:\w+ )?card|(?:mua|dong) (?:(?:bhyt|the|bao hiem) ){0,2}(?:ho gia dinh|hgd|ho gd)(?: \w+){0,6} (?:roi|r)|(?:mua|dong) (?:(?:bhyt|the|bao hiem) ){0,2}(?:ho gia dinh|hgd|ho gd)(?: \w+){0,5} (?:toi|den|han den) (?:thang |t)?\d|(?:already )?(?:buy|buys|bought|pay|pays|paid|pay for|pays for|paid for)(?: me| him| her| us| them)? (?:a )?(?:household|family) (?:health )?(?:insurance|card))\b/;
const AT_SCHOOL_TOO =
  /\b(?:(?:dong|mua) (?:o |tai |qua )?truong|o truong|phai (?:dong|mua)(?: \w+){0,3} nua|mua them|dong them|at (?:school|university|college)|(?:pay|buy) (?:again|twice|another)|still (?:pay|buy|need)|need (?:the |a )?school)\b/;
const SCHOOL_TOPIC = "contribution.student";
const STUDYING =
  /\b(?:hoc sinh|sinh vien|sv|hoc lop|dang hoc|di hoc|dai hoc|truong|student|pupil|school|university|college)\b/;
const STATE_CARD =
  /\b(?:can ngheo|ho ngheo|dan toc|nha nuoc (?:dong|cap)|nguoi co cong|near[- ]poor|poor household|ethnic)\b/;
const POOR_HOUSEHOLD =
  /\b(?:(?<!can )ho ngheo|(?<!can )gia dinh ngheo|(?<!near[- ])poor (?:household|family)|(?:we re|we are|family is|household is) poor)\b/;
// (…not one that has left the list: "vừa thoát nghèo", "không còn là hộ nghèo".)
const NO_LONGER_POOR =
  /\b(?:thoat ngheo|ra khoi (?:danh sach )?(?:ho )?ngheo|khong (?:con )?(?:phai|la|thuoc) (?:la )?ho ngheo|het (?:la )?ho ngheo|left poverty|no longer poor|not poor)\b/;
const OWN_SCHOOL_CARD =
  /\b(?:bhyt|the|bao hiem)(?: y te)? (?:hoc sinh|hs|sinh vien|sv) (?:cua )?(?:minh|em|e|toi|tui)\b|\bmy (?:student|school|pupil s?) (?:health )?(?:insurance|card)\b/;
const WHO_PAYS =
  /\b(?:ai (?:phai )?dong|ai tra|mien|mien phi|free|who pays|who has to pay|do i (?:have|need) to pay)\b/;
const UNIVERSITY = /\b(?:sinh vien|sv|dai hoc|cao dang|university|college|uni)\b/;
const HOUSEHOLD_CARD = /\b(?:ho gia dinh|ho gd|hgd|household|family card)\b/;
const CARD_WORDS = 40;
const FAMILY_HAS =
  /\b(?:nha|gia dinh|bo me|ba me|family|parents) (?:\w+ )?(?:co|da co|have|has) (?:the|card)\b/;

/**
 * A pupil or student with a card already: a near-poor, poor or other state-supported card needs no school card (the
 * higher support is kept); a household card is used until it ends, then the card is bought through the school (pupils
 * and students come before households, Law 51/2024/QH15 Art. 13 §5). Undefined for other messages.
 */
export function answerStudentHasCard(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > CARD_WORDS) return undefined;
  // "nhà e hộ nghèo, 2 đứa đi học cấp 2, có phải đóng ở trường ko": a poor household's children are state-paid.
  if (POOR_HOUSEHOLD.test(folded) && !NO_LONGER_POOR.test(folded) && STUDYING.test(folded))
    return {
      replies: [choices([t("common:student_has_card.poor_household")], [intentChoice("contribution.poor")])],
      session: { lastIntent: "contribution.poor", misses: 0 },
    };
  // "bhyt học sinh của mình ai phải đóng, có được miễn không": the pupil's own card, priced for one, with who pays less.
  if (OWN_SCHOOL_CARD.test(folded) && WHO_PAYS.test(folded) && !HAS_CARD.test(folded))
    return continueCalc(
      turn,
      { group: "student", members: 1, months: 12, part: UNIVERSITY.test(folded) ? "other" : "school_pupil" },
      [text(t("common:student_has_card.own_card_poorer"))],
    );
  if (!HAS_CARD.test(folded)) return undefined;
  // "nhà e có thẻ hgd rồi": the family's card, which a student does not join (the students' answer says so).
  if (FAMILY_HAS.test(folded)) return undefined;
  const aboutSchool = STUDYING.test(folded) || turn.session.lastIntent === SCHOOL_TOPIC;
  if (!aboutSchool || !(AT_SCHOOL_TOO.test(folded) || turn.session.lastIntent === SCHOOL_TOPIC))
    return undefined;
  const key = STATE_CARD.test(folded)
    ? "state_card"
    : HOUSEHOLD_CARD.test(folded)
      ? "household_card"
      : undefined;
  if (!key) return undefined;
  return {
    replies: [choices([t(`common:student_has_card.${key}`)], [intentChoice(SCHOOL_TOPIC)])],
    session: { lastIntent: SCHOOL_TOPIC, misses: 0 },
  };
}
