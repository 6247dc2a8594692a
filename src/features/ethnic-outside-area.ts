import { ETHNIC_MINORITY } from "../nlu/area-words.ts";
import type { StatedCase } from "./stated-cases.ts";

// "xã mình không thuộc vùng khó khăn", "our commune is not a difficult area": the area that would bring the card, denied.
const NOT_DIFFICULT =
  /\b(?:(?:khong|ko|k|chang) (?:thuoc|phai|nam trong|o) (?:\w+ ){0,2}(?:vung|xa|dia ban) (?:\w+ ){0,3}kho khan|(?:is|s|are) not (?:in )?(?:a |an )?(?:\w+ ){0,2}(?:difficult|disadvantaged|poor) (?:area|commune|zone|region)|not (?:on|in) the (?:difficult|disadvantaged) (?:area )?list)\b/;
const ETHNIC_WORDS = 60;

/** Ethnic-minority people are state-paid only where they live in a difficult area (Law 51 Art. 12 cl. 3): not here. */
export const ETHNIC_OUTSIDE_AREA: StatedCase = {
  maxWords: ETHNIC_WORDS,
  needs: [ETHNIC_MINORITY, NOT_DIFFICULT],
  key: "ethnic_outside_area",
  next: ["contribution.household", "contribution.near_poor", "enroll.where"],
  topic: "contribution.household",
};
