import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

// "the OTP expired before I could type it", "mã OTP hết hạn rồi": a code that ran out, not the steps again.
const CODE_EXPIRED =
  /\b(?:otp|ma otp|ma xac nhan|code)(?: \w+){0,3} (?:expired|het han|het hieu luc|qua han|timed out)|(?:expired|het han) (?:the |ma )?(?:otp|code)\b/;

/** What to do when the password reset code expired: ask for a new one and type it at once. Undefined otherwise. */
export function answerCodeExpired(turn: Turn, intent: string): Outcome | undefined {
  if (!CODE_EXPIRED.test(` ${foldWords(turn.text)} `)) return undefined;
  const hotline = turn.content.links.contacts.hotline;
  return {
    replies: [text(t("common:otp_expired", { hotline }))],
    session: { lastIntent: intent, misses: 0 },
  };
}

// "e ko nhận dc mã otp", "ko thấy otp gửi về", "I never got the code": a code that did not arrive.
const CODE_NOT_RECEIVED =
  /\b(?:(?:khong|ko|k|chua|chang) (?:nhan|thay|co)(?: duoc| dc)? (?:ma )?(?:otp|ma xac nhan|code)|(?:otp|ma otp|ma xac nhan)(?: \w+){0,3} (?:khong|ko|k|chua) (?:gui ve|thay|ve|toi|den)|(?:didn t|did not|don t|haven t|never|can t) (?:get|got|receive|received|see)(?: the| an| my| any)? (?:otp|code|verification code))\b/;
const NOT_RECEIVED_WORDS = 30;

/** A VssID code that never arrived: it goes to the registered email (spam folder, resend), else VNeID or the hotline. */
export function answerCodeNotReceived(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > NOT_RECEIVED_WORDS) return undefined;
  if (!CODE_NOT_RECEIVED.test(` ${foldWords(turn.text)} `)) return undefined;
  const hotline = turn.content.links.contacts.hotline;
  return {
    replies: [text(t("common:otp_not_received", { hotline }))],
    session: { lastIntent: "vssid.install_register", misses: 0 },
  };
}
