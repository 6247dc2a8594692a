import type { StatedCase } from "./stated-cases.ts";

// "it says my card information is not integrated", "vneid báo thông tin thẻ bhyt chưa được tích hợp": the card's
// record not yet matched to the ID.
const NOT_INTEGRATED =
  /\b(?:not (?:yet )?(?:been )?(?:integrated|linked|synced|synchronized)|(?:chua|khong|ko) (?:duoc )?(?:tich hop|lien ket|dong bo))\b/;
const CARD_OR_APP = /\b(?:card|insurance|vneid|vssid|the|bhyt|thong tin|information|it says|bao)\b/;
const WORDS = 35;

/** A card "not integrated" in VNeID: the BHXH record and the ID data must match; BHXH cơ sở or the hotline syncs it. */
export const CARD_NOT_INTEGRATED: StatedCase = {
  maxWords: WORDS,
  needs: [NOT_INTEGRATED, CARD_OR_APP],
  key: "card_not_integrated",
  next: ["vssid.show_card", "contact.hotline"],
  topic: "vssid.show_card",
};
