import type { StatedCase } from "./stated-cases.ts";

// "con khuyết tật nặng", "người tàn tật", "my son has a severe disability".
const DISABLED = /\b(?:khuyet tat|tan tat|bai liet|disabled|disability|disabilities|handicapped)\b/;
// "có được cấp bhyt free không", "có phải mua qua trường", "does the state pay", "is it free".
const WHETHER_PAID =
  /\b(?:free|mien phi|duoc cap|cap (?:the|bhyt)|nha nuoc (?:dong|cap|cho|tra)|phai mua|tu mua|phai dong|duoc (?:ho tro|dong)|co duoc (?:\w+ ){0,3}(?:the|bhyt|bao hiem)|(?:state|government) (?:pay|pays|cover)|(?:have|need) to (?:buy|pay)|entitled|support)\b/;
// (…not the carer's own card: "người chăm người khuyết tật có được hỗ trợ không" asks of someone else.)
const NOT_CARER =
  /^(?!.*\b(?:nguoi cham|cham soc|carer|caregiver|look after|take care|thuong binh|benh binh|war invalid)\b)/;
const DISABLED_WORDS = 60;

/**
 * People with a severe disability get the monthly social allowance, and the state pays the card of everyone on it
 * (Law 51 Art. 12 cl. 3), 100% (Art. 22): a card through the commune, the school's card only until then.
 */
export const DISABLED_CARD: StatedCase = {
  maxWords: DISABLED_WORDS,
  needs: [DISABLED, WHETHER_PAID, NOT_CARER],
  key: "disabled_card",
  next: ["contribution.elderly_social", "card.lookup", "contact.hotline"],
  topic: "contribution.elderly_social",
};

// "my certificate says 'nặng' level. so I'm covered free?" right after: the level on the certificate, asked again.
const LEVEL_SAID = /\b(?:nang|dac biet nang|severe|very severe|certificate|giay xac nhan|muc do)\b/;

/** The disability level told right after the answer on disabled people's cards: the same answer. */
export const DISABLED_LEVEL_AFTER: StatedCase = {
  ...DISABLED_CARD,
  maxWords: 25,
  needs: [LEVEL_SAID, WHETHER_PAID],
  after: "contribution.elderly_social",
};
