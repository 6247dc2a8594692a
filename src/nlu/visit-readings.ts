import { foldSpaced } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

const REFERRAL = "benefit.referral";
// "khám ở trạm y tế xã khác có được trả đủ không", "bé đi khám ở trung tâm y tế huyện cũ có miễn phí không": what a
// visit at a kind of place is paid without being registered there (not changing the registered place).
const KIND_OF_PLACE =
  /\b(?:tram y te|tyt|trung tam y te|ttyt|benh vien|bv|health station|hospital|health cent(?:er|re)|bach mai|cho ray|viet duc)\b/;
// …read as a group's price for the group named ("hộ cận nghèo nằm viện ở Bạch Mai không giấy chuyển"): a stay or a
// visit without a referral is what is paid, not what is paid in.
const WITHOUT_REFERRAL_OR_STAY =
  /\b(?:(?:khong|ko|k) (?:co |xin |lay |mang )?giay chuyen|tu di|trai tuyen|nam vien|noi tru|without (?:a |any )?referral|admitted|inpatient|in-patient)\b/;
const GOES_THERE =
  /\b(?:kham|nam vien|dieu tri|chua benh|visit\w*|go|goes|went|treated|admitted|see a doctor)\b/;
const NOT_REGISTERED_OR_PAID =
  /\b(?:(?:xa|phuong|huyen|tinh) khac|khong phai noi|ko phai noi|k phai noi|trai tuyen|tu di|(?:khong|ko|k) (?:co )?giay chuyen|mien phi|tra du|tra het|tra bao nhieu|duoc tra|phan tram|huong bao nhieu|not (?:where )?(?:i m |i am |we re |)?registered|another (?:commune|ward|district|province)|without (?:a )?referral|free|paid in full|fully covered|(?:gan|canh) (?:cho|nha|phong) (?:tro|thue|o)|noi tam tru|near (?:my|where i|the place i) (?:live|stay|rent|lodging|room|home))\b/;
const CHANGES_PLACE = /\b(?:doi noi|doi sang|chuyen noi|chuyen sang|dang ky lai|change|switch)\b/;
const PLACE_MISREAD = new Set([
  "card.change_facility",
  "card.lookup",
  "out_of_scope",
  "benefit.other",
  "benefit.direct_reimbursement",
  REFERRAL,
]);

// Getting money back after a visit ("chưa kịp đưa thẻ", "refund"), which is the reimbursement's question.
const MONEY_BACK =
  /\b(?:chua kip|quen|khong mang|ko mang|tra lai|hoan|lay lai|hoa don|refund\w*|money back|reimburs\w*|paid myself|paid ourselves|forgot|out of pocket|claim (?:that |the |it |this )?(?:money|back|it)|get (?:that |the )?money back)\b/;
const folded = foldSpaced;

/** Whether a message asks for money paid back ("hoàn tiền", "refund"); "hoàn toàn" (wholly) is not. */
export function asksMoneyBack(message: string): boolean {
  return MONEY_BACK.test(folded(message).replaceAll(" hoan toan ", " "));
}

// Whether a message asks what a visit at a kind of place (a health station, a former district hospital) is paid.
function asksPaidAtPlace(text: string): boolean {
  const f = folded(text);
  return (
    KIND_OF_PLACE.test(f) && GOES_THERE.test(f) && NOT_REGISTERED_OR_PAID.test(f) && !CHANGES_PLACE.test(f)
  );
}

// "the hospital made me pay cash, can I get the money back?": money paid for care, which the fund may pay back.
const PAID_FOR_CARE =
  /\b(?:hospital|clinic|emergency|bill|benh vien|bv|phong kham|vien phi|cap cuu|kham|nam vien|tien thuoc)\b/;
const REIMBURSEMENT = "benefit.direct_reimbursement";
const REFUND_MISREAD = new Set(["enroll.documents", "contribution.refund", "out_of_scope", "benefit.other"]);

// "chỉ có CMND cũ, không có căn cước gắn chip thì đi khám sao": being seen without a chip ID card, not joining.
const NO_CHIP_ID =
  /\b(?:(?:khong|ko|k|chua|chang) (?:co|lam|doi|co the) (?:cccd|can cuoc|the can cuoc)(?: gan)? chip|(?:khong|ko|k|chua) (?:co )?(?:cccd|can cuoc) (?:gan chip|chip)|chi co (?:cmnd|chung minh)|(?:no|without|don t have|do not have|haven t got) (?:a |an )?(?:chip(?:ped|-based| based)? (?:id|citizen id|identity) card|chip id)|only (?:have |has )?(?:an |my |the )?old (?:id card|identity card|cmnd)|(?:chua|khong|ko) (?:co )?gan chip|loai cu chua (?:co )?chip)\b/;
const JOINING = /\b(?:dang ky|tham gia|mua|dong tien|to khai|join|enrol\w*|register|buy)\b/;
const SEEN_WITHOUT_CHIP = "vssid.show_card";

// "từ 2030 được miễn viện phí phải không", "will hospital fees be free from 2030?": the roadmap of NQ 261/2025.
const FREE_FEES =
  /\b(?:mien (?:phi )?vien phi|vien phi (?:mien phi|co ban|duoc mien)|mien phi (?:kham chua benh|vien phi|di vien)|free (?:hospital|health ?care|treatment)|hospital (?:fees|bills|care) (?:will be |be |are |become )?free|fees (?:will be )?free)\b/;
const ROADMAP_YEAR = /\b(?:2030|lo trinh|sap toi|tuong lai|roadmap|in future|in the future|will be)\b/;

/** Whether a message asks about hospital fees becoming free by the roadmap (NQ 261/2025). */
export function asksFreeFeesRoadmap(message: string): boolean {
  const f = folded(message);
  return FREE_FEES.test(f) && ROADMAP_YEAR.test(f);
}

// "bắt photo căn cước", "made me photocopy my ID": a facility asking for copies of papers.
const PHOTOCOPY =
  /\b(?:photo|pho to|photocopy|sao y|ban sao|copies|copy of|photocopies)\b(?:\s+\w+){0,6}?\s+(?:cccd|can cuoc|cmnd|the|giay to|id|card|insurance|papers?|documents?)\b/;

/** Whether a message says a clinic asked for photocopies of the card or ID (which it may not). */
export function asksAboutPhotocopies(message: string): boolean {
  const f = folded(message);
  return PHOTOCOPY.test(f) && !JOINING.test(f);
}

/** Whether a message asks how to be seen at a clinic without a chip ID card (only the old one). */
export function withoutChipId(message: string): boolean {
  const f = folded(message);
  return NO_CHIP_ID.test(f) && !JOINING.test(f);
}

// "giấy chuyển viện", "phiếu chuyển tuyến", "referral slip": the slip itself, not going without one.
const SLIP =
  /\b(?:giay|phieu) (?:chuyen|gioi thieu chuyen)\b|\b(?:referral|transfer) (?:slip|letter|paper|form|note)s?\b/;
const WITHOUT_SLIP = /\b(?:khong|ko|k|chua|without|no) (?:co )?(?:giay|phieu|referral|transfer)\b/;
// "có giá trị bao lâu", "còn dùng được không", "is it still valid", "can I use it on 8/12".
const ASKS_VALIDITY =
  /\b(?:bao lau|gia tri|thoi han|het han|qua han|con han|con dung|dung duoc|dung dc|con duoc|may ngay|valid|validity|expire[sd]?|how long|still (?:use|good|ok|work)|use it)\b/;

/** Whether a message asks how long a transfer (referral) slip it has can be used. */
export function asksSlipValidity(message: string): boolean {
  const f = folded(message);
  return SLIP.test(f) && !WITHOUT_SLIP.test(f) && ASKS_VALIDITY.test(f);
}

// "đường dây nóng bảo hiểm y tế", "số tổng đài bhxh": a phone number asked, whatever else the words lean to
// ("nóng" folds to "nông", farming).
const PHONE_ASKED = /\b(?:duong day nong|hotline|tong dai|so dien thoai|sdt|phone number|number to call)\b/;
// "vợ em dự sinh…, đi đẻ có được bhyt trả không": giving birth, read as another benefit.
const BIRTH =
  /\b(?:di de|du sinh|sinh con|sinh em be|sinh mo|de thuong|de mo|give birth|giving birth|childbirth|pregnan\w*)\b/;
const BIRTH_MISREAD = new Set(["benefit.direct_reimbursement", "benefit.levels", "benefit.exclusions"]);
const FEW_WORDS = 10;

/**
 * Giving birth ("vợ em dự sinh…, đi đẻ có được trả không") or money paid for care to be claimed back ("paid 12
 * million out of pocket… can he claim it?"), read as another topic, however long the story.
 */
export function storyReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (BIRTH_MISREAD.has(top.intent) && BIRTH.test(folded(message)))
    return { ...top, intent: "benefit.maternity" };
  // (Read as outside health insurance, only a short message is: a long one may be about another insurance.)
  if (top.intent !== "out_of_scope") return refundReading(message, top);
  return undefined;
}

const refundReading = (message: string, top: ScoredIntent): ScoredIntent | undefined =>
  REFUND_MISREAD.has(top.intent) && asksMoneyBack(message) && PAID_FOR_CARE.test(folded(message))
    ? { ...top, intent: REIMBURSEMENT }
    : undefined;

// "đăng ký khám ban đầu ở trạm y tế phường được ko": where to register, not what a visit there pays.
const REGISTERS_PRIMARY_CARE =
  /\b(?:dang ky|doi|chuyen) (?:noi )?(?:kham chua benh |kcb |kham )?ban dau\b(?: \w+){0,9}? (?:duoc|dc)\b|\bregister(?:ed)? (?:for |my |our )?primary care\b/;

/** A visit at a kind of place, read as changing the registered place, a card lookup or a group's price: what it is paid. */
export function visitReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (
    PHONE_ASKED.test(folded(message)) &&
    top.intent.startsWith("contribution.") &&
    message.trim().split(/\s+/).length <= FEW_WORDS
  )
    return { ...top, intent: "contact.hotline" };
  if (BIRTH_MISREAD.has(top.intent) && BIRTH.test(folded(message)))
    return { ...top, intent: "benefit.maternity" };
  const refund = refundReading(message, top);
  if (refund) return refund;
  if ((withoutChipId(message) || asksAboutPhotocopies(message)) && !top.intent.startsWith("benefit."))
    return { ...top, intent: SEEN_WITHOUT_CHIP };
  const paidThere =
    asksPaidAtPlace(message) && !asksMoneyBack(message) && !REGISTERS_PRIMARY_CARE.test(folded(message));
  const groupsPrice =
    top.intent.startsWith("contribution.") && WITHOUT_REFERRAL_OR_STAY.test(folded(message));
  return (PLACE_MISREAD.has(top.intent) || groupsPrice) && paidThere
    ? { ...top, intent: REFERRAL }
    : undefined;
}
