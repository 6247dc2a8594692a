import { foldWords } from "../core/fold.ts";
import { AT_ONCE_ASKED } from "./card-start.ts";
import type { ScoredIntent } from "./classifier.ts";
import { asksHowMuch } from "./how-much.ts";
import { asksNearPoorRenewal } from "./renewal-asked.ts";

const folded = (message: string) => ` ${foldWords(message)} `;
/** "liên tục", "in a row": years without a break. */
export const IN_A_ROW =
  /\b(?:lien tuc|khong dut quang|khong gian doan|ko dut quang|in a row|continuous\w*|without a break|every year since)\b/;
const CO_PAID = /\b(?:cung chi tra|dong chi tra|co ?-?pay\w*)\b/;
/** "17 triệu", "15,000,000": an amount of money. */
export const AMOUNT = /\b\d+(?:[.,]\d+)?\s?(?:million|m|trieu|tr|cu)\b|\b\d{1,3}(?:[.,]\d{3}){2,}\b/;
const BUSINESS_OWNER =
  /\b(?:chu ho kinh doanh|(?:registered|run|own|have) (?:as |a )?(?:small )?(?:business household|household business))\b|\b(?:a|my|our) business household\b/;
const VOLUNTARY_HEALTH = /\b(?:bhyt|bao hiem y te|bh y te) (?:tu nguyen|tn)\b/;
const REGISTERS_PRIMARY =
  /\b(?:dang ky|chon) (?:noi )?(?:kham chua benh |kcb |kham )?ban dau (?:o|tai|gan) (?:\w+ ){0,6}?(?:duoc khong|duoc ko|dc ko|dc khong|duoc k|dc k|nhu the nao|the nao)\b|\bregister\w* (?:\w+ ){0,2}?(?:first|primary)(?: care)? (?:clinic|facility|hospital|place)\b/;
// "thẻ giấy cũ còn dùng được không", "có phải đổi sang thẻ điện tử không", "is my old paper card still valid".
const PAPER_CARD =
  /\b(?:the giay|the bhyt giay|the cung|in giay|in (?:the|ra) giay|paper (?:\w+ ){0,3}cards?|printed cards?|plastic cards?|print (?:it|the card|a card|my card) (?:out)?)\b/;
const STILL_OR_SWITCH =
  /\b(?:con dung|con gia tri|con hieu luc|con duoc|dung duoc|doi sang|chuyen sang|doi qua|phai doi|bo di|co can|hay chi|still (?:valid|good|work|use)|switch|change (?:it )?to|swap|replace (?:it )?with|need a new|need to print|or (?:just|only))\b/;
// A card lost or damaged is the reissue answer's case, not this one.
const LOST = /\b(?:mat|hong|rach|lost|damaged|torn)\b/;

/** "thẻ bhyt giấy cũ có còn dùng được không hay phải đổi sang thẻ điện tử": whether a paper card still holds. */
export function asksOldPaperCard(message: string): boolean {
  const text = folded(message);
  return PAPER_CARD.test(text) && STILL_OR_SWITCH.test(text) && !LOST.test(text);
}
const PAPER_CARD_TOPICS = new Set([
  "card.lost_reissue",
  "vssid.show_card",
  "card.validity",
  "out_of_scope",
  "enroll.documents",
]);
const PAID_AHEAD = /\b(?:da dong|dong truoc|dong roi|prepaid|paid (?:ahead|in advance|for)|already paid)\b/;
const BASE_ROSE =
  /\b(?:luong co so|base salary)\b(?:\s\w+){0,3}?\s(?:tang|len|went up|rose|increased|goes up|has gone up)\b|\b(?:tang|increase in) (?:luong co so|the base salary)\b/;
const PAY_MORE =
  /\b(?:dong them|dong bu|nop them|chenh lech|pay (?:extra|more|the difference)|owe|top(?:[- ]up)?)\b/;
const BASE_SALARY = /\b(?:luong co so|muc luong co so|base salary|reference (?:salary|level))\b/;
const WHICH_RULE =
  /\b(?:van ban nao|nghi dinh nao|quy dinh o dau|ky ngay|tu ngay nao|tu khi nao|ap dung tu|which decree|what decree|since when|from when|signed)\b/;
const PRIMARY_CHOSEN = new Set(["benefit.referral", "card.change_facility", "enroll.temporary_residence"]);

/**
 * Readings that hold however long the story: years in a row with this year's co-payments ("lien tuc 8 nam, nam nay tu
 * tra 17 trieu dong chi tra") are the five-year rule, not a bill; a business household's owner ("I run a shop
 * registered as a business household…") pays as an employer would, not as a household.
 */
export function storyTopicReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const text = folded(message);
  // (…read as a household's price too, for its "how much do I pay": co-payments are a benefit's words.)
  const benefitOrPrice = top.intent.startsWith("benefit.") || top.intent === "contribution.household";
  if (benefitOrPrice && IN_A_ROW.test(text) && CO_PAID.test(text) && AMOUNT.test(text))
    return { ...top, intent: "benefit.five_year_continuous" };
  if (top.intent.startsWith("contribution.") && BUSINESS_OWNER.test(text))
    return { ...top, intent: "contribution.employee" };
  return undefined;
}

/**
 * Readings of a short question: renewing a near-poor card ("thẻ cận nghèo có phải tự đi gia hạn không"), the old name
 * of self-paid insurance with its price asked ("bhyt tự nguyện 1 năm bn", read as its social-insurance twin), choosing
 * where the card is registered ("đăng ký khám ban đầu ở bệnh viện gần nhà trọ được không").
 */
export function shortTopicReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const text = folded(message);
  if (top.intent.startsWith("contribution.") && asksNearPoorRenewal(message))
    return { ...top, intent: "enroll.renew" };
  if (top.intent === "out_of_scope" && VOLUNTARY_HEALTH.test(text) && asksHowMuch(message))
    return { ...top, intent: "contribution.household" };
  // (The paper card's answer sits with the lost card's and the digital card's.)
  if (asksOldPaperCard(message) && (PAPER_CARD_TOPICS.has(top.intent) || top.intent.startsWith("vssid.")))
    return { ...top, intent: top.intent === "card.lost_reissue" ? top.intent : "vssid.show_card" };
  // "đã đóng 12 tháng từ tháng 1, lương cơ sở tăng thì có phải đóng thêm không": the sum paid ahead, whose note says
  // what a top-up would come to (whether one is owed is not settled).
  if (PAID_AHEAD.test(text) && BASE_ROSE.test(text) && PAY_MORE.test(text))
    return { ...top, intent: "contribution.household" };
  // "lương cơ sở mới áp dụng từ ngày nào, văn bản nào quy định": the base salary, its decree and date.
  if (BASE_SALARY.test(text) && WHICH_RULE.test(text) && !top.intent.startsWith("contribution."))
    return { ...top, intent: "contribution.overview.rate_base" };
  if (PRIMARY_CHOSEN.has(top.intent) && REGISTERS_PRIMARY.test(text))
    return { ...top, intent: "card.change_facility" };
  if (CALL_TOPICS.has(top.intent) && asksNumberToCall(message)) return { ...top, intent: "contact.hotline" };
  // "when my company signs a contract, do I still need it?": an employee's card, which the employer pays.
  if (CONTRACT_TOPICS.test(top.intent) && CONTRACT_SIGNED.test(text) && STILL_NEEDED.test(text))
    return { ...top, intent: "contribution.employee" };
  // "năm sau nhà em thoát nghèo chuyển lên cận nghèo thì sao": the near-poor household's support.
  if (BECOMES_NEAR_POOR.test(text) && top.intent !== "contribution.near_poor")
    return { ...top, intent: "contribution.near_poor" };
  // "would it work straight away? I've never had Vietnamese insurance": when a first card works.
  if ((WORKS_AT_ONCE.test(text) || CARD_AT_ONCE.test(text)) && top.intent !== "card.validity")
    return { ...top, intent: "card.validity" };
  // "đi khám chỉ cần mang căn cước gắn chip được không": the ID card shown at a visit, not the papers to join.
  // (…also when already read so, unsure: the ID card named at a visit makes it sure.)
  if (CHIP_ID.test(text) && AT_VISIT.test(text)) return { ...top, intent: "vssid.show_card" };
  // "khám ngoài giờ có được bhyt trả không", "after-hours clinic": on-demand care, which the other benefits answer.
  if (ON_DEMAND.test(text) && top.intent !== "benefit.other") return { ...top, intent: "benefit.other" };
  return undefined;
}

const WORKS_AT_ONCE =
  /\b(?:would|will|does|can) (?:it|the card|my card|the insurance|i use it) (?:work|be valid|be used|start)(?: \w+)? (?:straight away|right away|immediately|at once|from day one)\b|\b(?:never had|first time (?:buying|joining|having)) (?:vietnamese )?(?:health )?insurance\b/;
// "thẻ có liền ko": the card asked to work at once.
const CARD_AT_ONCE = new RegExp(`\\b(?:the|bhyt)(?: \\w+){0,3}? ${AT_ONCE_ASKED.source.slice(2)}`);
const CHIP_ID = /\b(?:can cuoc|cccd|cmnd|chip id|id card|citizen id)\b/;
const AT_VISIT =
  /\b(?:di kham|khi kham|kham o|kham tai|kham benh|kham chua benh|nhap vien|at the hospital|at the clinic|see a doctor|when i visit)\b.*\b(?:mang|dung|dua|xuat trinh|thay|chi can|duoc khong|duoc ko|duoc k|duoc a|dc ko|bring|show|use|instead)\b|\b(?:mang|dung|chi can)\b.*\b(?:can cuoc|cccd)\b.*\b(?:di kham|kham benh)\b/;
const ON_DEMAND =
  /\b(?:kham (?:ngoai gio|dich vu|theo yeu cau|buoi toi|toi|vip)|ngoai gio hanh chinh|phong (?:kham )?dich vu|after[- ]hours?|out of hours|on[- ]demand (?:clinic|service|care)|evening clinic|vip (?:clinic|service|room))\b/;

// "có số điện thoại nào hỏi trực tiếp không", "is there a number I can call": the hotline (not changing a number).
const NUMBER_TO_CALL =
  /\b(?:(?:so dien thoai|sdt|so dt|so) (?:nao|gi|de (?:hoi|goi|lien he))|hotline|tong dai|(?:phone )?number (?:i|we) can call|number to call|(?:a|any) phone number|call (?:someone|a person|somebody))\b/;
const NUMBER_CHANGED = /\b(?:doi|thay doi|thay|sai|quen|mat|change|changed|new|old|wrong|lost|forgot)\b/;
const CALL_TOPICS = new Set(["contact.hotline", "handoff.human", "out_of_scope"]);

/** Whether a message asks for a number to call (the hotline), not about a phone number of the user's. */
export const asksNumberToCall = (message: string): boolean =>
  NUMBER_TO_CALL.test(folded(message)) && !NUMBER_CHANGED.test(folded(message));

const CONTRACT_TOPICS = /^(?:contribution\.|card\.job_transition|enroll\.)/;
const CONTRACT_SIGNED =
  /\b(?:signs?|signed|gives? me|get|gets|got) (?:a |the |my )?(?:labou?r |work |employment )?contract\b|\b(?:ky|co|lam) hop dong(?: lao dong)?\b/;
const STILL_NEEDED =
  /\b(?:still need|do i (?:still )?(?:need|have to)|need (?:it|one|this) (?:still|anymore|any more)|con can|co can|con phai|van phai|phai mua nua|co phai mua)\b/;

const BECOMES_NEAR_POOR =
  /\b(?:(?:chuyen|len|xuong|thanh|sang|vao) (?:dien |ho )?can ngheo|thoat ngheo (?:\w+ ){0,3}can ngheo|(?:become|moved? (?:up )?to|classed as|now) (?:a )?near[- ]poor)\b/;
