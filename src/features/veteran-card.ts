import type { StatedCase } from "./stated-cases.ts";

// "tôi là cựu chiến binh chống Mỹ", "cựu chiến binh có được…", "I'm a veteran of the American war".
/** "cựu chiến binh", "ccb", "a war veteran". */
export const VETERAN = /\b(?:cuu chien binh|ccb|(?:war )?veterans?)\b/;
// "có được Nhà nước đóng không", "có phải tự mua không", "được cấp thẻ không", "does the state pay", "free".
const WHETHER_PAID =
  /\b(?:nha nuoc (?:dong|cap|cho|tra|chi tra)|duoc cap|cap the|mien phi|free|tu (?:bo tien )?mua|phai mua|phai dong|co duoc (?:\w+ ){0,3}(?:the|bhyt|bao hiem)|(?:state|government) (?:pay|pays|cover)|pay for (?:my|his|their)|(?:have|need) to (?:buy|pay)|entitled)\b/;
// (…of the veteran alone: "vợ tôi có được không" beside it asks of the spouse, a topic of its own.)
const NO_ONE_ELSE =
  /^(?!.*\b(?:vo|chong(?! (?:my|phap|quan|giac|trung quoc))|con (?:toi|em|trai|gai)|me (?:toi|em)|wife|husband|sons?|daughters?|mother|children|kids)\b)/;
// (…whether, not where: "where does he go to get his free card" is the enrolment's answer.)
const NOT_WHERE = /^(?!.*\b(?:o dau|den dau|cho nao|where|which office)\b)/;
const VETERAN_WORDS = 70;

/** Veterans are among the groups the state pays for in full (Law 51 Art. 12 cl. 3), with a 100% card (Art. 22). */
export const VETERAN_CARD: StatedCase = {
  maxWords: VETERAN_WORDS,
  needs: [VETERAN, WHETHER_PAID, NO_ONE_ELSE, NOT_WHERE],
  key: "veteran_card",
  next: ["card.lookup", "benefit.levels", "contact.hotline"],
  topic: "contribution.other_group",
};
