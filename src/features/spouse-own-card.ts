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

// "Does my husband's company card cover me too?", "em dùng thẻ của chồng đi khám được không": a spouse's card…
const SPOUSES_CARD =
  /\b(?:(?:the|bhyt|bao hiem)(?: bhyt| y te)?(?: (?:cong ty|cty|co quan))? (?:cua )?(?:chong|vo|ck|vk|ong xa|ba xa)|(?:husband|wife) s (?:(?:company|work|employer)(?: s)? )?(?:card|insurance|health insurance))\b/;
// …asked to be used by the writer.
const USED_BY_ME =
  /\b(?:can i use|could i use|may i use|cover(?:s)? me|for me (?:too|as well)|include(?:s)? me|(?:dung|xai) (?:chung|ke|nho)|(?:dung|xai) cho (?:em|toi|minh|tui|e|vo|chong)|cho (?:em|toi|minh|tui|e|vo|chong) (?:dung|xai|kham)|bao (?:ca|luon) (?:vo|chong)|(?:vo|chong|em|toi|minh|tui) (?:dung|xai|kham|di kham) (?:duoc|dc|ke|chung|bang|the))\b/;

/** Using a spouse's card, company card included: it pays only for its holder, so the writer needs their own. */
export const SPOUSES_CARD_NOT_YOURS: StatedCase = {
  maxWords: SPOUSE_WORDS,
  needs: [SPOUSES_CARD, USED_BY_ME],
  key: "relative_card_not_yours",
  next: ["contribution.household", "contribution.employee"],
  topic: "contribution.household",
  uses: ["full_year"],
};
