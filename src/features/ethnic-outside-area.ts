import { ETHNIC_MINORITY, MOUNTAIN_AREA } from "../nlu/area-words.ts";
import type { StatedCase } from "./stated-cases.ts";

// "xã mình không thuộc vùng khó khăn", "our commune is not a difficult area": the area that would bring the card, denied.
/** "xã mình không thuộc vùng khó khăn", "our commune is not counted as a special area": the area denied. */
export const NOT_DIFFICULT =
  /\b(?:(?:khong|ko|k|chang) (?:thuoc|phai|nam trong|o|duoc tinh la) (?:\w+ ){0,2}(?:vung|xa|dia ban) (?:\w+ ){0,3}(?:kho khan|mien nui|vung cao|dac biet)|(?:is|s|are) not (?:counted as |in |on )?(?:a |an |the )?(?:\w+ ){0,2}(?:difficult|disadvantaged|poor|special|mountain\w*|ethnic[- ]minority) (?:area|commune|zone|region|list)|not (?:on|in) the (?:difficult|disadvantaged|special) (?:area )?list|(?:not|aren t|re not) in an ethnic[- ]minority area|not (?:in|living in|from) (?:a |an |the )?(?:\w+ ){0,2}(?:difficult|disadvantaged|special|remote|mountain\w*) (?:area|commune|zone|region))\b/;
// (…asking whether, not a near-poor household's price: "then how much for 4 near-poor people" is the sum.)
const WHETHER_ONLY = /^(?!.*\b(?:can ngheo|near[- ]poor|bao nhieu|how much)\b)/;
const ETHNIC_WORDS = 60;

/** Ethnic-minority people are state-paid only where they live in a difficult area (Law 51 Art. 12 cl. 3): not here. */
export const ETHNIC_OUTSIDE_AREA: StatedCase = {
  maxWords: ETHNIC_WORDS,
  needs: [ETHNIC_MINORITY, NOT_DIFFICULT, WHETHER_ONLY],
  key: "ethnic_outside_area",
  next: ["contribution.household", "contribution.near_poor", "enroll.where"],
  topic: "contribution.household",
};

// "tôi người Mông ở xã vùng cao Đồng Văn, thẻ nhà nước cấp hay tôi phải đóng", "we are Bahnar in a remote commune, do we
// pay?": who pays for an ethnic-minority person living in a mountain area…
const WHO_PAYS =
  /\b(?:nha nuoc (?:cap|dong|tra|mua|ho tro)|(?:co )?phai (?:dong|mua|tra)|mien phi|(?:state|government) (?:pays?|cover\w*)|free|do (?:i|we|they|she|he) (?:have to |need to )?(?:pay|buy))\b/;
// …not a commune said to be outside the list, or to have left it (their own answers).
const LEFT_OR_NOT = /\b(?:ra khoi|khong con|no longer|left|off the list|removed)\b/;

/** An ethnic-minority person in a mountain area asks who pays: the state, where the commune is on the list. */
export const ETHNIC_IN_AREA: StatedCase = {
  maxWords: ETHNIC_WORDS,
  needs: [
    ETHNIC_MINORITY,
    MOUNTAIN_AREA,
    WHO_PAYS,
    notMatching(NOT_DIFFICULT),
    notMatching(LEFT_OR_NOT),
    WHETHER_ONLY,
  ],
  key: "ethnic_in_area",
  next: ["enroll.documents", "benefit.levels", "contribution.poor"],
  topic: "contribution.other_group",
};

/** A pattern that matches where `pattern` does not. */
function notMatching(pattern: RegExp): RegExp {
  return new RegExp(`^(?![\\s\\S]*(?:${pattern.source}))`);
}
