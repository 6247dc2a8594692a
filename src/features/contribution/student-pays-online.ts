import type { StatedCase } from "../stated-cases.ts";

// "e tự đóng online qua vssid đc k hay phải qua trường", "can I pay it myself online?" after the students' answer.
const ONLINE_OR_SELF =
  /\b(?:online|truc tuyen|qua (?:vssid|vneid|app|ung dung)|tren (?:vssid|vneid|app|ung dung)|tu (?:dong|nop|mua)|(?:pay|buy) (?:it )?(?:myself|online|on (?:vssid|vneid|the app))|on my own|(?:on|with|using|from|by) (?:my |the |a )?(?:phone|mobile|smartphone)|(?:tren|qua|bang) (?:dien thoai|dt)|chuyen khoan|bank transfer)\b/;
const ONLINE_WORDS = 25;
// (…about paying: "xem thẻ trên VssID ntn" after it asks how to see the card in the app.)
const PAYING = /\b(?:dong|nop|mua|tra tien|thanh toan|chuyen khoan|pay|paying|buy|buying)\b/;

/** A student's card is paid through the school, which lists them for the card: not on one's own in an app. */
export const STUDENT_PAYS_AT_SCHOOL: StatedCase = {
  maxWords: ONLINE_WORDS,
  needs: [ONLINE_OR_SELF, PAYING],
  key: "calc.where.student",
  next: ["contribution.student"],
  topic: "contribution.student",
  after: "contribution.student",
};
