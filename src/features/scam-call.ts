import type { StatedCase } from "./stated-cases.ts";

// "có người tự xưng cán bộ bhxh gọi điện bảo chuyển tiền vào tài khoản cá nhân", "someone claiming to be from social
// insurance asked me to transfer money": a caller who asks for money or codes…
const CALLER =
  /\b(?:tu xung|gia danh|mao danh|nguoi (?:la )?goi|(?:co nguoi|ai do|mot nguoi|nguoi nao do) (?:goi|nhan tin|xung|tu xung|noi la)|can bo (?:bhxh|bao hiem)(?: \w+){0,3} (?:goi|nhan tin|bao)|claim\w* to be|pretend\w* to be|someone (?:called|phoned|texted|messaged)|a (?:call|caller|text|message) from|scam\w*|lua dao)\b/;
// …to transfer money to a personal account, or to give a code or a password.
const ASKS_MONEY_OR_CODE =
  /\b(?:chuyen (?:khoan|tien)|tai khoan ca nhan|so tai khoan|stk|(?:hoi|xin|doc|gui|cung cap) (?:ma )?(?:otp|mat khau)|transfer|bank account|personal account|(?:ask\w*|give|send) (?:me )?(?:for )?(?:the |my |an )?(?:otp|code|password))\b/;
const SCAM_WORDS = 60;

/** Officials never ask for transfers to a personal account or for codes: pay only through official channels. */
export const SCAM_CALL: StatedCase = {
  maxWords: SCAM_WORDS,
  needs: [CALLER, ASKS_MONEY_OR_CODE],
  key: "scam_call",
  next: ["enroll.online_payment", "enroll.where", "contact.hotline"],
  topic: "enroll.online_payment",
};
