import type { StatedCase } from "./stated-cases.ts";

// "I already have private insurance", "đã có bảo hiểm sức khỏe của Bảo Việt", "mua bảo hiểm nhân thọ rồi": a policy
// from an insurance company…
const PRIVATE =
  /\b(?:private (?:health )?insurance|(?:health|medical) insurance from (?:my|our|a|an) (?:parents|company|insurer|employer abroad)|international (?:health )?insurance|insurance (?:from|in) (?:my home country|abroad|australia|the us|korea|japan)|bao hiem (?:nhan tho|tu nhan|thuong mai|suc khoe (?:cua )?(?:cong ty|bao viet|prudential|manulife|aia|pvi|bao minh))|(?:bao viet|prudential|manulife|aia|pvi|bao minh|dai ichi|fwd|generali)\b)/;
// …asked whether the state's card is still needed.
const STILL_NEEDED =
  /\b(?:still need|still have to|do i need|need (?:it|bhyt|vietnamese)|have to (?:buy|join|pay)|must i|required|con phai|co can|co phai|van phai|can (?:mua|dong) (?:them )?(?:bhyt|bao hiem y te)|mua (?:them )?bhyt nua|bo duoc khong|khoi mua)\b/;
const PRIVATE_WORDS = 40;

/** A private policy beside BHYT: it does not replace the compulsory card, which pays first at the card's level. */
export const PRIVATE_BESIDE_BHYT: StatedCase = {
  maxWords: PRIVATE_WORDS,
  needs: [PRIVATE, STILL_NEEDED],
  key: "private_beside_bhyt",
  next: ["contribution.overview.compulsory", "contribution.student", "contribution.household"],
  topic: "contribution.overview.compulsory",
};

// "e hay khám ở private clinic gần nhà, dùng bhyt dc ko", "can I use my card at a private hospital?": a private
// clinic's acceptance of the card.
const PRIVATE_CLINIC =
  /\b(?:phong kham tu|benh vien tu|phong kham tu nhan|benh vien tu nhan|co so tu nhan|private (?:clinic|hospital|doctor)s?|tu nhan)\b/;
const USES_CARD =
  /\b(?:dung|xai|nhan|chap nhan|tra|use|accept\w*|take|takes|covered|cover)\b(?: \w+){0,3}? (?:bhyt|the|bao hiem|card|insurance|health insurance)\b|\b(?:bhyt|the|card|insurance) (?:co )?(?:duoc|dc|dung duoc|works?)\b/;
const CLINIC_WORDS = 35;

/** A private clinic takes the card only under a BHYT contract; at the registered place, or in an emergency, in full. */
export const PRIVATE_CLINIC_CARD: StatedCase = {
  maxWords: CLINIC_WORDS,
  needs: [PRIVATE_CLINIC, USES_CARD],
  key: "private_clinic_card",
  next: ["card.change_facility", "benefit.referral", "benefit.levels"],
  topic: "benefit.other",
};

// "phòng khám tư không nhận thẻ của vợ tôi, vậy có đúng không", "the private clinic refused her card, were they
// allowed to?": a private place turning the card away.
const REFUSED_CARD =
  /\b(?:refus\w*|turned (?:down|away)|rejected|would not (?:take|accept)|wouldn t (?:take|accept)|won t (?:take|accept)|didn t (?:take|accept)|did not (?:take|accept)|tu choi|khong (?:chiu )?(?:nhan|chap nhan|cho dung|cho xai) (?:the|bhyt|bao hiem)|khong kham (?:bhyt|bang the|bao hiem))\b/;

/** A private place may refuse the card only when it has no BHYT contract; with one it must take a valid card. */
export const PRIVATE_CLINIC_REFUSED: StatedCase = {
  maxWords: CLINIC_WORDS,
  needs: [PRIVATE_CLINIC, REFUSED_CARD],
  key: "private_clinic_refused",
  next: ["benefit.direct_reimbursement", "card.change_facility", "contact.hotline"],
  topic: "benefit.other",
};
