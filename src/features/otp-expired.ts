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
