import type { StatedCase } from "./stated-cases.ts";

// "vợ e KHÔNG CÓ THẺ lúc sinh, giờ mới mua thì tiền sinh lúc trước có được bhyt trả ko", "I had no card when I was in
// hospital last month; if I buy one now, will it pay that bill?": care before any card, and a card bought after it.
const NO_CARD_THEN =
  /\b(?:khong co|ko co|k co|chua co|chua mua|chua tham gia)(?: \w+){0,2}? (?:the|bhyt|bao hiem)\b|\b(?:had no|didn t have|did not have|without|no) (?:health )?(?:insurance|card)\b|\bwasn t insured\b|\bwas not insured\b|\b(?:het han|het hieu luc|expired|had lapsed)\b/;
const BOUGHT_AFTER =
  /\b(?:gio (?:moi )?(?:mua|dong|tham gia)|bay gio (?:moi )?(?:mua|dong)|(?:mua|dong|tham gia) (?:bay gio|sau|luc nay)|moi mua|if (?:i|we|she|he) (?:buy|get|pay for) (?:one|it|a card|insurance)? ?now|buy (?:one|it|a card|insurance) now|(?:bought|buy|got) (?:one|it|a card) (?:after|afterwards|later))\b/;
const EARLIER_CARE =
  /\b(?:luc sinh|khi sinh|luc de|luc truoc|truoc do|thang truoc|hom truoc|tien sinh|vien phi|hoa don|lan (?:kham|sinh|nam vien) (?:truoc|do)|when (?:she|i|he) (?:gave birth|was in hospital|had)|last (?:month|week)|that bill|the bill|back then|before|thang \d{1,2}(?! (?:nam|toi|sau|moi))|(?:tu|da) tra|paid (?:it )?myself)\b/;
// ("thẻ hết hạn 30/11, giờ đóng tiếp thì tháng 1 đi sinh có được trả không": a card renewed, not a first one bought.)
const NOT_RENEWED = /^(?![\s\S]*\b(?:dong tiep|tiep tuc dong|gia han|renew\w*)\b)/;
const PAID_ASKED = /\b(?:tra|chi tra|thanh toan|hoan|lay lai|pay|paid|cover\w*|refund\w*|back)\b/;
const EARLIER_WORDS = 50;

/** Care before any card is never paid, whatever is bought afterwards: a card pays only while it is in force. */
export const CARE_BEFORE_ANY_CARD: StatedCase = {
  maxWords: EARLIER_WORDS,
  needs: [NO_CARD_THEN, BOUGHT_AFTER, EARLIER_CARE, PAID_ASKED, NOT_RENEWED],
  key: "care_before_any_card",
  next: ["card.validity", "contribution.household", "benefit.maternity"],
  topic: "card.validity",
};

// "còn 9 triệu tiền sinh lúc vợ chưa có thẻ, có xin bhxh trả lại được không": the money asked back, nothing bought.
const ASKED_BACK =
  /\b(?:xin (?:bhxh |bao hiem )?(?:tra lai|hoan|thanh toan)|(?:duoc|dc) (?:bhxh |bhyt )?(?:tra lai|hoan lai)|lay lai|refund\w*|(?:get|claim) (?:it|that|the money) back)\b/;

/** The same when the money of care before any card is asked back, with no card bought in the message. */
export const CARE_BEFORE_ANY_CARD_BACK: StatedCase = {
  ...CARE_BEFORE_ANY_CARD,
  needs: [NO_CARD_THEN, EARLIER_CARE, ASKED_BACK],
};
