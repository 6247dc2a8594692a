import type { StatedCase } from "./stated-cases.ts";

// "làm thẻ bhyt cho bé mới sinh trên vneid thì vào mục nào", "how do I get my newborn's card on VNeID?".
// ("bé sinh ra thì làm thẻ ở đâu": a baby about to be born, or just born.)
const NEWBORN =
  /\b(?:be moi sinh|moi sinh|so sinh|tre so sinh|be sinh ra|sinh ra|sinh xong|newborn|new born|baby|babies|infant)\b/;
const ONLINE = /\b(?:vneid|dich vu cong|dichvucong|online|tren mang|qua mang|tren app|tren dien thoai)\b/;
const CARD = /\b(?:the|bhyt|bao hiem|card|health insurance|khai sinh|birth)\b/;
const NEWBORN_WORDS = 40;

/** A newborn's card through the linked birth registration in VNeID or on the portal (ND 63/2024): how to do it. */
export const NEWBORN_CARD_ONLINE: StatedCase = {
  maxWords: NEWBORN_WORDS,
  needs: [NEWBORN, ONLINE, CARD],
  key: "child_card.online",
  next: ["contribution.child_under6", "vssid.show_card"],
  topic: "contribution.child_under6",
};
