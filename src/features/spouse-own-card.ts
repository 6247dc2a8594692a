import type { StatedCase } from "./stated-cases.ts";

// "Vợ tôi không có BHYT, tôi có BHYT công ty. Vợ sinh con thì BHYT của tôi có trả không", "my wife has no card, can
// she use mine for the birth?": a spouse with no card of their own…
const SPOUSE_WITHOUT_CARD =
  /\b(?:vo|chong|vk|ck|ba xa|ong xa)(?: (?:toi|em|e|minh|tui|anh))? (?:khong|ko|k|chua|chang) (?:co |mua |tham gia )?(?:the|bhyt|bao hiem)\b|\bmy (?:wife|husband) (?:has no|doesn t have|does not have|has not got|hasn t got) (?:a )?(?:card|insurance|health insurance)\b/;
// …and the writer's own card asked to pay for them or be used by them.
const MY_CARD =
  /\b(?:(?:the|bhyt|bao hiem)(?: bhyt| y te)? (?:cua )?(?:toi|em|e|minh|tui|anh)|(?:the|bhyt) (?:cty|cong ty|co quan)|my (?:card|insurance|health insurance))\b/;
const PAYS_OR_USED = /\b(?:tra|chi tra|thanh toan|dung|xai|cover\w*|pay|pays|use)\b/;
const SPOUSE_WORDS = 45;

/** A card is its holder's only: a spouse with none needs their own, whose first card works 30 days after paying. */
export const SPOUSE_OWN_CARD: StatedCase = {
  maxWords: SPOUSE_WORDS,
  needs: [SPOUSE_WITHOUT_CARD, MY_CARD, PAYS_OR_USED],
  key: "spouse_own_card",
  next: ["contribution.household", "card.validity", "benefit.maternity"],
  topic: "contribution.household",
  uses: ["full_year"],
};
