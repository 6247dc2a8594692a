import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";
import { foldForSlots } from "./slots/extract-slots.ts";

/** "vừa đóng sáng nay", "đóng hôm nay 5/12", "paid this morning": the day the money was paid. */
export const PAID_ON =
  /\b(?:(?:dong|nop|mua|tra tien)\w*(?: \w+){0,4} (?:hom nay|sang nay|chieu nay|toi qua|hom qua|ngay mai|ngay \d{1,2}|(?:trong )?tuan nay)|(?:hom nay|sang nay|chieu nay|hom qua|bay gio|gio|(?<!\w )nay) (?:\w+ ){0,2}(?:dong|nop|mua)|vua (?:dong|nop|mua)|moi (?:dong|nop|mua)|paid(?: \w+){0,6} (?:today|this morning|yesterday|on \d{1,2})|(?:pay|pays|paying|buy|buys|buying)(?: \w+){0,4} (?:today|this morning|now|this week|tomorrow|(?:this|on|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:dong|nop|mua)(?: \w+){0,3} (?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)(?: (?:nay|toi))?|(?:dong|nop|mua)(?: \w+){0,3} (?:ngay )?bay gio|(?:pay|paying|buy|buying|paid)(?: \w+){0,5} on (?:the )?\d{1,2}|just paid|(?:after|once) (?:i )?(?:pay|paying|paid|buy|buying))\b/;
// "thẻ dùng được từ ngày nào", "bao giờ có hiệu lực", "when can I use it": the day the card starts.
/** "thẻ có liền ko", "xài được ngay không": whether a card works at once, asked. */
export const AT_ONCE_ASKED =
  /\b(?:co|xai|dung|su dung|co gia tri)(?: duoc| dc)? (?:lien|ngay) (?:khong|ko|k|chua)\b/;
const ASKS_START = new RegExp(
  `\\b(?:bao gio|bao h|khi nao|ngay nao|tu ngay|luc nao|when|which (?:exact )?day|what (?:exact |specific )?date|which (?:exact )?dates?|what dates|from which day|from what day|how soon|how long|(?:what|which) is the (?:exact )?(?:first )?day)\\b(?: \\w+){0,6} (?:dung|xai|co hieu luc|co gia tri|di kham|kham|use|valid|work|start)|\\b(?:works?|valid|usable|starts?|takes? effect|active)(?: \\w+){0,2} (?:from|on|starting) (?:which|what) (?:exact )?(?:date|day)\\b|\\b(?:dung|xai|kham|use|co gia tri|co hieu luc)\\w*(?: \\w+){0,3} (?:duoc )?(?:tu )?(?:bao gio|khi nao|ngay nao|luc nao)\\b|\\bbao lau (?:thi |moi )?(?:duoc |dc )?(?:dung|xai|di kham)\\b|\\b(?:co )?kip (?:dung|xai|de dung)\\b|\\bin time for\\b|\\b(?:den|toi) (?:luc|ngay|khi) (?:sinh|de|mo|nhap vien|nam vien)(?: \\w+){0,6}? (?:co )?(?:dung|xai|duoc (?:bhyt )?(?:tra|huong|chi tra))|\\b(?:will|would) (?:it|the card|my card) cover (?:the |my )?(?:birth|delivery)\\b|\\b(?:will|would) (?:it|the card|my card) (?:be )?(?:active|valid|usable|working|work)\\b|${AT_ONCE_ASKED.source}`,
);
// "tuần sau bố nằm viện thì có được trả không", "if he's in hospital next week": care soon after paying, which the
// card's start decides.
const CARE_SOON =
  /\b(?:ngay mai|tuan sau|tuan toi|thang sau|vai ngay (?:nua|toi)|next week|tomorrow|next month|in a few days)\b(?: \w+){0,6} (?:nam vien|nhap vien|di kham|kham benh|mo|phau thuat|sinh|de|hospital\w*|see a doctor|surgery|give birth|admitted)\b|\b(?:nam vien|nhap vien|hospital\w*|admitted|surgery|give birth|birth|delivery|sinh|de)(?: \w+){0,4} (?:next week|tomorrow|next month|tuan sau|ngay mai|thang sau)\b/;

/** Whether folded text says when a card was (or is) paid and asks from when it works. */
export function asksStartAfterPayment(folded: string): boolean {
  return PAID_ON.test(folded) && (ASKS_START.test(folded) || CARE_SOON.test(folded));
}

const VALIDITY = "card.validity";

/** The card's validity, sure, for "paid today, from when can I use it" however the words around it lean. */
export function cardStartReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = foldForSlots(message);
  // "when will the card work?" read as showing the card or joining: from when the card works.
  const startAsked = ASKS_START.test(folded) && NAMES_THE_CARD.test(folded) && START_MISREAD.has(top.intent);
  if (!asksStartAfterPayment(folded) && !startAsked) return undefined;
  return { ...top, intent: VALIDITY };
}
const NAMES_THE_CARD = /\b(?:the|card|bhyt)\b/;
const START_MISREAD = new Set(["vssid.show_card", "vssid.install_register", "enroll.where", "enroll.steps"]);

/** A pupil or a student named: "thẻ học sinh lớp 12", "sinh viên năm cuối", "final-year student", "grade 1 pupil". */
export const PUPIL_OR_STUDENT =
  /\b(?:hoc sinh|hs|sinh vien|sv|lop (?:1|12|mot|muoi hai)|nam cuoi|nam nhat|pupils?|students?|grade (?:1|12)|final[- ]year|first[- ]year|freshman|senior year|at university|at college|dai hoc|cao dang)\b/;
/** "nối tiếp", "gián đoạn", "follows on": whether a new card follows the old one without a gap. */
export const FOLLOWS_ON =
  /\b(?:noi tiep|lien tuc|gian doan|dut quang|bi ngat|bi ho|follow(?:s)? on|continuous|carry on|gap between|without a gap|no gap)\b/;

const STUDENT = "contribution.student";
/** Five years in a row, or a young child's card handing over to grade 1: other continuities than a student's. */
export const OTHER_CONTINUITY =
  /\b(?:5 nam|nam nam|five years|lop 1|lop mot|grade 1|first grade|6 tuoi|duoi 6|mau giao|under 6)\b/;
const NAMES_CARD = /\b(?:the|bhyt|card|insurance)\b/;

/** The student's topic for "does next year's student card follow on from this one?", however it is worded. */
export function studentCardFollowsReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  if (!(PUPIL_OR_STUDENT.test(folded) && FOLLOWS_ON.test(folded) && NAMES_CARD.test(folded)))
    return undefined;
  if (OTHER_CONTINUITY.test(folded)) return undefined;
  return { ...top, intent: STUDENT };
}
