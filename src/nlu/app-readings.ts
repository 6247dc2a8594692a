import { foldSpaced } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

// "I don't have a VssID account yet, how do I sign up?": the app named, its account asked: the app's sign-up.
const NAMES_APP = /\b(?:vssid|vss id)\b/;
const ACCOUNT = /\b(?:sign up|signup|register|account|tai khoan|dang ky|cai dat|cai app|install)\b/;
const APP_SIGN_UP = "vssid.install_register";
// "đăng nhập bằng vneid cần điều kiện gì": logging in to the app, read as outside for the words around it.
const NAMES_EITHER_APP = /\b(?:vssid|vss id|vneid)\b/;
const LOGS_IN = /\b(?:dang nhap|login|log in|sign in|mat khau|password)\b/;
const APP_LOGIN = "vssid.login_password";
const LOST_PASSWORD =
  /\b(?:quen (?:mat khau|mk|pass)|forgot (?:the |my )?(?:password|pass)|(?:otp|ma otp|ma xac nhan)(?: \w+){0,3} (?:expired|het han|het hieu luc|qua han)|(?:expired|het han) (?:the |ma )?otp)\b/;
const SHOW_CARD = "vssid.show_card";
const USED_AT_VISIT =
  /\b(?:dung|xai|dua)(?: \w+){0,3} (?:di kham|kham benh|kham|o benh vien|thay the)|\b(?:thay the|thay cho) (?:the )?(?:giay|cung)|\buse (?:it|the app|that|vssid|vneid)(?: \w+){0,3} (?:at|to see|instead|for (?:a |the )?(?:visit|doctor|hospital))|\binstead of (?:the |a |my )?(?:paper )?card\b/;
// "vào vssid rồi thì bấm mục nào để hiện thẻ", "where in the app do I find my card": the card's place in the app.
const CARD_IN_APP =
  /\b(?:bam|chon|vao|mo|an|nhan|cham) (?:muc|phan|o|nut|tab|cho)? ?(?:nao|gi|dau) (?:de |thi )?(?:hien|xem|mo|lay|thay|ra) (?:the|ma the|ma so)|\b(?:the|ma the)(?: bhyt)? (?:hien|nam|o) (?:o )?(?:muc|phan|cho) (?:nao|dau)|\b(?:where|how) (?:do|can|will) i (?:find|see|open|show|get to) (?:the |my )?(?:health insurance |insurance |bhyt )?card\b|\bwhich (?:button|menu|tab|section|icon)\b/;
// "đăng ký vssid rồi mà chưa nhận được mật khẩu", "có phải ra bhxh để lấy mk không": a new account's first password.
const REGISTERED = /\b(?:dang ky|dk|dky|registered|signed up|sign up)\b/;
const NO_PASSWORD =
  /\b(?:chua|khong|ko|k|chang) (?:nhan (?:duoc )?|co |thay |duoc cap )?(?:mat khau|mk|pass|password)\b|\b(?:never|not|haven t|didn t|did not|have not) (?:yet )?(?:got|get|received?|been sent|had) (?:a |my |the |any )?(?:password|pass)\b/;
const FETCH_AT_OFFICE =
  /\b(?:ra|len|den|toi) (?:co quan )?(?:bhxh|bao hiem xa hoi)\b(?:\s\w+){0,3}?\s(?:lay|nhan) (?:mat khau|mk|pass)\b|\b(?:go|come) to (?:the |a )?(?:social insurance|bhxh)(?: office)? (?:to|for) (?:get |collect )?(?:the |my |a )?password\b/;
// "vào VNeID gia hạn thẻ là xong đúng không": renewing in VNeID, which sends a request and takes no payment.
const RENEWS_OR_PAYS = /\b(?:gia han|dong tien|thanh toan|renew\w*|pay|paying)\b/;
const READ_FOR_VNEID = new Set([
  "vssid.show_card",
  "vssid.install_register",
  "vssid.login_password",
  "enroll.renew",
]);
const ONLINE_TOPIC = "enroll.online_payment";
// "the app says my ID number is wrong", "báo sai số định danh", "tên không khớp": details that do not match, fixed by
// correcting them.
const DETAILS_REJECTED =
  /\b(?:id number|id card number|personal id|name|date of birth|birthday|cccd|can cuoc|so dinh danh|ma so bhxh|ho ten|ten|ngay sinh)\b(?:\s\w+){0,3}?\s(?:is |are )?(?:wrong|incorrect|invalid|does not match|doesn t match|not matching|sai|khong dung|khong khop|khong hop le|bi sai)\b/;
const FIX_DETAILS = "card.change_info";
const VNEID_LEVEL =
  /\b(?:vneid|dinh danh|dinh danh dien tu)\b(?:\s\w+){0,6}?\s(?:muc|level|lvl) (?:1|2|mot|hai|one|two)\b|\b(?:muc|level) (?:1|2|mot|hai|one|two)\b(?:\s\w+){0,2}?\s(?:vneid|account|tai khoan)\b/;
const folded = (message: string) => foldSpaced(message.replaceAll("'", " "));
// "từ khi nào số căn cước thay mã số bhxh", "does my ID number replace the social insurance number": CV 1804.
const ID_REPLACES_CODE =
  /\b(?:so )?(?:can cuoc|cccd|dinh danh|id number|id card number|citizen id|personal id)\b(?:\s\w+){0,4}?\s(?:thay|thay the|thay cho|dung thay|replaces?|replaced|instead of)\b(?:\s\w+){0,3}?\s(?:ma so bhxh|ma bhxh|ma so bao hiem|so so bhxh|bhxh code|social insurance (?:number|code))\b/;

/** Whether a message asks about the personal ID number replacing the BHXH code. */
export function asksIdReplacesCode(text: string): boolean {
  return ID_REPLACES_CODE.test(folded(text));
}

// "it says my account is not activated", "tài khoản chưa được kích hoạt": registered, not yet confirmed at the desk.
const NOT_ACTIVATED =
  /\b(?:not (?:yet )?(?:been )?activated|(?:is |was )?inactive|chua (?:duoc )?kich hoat|chua (?:duoc )?duyet|cho duyet|pending (?:approval|verification))\b/;

/** Whether a message asks about the first password of a VssID account just registered. */
export function asksFirstPassword(text: string): boolean {
  const f = folded(text);
  return (REGISTERED.test(f) && NO_PASSWORD.test(f)) || FETCH_AT_OFFICE.test(f) || NOT_ACTIVATED.test(f);
}

/** The app a question about VssID or VNeID is about, when its words pulled elsewhere; undefined otherwise. */
export function appReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (top.intent.startsWith("enroll.") && NAMES_APP.test(folded(message)) && ACCOUNT.test(folded(message)))
    return { ...top, intent: APP_SIGN_UP };
  if (
    top.intent === "out_of_scope" &&
    NAMES_EITHER_APP.test(folded(message)) &&
    LOGS_IN.test(folded(message))
  )
    return { ...top, intent: APP_LOGIN };
  if (top.intent.startsWith("vssid.") && asksFirstPassword(message)) return { ...top, intent: APP_LOGIN };
  // "I forgot the password though", "mã OTP hết hạn rồi": the app's password, whatever else the message asks.
  if (top.intent !== APP_LOGIN && LOST_PASSWORD.test(folded(message))) return { ...top, intent: APP_LOGIN };
  // "có vssid rồi thì dùng cái đó đi khám được không": showing the card in the app, not installing it.
  if (
    top.intent !== SHOW_CARD &&
    NAMES_EITHER_APP.test(folded(message)) &&
    USED_AT_VISIT.test(folded(message))
  )
    return { ...top, intent: SHOW_CARD };
  if (
    top.intent !== SHOW_CARD &&
    NAMES_EITHER_APP.test(folded(message)) &&
    CARD_IN_APP.test(folded(message)) &&
    !LOST_PASSWORD.test(folded(message))
  )
    return { ...top, intent: SHOW_CARD };
  // "khi đi viện chỉ cần mang giấy gì", "what do I bring to the hospital": what to show there, not papers to join.
  if (top.intent !== SHOW_CARD && bringsToVisit(folded(message))) return { ...top, intent: SHOW_CARD };
  // "đến BHXH lấy lại mật khẩu VssID cần giấy tờ gì": the app's password, whatever the papers pulled towards.
  if (!top.intent.startsWith("vssid.") && asksPasswordOtherWay(message)) return { ...top, intent: APP_LOGIN };
  if (asksIdReplacesCode(message)) return { ...top, intent: "card.lookup" };
  // "vneid của tôi mới mức 1", "how do I get a level 2 VNeID account": the level the card shows from.
  if (top.intent !== SHOW_CARD && VNEID_LEVEL.test(folded(message))) return { ...top, intent: SHOW_CARD };
  if (top.intent !== FIX_DETAILS && DETAILS_REJECTED.test(folded(message)))
    return { ...top, intent: FIX_DETAILS };
  if (
    READ_FOR_VNEID.has(top.intent) &&
    /\bvneid\b/.test(folded(message)) &&
    RENEWS_OR_PAYS.test(folded(message))
  )
    return { ...top, intent: ONLINE_TOPIC };
  return undefined;
}

const AT_VISIT =
  /\b(?:di kham|di vien|kham benh|nhap vien|vao vien|di benh vien|den benh vien|len vien|(?:to|at) (?:the |a )?(?:hospital|clinic|doctor s)|see(?:ing)? a doctor)\b/;
const BRING =
  /\b(?:mang|dem|cam|xuat trinh|trinh)\b(?:\s\w+){0,3}?\s(?:giay|gi|nhung gi|cai gi)\b|\b(?:bring|take|show)\b(?:\s\w+){0,2}?\s(?:what|which|any)\b|\bwhat (?:do|should|must|shall) (?:i|we) (?:need to |have to )?(?:bring|take|show)\b/;
// Joining, or a card being made, is another question ("đi khám lần đầu cần làm thẻ mang gì").
const JOINING = /\b(?:dang ky|tham gia|lam the|cap the|mua|sign up|join|enrol|register)\b/;
const bringsToVisit = (text: string) => AT_VISIT.test(text) && BRING.test(text) && !JOINING.test(text);

// "lấy lại mật khẩu qua điện thoại / nhắn tin / ở BHXH", "reset my password by phone": another way than the email.
const PASSWORD = /\b(?:mat khau|mk|password|pass)\b/;
const OTHER_WAY =
  /\b(?:tong dai|dien thoai|goi dien|nhan tin|tin nhan|sms|bhxh co so|co quan bhxh|den bhxh|ra bhxh|giay to|mang theo|by phone|phone|call|text message|sms|in person|office|what to bring|documents?)\b/;

// "không nhớ email đã đăng ký", "email cũ không dùng nữa", "I no longer have that email": the email way is closed.
const EMAIL_LOST =
  /\b(?:khong nho|khong con nho|ko nho|k nho|chang nho|quen|mat|khong con dung|khong dung nua|bi khoa) (?:\w+ )?(?:email|gmail|mail)\b|\bemail cu\b|\b(?:forgot|forgotten|lost|no longer (?:have|use)|can t access|cannot access) (?:my |the |that )?(?:registered )?(?:email|e-mail)\b|\b(?:email|e-mail|gmail)(?: account| address)? (?:is |was )?(?:gone|closed|deleted|dead|no longer works?|doesn t work|not working)\b|\b(?:email|gmail|mail)(?: \w+){0,8}? (?:cu|bo lau|bo roi|khong vao duoc|ko vao dc|k vao dc|khong dung nua|mat roi|het dung|khong nho|ko nho|k nho|quen mat|quen roi)\b|\b(?:don t|do not|no longer) have access to (?:\w+ )?(?:email|e-mail)\b/;

// "đi khám chỉ mang căn cước gắn chip được không": the ID card shown at a visit.
const ID_AT_CLINIC =
  /\b(?:can cuoc|cccd|chip|id card)\b.*\b(?:kham|clinic|hospital|doctor)\b|\b(?:kham|clinic|hospital|doctor)\b.*\b(?:can cuoc|cccd|chip|id card)\b/;

/** Whether a message asks to get the app's password back another way than the email (phone, SMS, at the office). */
export function asksPasswordOtherWay(message: string, afterPassword = false): boolean {
  const f = folded(message);
  // "can I just go to the office?" right after the password answer: the password is understood.
  // ("đi khám chỉ mang căn cước gắn chip được không": the card at the clinic, not the password.)
  if (EMAIL_LOST.test(f) || (afterPassword && OTHER_WAY.test(f) && !ID_AT_CLINIC.test(f))) return true;
  return (
    PASSWORD.test(f) &&
    OTHER_WAY.test(f) &&
    (NAMES_EITHER_APP.test(f) || /\b(?:lay lai|cap lai|quen|reset|forgot|recover)\b/.test(f))
  );
}
