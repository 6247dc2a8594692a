import { t, text } from "../core/reply.ts";
import { asksPasswordOtherWay } from "../nlu/app-readings.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "tổng đài lấy lại mật khẩu qua điện thoại được không", "đến BHXH lấy lại mật khẩu mang gì": the ways other than
 * the email (the hotline, the old SMS service, the office desk with the ID card). Undefined for other questions.
 */
export function answerPasswordOtherWay(turn: Turn): Outcome | undefined {
  if (!asksPasswordOtherWay(turn.text, turn.session.lastIntent === "vssid.login_password")) return undefined;
  return {
    replies: [text(t("common:vssid_password_other_way", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "vssid.login_password", misses: 0 },
  };
}
