import { t, text } from "../core/reply.ts";
import { asksFirstPassword } from "../nlu/app-readings.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * The first password of a new VssID account: the registration guide has the account confirmed at the social
 * insurance desk, where the password is given, so "did not get one" is answered with that, not the forgotten-password
 * steps. Undefined for other questions about logging in.
 */
export function answerFirstPassword(turn: Turn): Outcome | undefined {
  if (!asksFirstPassword(turn.text)) return undefined;
  return {
    replies: [text(t("common:vssid_first_password", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "vssid.login_password", misses: 0 },
  };
}
