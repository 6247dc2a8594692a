import type { StatedCase } from "./stated-cases.ts";

// "e chưa mua mà, mua lần đầu thì chọn nơi khám luôn lúc khai đúng ko", "when I first join, do I pick my clinic then?".
const FIRST_TIME =
  /\b(?:lan dau|chua (?:mua|tham gia|co the|co bhyt)(?: \w+){0,2}? (?:bao gio|ma|nao)?|first time|first card|never had|haven t joined|when (?:i|we) (?:first )?join)\b/;
const CHOOSES_PLACE =
  /\b(?:chon (?:noi kham|noi dang ky|benh vien|bv|tram y te)|noi (?:dang ky )?kham (?:chua benh )?ban dau|dang ky kham ban dau|(?:choose|pick|register at) (?:a |my |the )?(?:clinic|hospital|health station|registered (?:clinic|place)))\b/;
const FIRST_PLACE_WORDS = 40;

/** The first registered place is chosen on the joining form itself; changes come later, in a quarter's first 15 days. */
export const FIRST_PLACE_CHOICE: StatedCase = {
  maxWords: FIRST_PLACE_WORDS,
  needs: [FIRST_TIME, CHOOSES_PLACE],
  key: "first_place_choice",
  next: ["card.change_facility", "enroll.documents", "enroll.where"],
  topic: "card.change_facility",
};
