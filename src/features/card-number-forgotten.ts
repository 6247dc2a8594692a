import type { StatedCase } from "./stated-cases.ts";

// "ko nhớ số thẻ", "quên mã thẻ bhyt", "I don't remember my card number": the card's number is not at hand…
const FORGOT_NUMBER =
  /\b(?:(?:khong|ko|k|chua) (?:nho|biet)|quen(?: mat)?)(?: \w+){0,2}? (?:so|ma)(?: so)? (?:the|bhyt|bao hiem)\b|\b(?:don t|do not|can t|cannot) (?:remember|recall|find) (?:my |the |his |her )?(?:card|insurance) number\b|\bforgot (?:my |the |his |her )?(?:card|insurance) number\b/;
// …at a visit, or with no app to look it up.
const AT_VISIT_OR_NO_APP =
  /\b(?:kham|di kham|benh vien|bv|vssid|vneid|app|ung dung|visit|hospital|clinic|doctor|thi sao|lam sao|what now|what do i do)\b/;
const FORGOT_WORDS = 35;

/** A card number forgotten: the personal ID number finds the card; else the hotline or the commune police. */
export const CARD_NUMBER_FORGOTTEN: StatedCase = {
  maxWords: FORGOT_WORDS,
  needs: [FORGOT_NUMBER, AT_VISIT_OR_NO_APP],
  key: "card_number_forgotten",
  next: ["card.lookup", "vssid.show_card"],
  topic: "card.lookup",
};
