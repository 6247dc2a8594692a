import type { StatedCase } from "../stated-cases.ts";

// "tôi là giáo viên hợp đồng 1 năm…", "I have a 2-month contract": someone working under a labour contract…
const UNDER_CONTRACT = /\b(?:hop dong|hd|hdld|contract)\b/;
// …whose employer does not insure them or tells them to buy a card themselves.
const EMPLOYER_SAYS_BUY_OWN =
  /\b(?:truong|cong ty|cty|co quan|chu|xuong|cua hang|employer|company|school|boss|they)\b(?: \w+){0,3} (?:khong|ko|k|chua|doesn t|does not|won t|will not|isn t|is not) (?:dong|mua|pay|insure|paying)\b|\b(?:bao|bat|yeu cau|kêu|keu|told|tells|asked|asks|says|said)(?: \w+){0,2} (?:tu )?(?:mua|dong|buy|pay for)\b(?: \w+){0,3} (?:ho gia dinh|hgd|household|myself|my own|tu mua)|\b(?:employer|company|boss|school)\b (?:\w+ ){0,2}(?:says|said|told me|tells me|asked me|asks me|wants me)[^.?!]{0,40}\b(?:buy|get|pay for) (?:\w+ ){0,3}(?:household|myself|my own)\b/;
const REFUSES_WORDS = 45;

/** An employer who does not insure a worker under contract, or tells them to buy a household card: not allowed. */
export const EMPLOYER_REFUSES: StatedCase = {
  maxWords: REFUSES_WORDS,
  needs: [UNDER_CONTRACT, EMPLOYER_SAYS_BUY_OWN],
  key: "employer_refuses",
  next: ["contribution.employee", "contact.hotline"],
  topic: "contribution.employee",
};
