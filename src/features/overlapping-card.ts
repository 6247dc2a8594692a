import type { StatedCase } from "./stated-cases.ts";

// "thẻ cũ ở quê còn hạn tới 31/12", "my household card runs until March": a card still running…
const OLD_STILL_VALID =
  /\b(?:the (?:bhyt )?(?:cu|o que|ho gia dinh|hgd|hien tai|dang co)|old card|current card|household card)\b[^.?!]{0,40}\b(?:con han|con hieu luc|con gia tri|con dung|valid|runs|until|den|toi)\b|\bcon han (?:den|toi)\b|\b(?:household|family) (?:health )?(?:insurance|card)\b[^.?!]{0,30}\b(?:until|till|to)\b|\b(?:bhyt )?(?:ho gia dinh|hgd)\b[^.?!]{0,20}\b(?:den|toi) (?:thang|het)\b/;
// …and another bought beside it, at school or at work…
const ANOTHER_BOUGHT =
  /\b(?:mua|dong)(?: bhyt| the| bao hiem)?(?: sv| hs| sinh vien| hoc sinh)? (?:o|tai|qua) (?:truong|cong ty|cty)\b|\b(?:buy|pay for|get)(?: \w+){0,3} (?:at|through) (?:the )?(?:school|university|college|work|company)\b|\b(?:uni|university|school|college|truong(?: dh| dai hoc)?)\b(?: \w+){0,2} (?:is asking|asks|wants|requires|bat|yeu cau|thu)\b/;
// …with paying twice asked about.
const TWICE_ASKED =
  /\b(?:trung|bi trung|dong trung|mua trung|2 the|hai the|dong nua|overlap\w*|double|twice|both cards|pay both|pay for both|pay for the same)\b/;
const OVERLAP_WORDS = 50;

/** A card bought at school or work while another still runs: one card at a time, the new one after the old. */
export const OVERLAPPING_CARD: StatedCase = {
  maxWords: OVERLAP_WORDS,
  needs: [OLD_STILL_VALID, ANOTHER_BOUGHT, TWICE_ASKED],
  key: "overlapping_card",
  next: ["contribution.student", "contribution.refund"],
  topic: "contribution.refund",
};
