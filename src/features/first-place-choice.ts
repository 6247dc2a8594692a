import type { StatedCase } from "./stated-cases.ts";

// "e chưa mua mà, mua lần đầu thì chọn nơi khám luôn lúc khai đúng ko", "when I first join, do I pick my clinic then?".
const FIRST_TIME =
  /\b(?:lan dau|chua (?:mua|tham gia|co the|co bhyt)(?: \w+){0,2}? (?:bao gio|ma|nao)?|first time|first card|never had|haven t joined|when (?:i|we) (?:first )?join)\b|\b(?:mua|tham gia) (?:bhyt|the|bao hiem)\b(?: \S+){0,4}? (?:thi|va|roi) chon\b/;
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

// "đăng ký khám ban đầu ở bv gần chỗ trọ dc ko hay phải ở quê", "can I register at a clinic near where I rent?"…
// (Not a change asked outright, "đổi nơi đăng ký sang trạm y tế gần nhà", whose steps are the change's.)
const REGISTERS_PLACE =
  /^(?!.*\b(?:doi|chuyen|change|switch|move)\b).*\b(?:dang ky (?:kham )?(?:chua benh )?ban dau|noi (?:dang ky )?kham (?:chua benh )?ban dau|kcb ban dau|register(?:ed)? (?:at|with) (?:a |the )?(?:clinic|hospital|health station))\b/;
// …near where the writer lives now, away from home.
const NEAR_LODGING =
  /\b(?:cho tro|phong tro|nha tro|o tro|tam tru|gan (?:nha|cho o|noi o|cho lam|noi lam)|noi (?:dang )?o|where i (?:live|rent|stay|work)|near (?:my|where|home)|rented room|temporary)\b/;

/** A registered place near the lodging, away from home: chosen where one lives, on joining or at a quarter's start. */
export const PLACE_NEAR_LODGING: StatedCase = {
  maxWords: FIRST_PLACE_WORDS,
  needs: [REGISTERS_PLACE, NEAR_LODGING],
  key: "place_near_lodging",
  next: ["card.change_facility", "enroll.temporary_residence"],
  topic: "card.change_facility",
};
