import type { StatedCase } from "./stated-cases.ts";

// "muốn đổi số đt mới trên vssid", "cập nhật sđt đăng ký tài khoản vssid", "change the phone number on my VssID":
// the phone number (or email) of the VssID account…
const PHONE_CHANGED =
  /\b(?:doi|thay doi|thay|cap nhat|sua|update|change|changing|new)(?: \w+){0,3}? (?:so dien thoai|so dt|sdt|so dien thoai dang ky|phone(?: number)?|email)\b|\b(?:so dien thoai|so dt|sdt|phone number)(?: \w+){0,4} (?:cu|moi|doi|khong (?:con )?dung|ko (?:con )?dung|no longer|changed|old|new)\b/;
// …of the app's account.
const APP = /\b(?:vssid|tai khoan bhxh|tai khoan bao hiem|dich vu cong bhxh|app bhxh)\b/;
// (A forgotten password is the sign-in answer's, which says what to do when the old number is gone.)
const NOT_PASSWORD =
  /^(?!.*\b(?:quen|forgot|forgotten|lost|reset|lay lai) (?:my |the )?(?:mat khau|mk|password)\b)/;
const PHONE_WORDS = 40;

/** A new phone number for the VssID account: updated in the account's details on BHXH's public service portal. */
export const APP_PHONE_CHANGE: StatedCase = {
  maxWords: PHONE_WORDS,
  needs: [PHONE_CHANGED, APP, NOT_PASSWORD],
  key: "app_phone_change",
  next: ["vssid.login_password", "contact.hotline"],
  topic: "vssid.login_password",
};

// "can my wife use my VssID to show her card?", "vợ em dùng chung tài khoản vssid của em được không": one account for
// two adults…
const RELATIVE_USES =
  /\b(?:vo|chong|me|bo|ba|ma|wife|husband|mother|father|mum|mom|dad|partner)\b(?: \w+){0,8} (?:dung|xem|mo|use|see|show|open|log in|sign in)\b/;
// …on the writer's own account.
const MY_ACCOUNT =
  /\b(?:my|cua (?:em|toi|minh|tui|anh|chi)) (?:vssid|vneid)(?: account)?\b|\b(?:(?:tai khoan )?(?:vssid|vneid) (?:cua )?(?:em|toi|minh|tui|anh|chi))\b|\b(?:dung chung|chung (?:mot|1)|share|sharing) (?:(?:a|one|my|the) )?(?:tai khoan )?(?:vssid|vneid|account|app)\b/;

/** Each adult signs in to VssID or VNeID with their own ID: a spouse's card is shown in the spouse's own account. */
export const SHARED_APP_ACCOUNT: StatedCase = {
  maxWords: PHONE_WORDS,
  needs: [RELATIVE_USES, MY_ACCOUNT],
  key: "shared_app_account",
  next: ["vssid.install_register", "vssid.show_card"],
  topic: "vssid.show_card",
};
