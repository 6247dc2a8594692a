import type { StatedCase } from "../stated-cases.ts";

// "vậy giờ e có phải tự mua bhyt ko", "so should I buy insurance myself?" after the employer's share was answered
// (an employer behind on its payments, most often): whether to buy a card of one's own while still employed.
const BUYS_OWN =
  /\b(?:tu (?:di )?(?:mua|dong)|mua (?:them )?(?:bhyt |the |bao hiem )?(?:ho gia dinh|hgd|rieng))\b|\b(?:should|must|do|shall) (?:i|we) (?:\w+ ){0,2}(?:buy|pay for|get) (?:\w+ ){0,3}(?:myself|my own|on my own|household|separately)\b|\bbuy (?:it |one |insurance )?(?:myself|on my own)\b/;
// (…while still employed: "after I quit, how much if I buy it myself" is a price once the job has ended.)
const STILL_EMPLOYED =
  /^(?!.*\b(?:quit|quitting|leave|left|laid off|nghi viec|thoi viec|mat viec|nghi lam|bao nhieu|bn|nhieu tien|how much|cost)\b)/;
// (…for the writer alone: "mua thêm bhyt hộ gia đình cho vợ con" is the family's price.)
const NO_ONE_ELSE =
  /^(?!.*\b(?:vo|chong|con|me|bo|ba|ong|cha|ma|anh|chi|wife|husband|sons?|daughters?|kids?|children|mother|father|mum|mom|dad|parents?|family)\b)/;
const BUYS_OWN_WORDS = 20;

/** While employed the employer pays: a card bought as a household too would be paid twice (Law Art. 13 §5). */
export const EMPLOYED_BUYS_OWN: StatedCase = {
  maxWords: BUYS_OWN_WORDS,
  needs: [BUYS_OWN, NO_ONE_ELSE, STILL_EMPLOYED],
  key: "employed_buys_own",
  next: ["card.lookup", "card.job_transition", "contact.hotline"],
  topic: "contribution.employee",
  after: "contribution.employee",
};
