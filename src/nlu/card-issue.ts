import { foldWords } from "../core/fold.ts";

// "đóng tiền xong bao lâu thì có thẻ", "how many days until I get the card": when the card is issued.
const ISSUE_TIME =
  /\b(?:bao lau|may ngay|bao nhieu ngay|khi nao|bao gio)\b(?:\s\w+){0,3}?\s(?:co the|nhan (?:duoc )?the|duoc cap the|cap the|ra the|lay the|co the bhyt|the hien|hien (?:the|tren|trong)|co tren (?:vssid|vneid))\b|\bhow (?:long|many days|soon)\b(?:\s\w+){0,6}?\s(?:get|receive|issue|issued)\b(?:\s\w+){0,6}?\s(?:card|it)\b|\bwhen (?:will|do|can) (?:i|we|he|she|they) (?:get|receive) (?:the|my|our|his|her|their) (?:new )?card\b|\bwhen (?:will|is|does) (?:the|my|our|his|her|their) (?:new )?cards? (?:be )?(?:issued|ready|made|come|arrive)\b|\b(?:how long|how many days|when)\b(?:\s\w+){0,4}?\s(?:card|it) (?:shows? up|appears?|(?:is|will be) (?:in|on) (?:the )?(?:vssid|vneid|app))\b/;

// "đóng ở bưu điện 2 tuần rồi mà VssID chưa thấy thẻ", "I paid but the app shows no card" (or "still says expired"):
// paid, no card yet.
const PAID_FOR = /\b(?:dong|nop|gia han|mua|paid|renewed|bought|topped up)\b/;
const NO_CARD_SHOWN =
  /\b(?:chua thay|khong thay|ko thay|k thay|chua co|van chua co|chua hien|khong hien|ko hien)(?: \w+){0,2} (?:the|bhyt)\b|\b(?:shows? no|doesn t show|does not show|don t show|do not show|not showing|isn t showing|aren t showing|haven t shown|don t appear|doesn t appear|not appearing|can t see|cannot see|can t (?:i|we) (?:see|find)|can (?:i|we) not see|can t find|cannot find|still no|there s no|there is no)(?: \w+){0,3} (?:card|insurance)\b|\b(?:cards?|insurance) (?:still )?(?:don t|doesn t|do not|does not|aren t|isn t|haven t|hasn t) (?:show|appear|shown|showing|appeared)|\b(?:get|make) (?:my |the )?(?:health insurance |insurance )?card (?:to )?(?:show up|appear)\b|\b(?:can t|cannot) find it\b|\b(?:says?|shows?|showing|bao|hien|ghi)(?: \w+){0,3} (?:het han|expired)\b/;

// "sao mình xem trên vneid không thấy thẻ": the app shows no card, with no payment said.
const IN_APP = /\b(?:vssid|vneid|ung dung|app|dien thoai|phone)\b/;

/** Whether a message says the app shows no card without saying it was just paid for. */
export function cardNotShownInApp(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return NO_CARD_SHOWN.test(folded) && IN_APP.test(folded) && !PAID_FOR.test(folded);
}

/** Whether a message asks how long it takes to get a card after joining, or why a card paid for is not there yet. */
export function asksIssueTime(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return ISSUE_TIME.test(folded) || (PAID_FOR.test(folded) && NO_CARD_SHOWN.test(folded));
}
