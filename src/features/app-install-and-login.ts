import { foldWords } from "../core/fold.ts";
import { text } from "../core/reply.ts";
import { answerIntent, answerTexts } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "how do I install VssID and log in?", "tải vssid rồi đăng nhập thế nào": installing and logging in, both asked.
const INSTALL_ASKED =
  /\b(?:install|download|set up the app|tai (?:app|ung dung|vssid)|cai (?:app|dat|vssid|ung dung))\b/;
const LOGIN_ASKED = /\b(?:log ?in|sign ?in|dang nhap)\b/;
const INSTALL = "vssid.install_register";
const LOGIN = "vssid.login_password";

/** Installing the app and logging in asked together, whichever was read: how to install and sign up, then log in. */
export function answerInstallAndLogin(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!INSTALL_ASKED.test(folded) || !LOGIN_ASKED.test(folded)) return undefined;
  return {
    replies: [text(...answerTexts(turn, turn.content.intents.get(INSTALL)!)), answerIntent(turn, LOGIN)],
    session: { lastIntent: LOGIN, misses: 0 },
  };
}
