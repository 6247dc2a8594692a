import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "đóng qua MoMo được không", "what about MoMo wallet?": an e-wallet, which our sources do not list as a channel.
const WALLET =
  /\b(?:momo|zalopay|zalo pay|viettel ?money|vnpay|shopeepay|moca|vi dien tu|e-?wallets?|wallets?)\b/;

const IN_VSSID =
  /\b(?:qua|tren|trong|bang|in|through|via|on|with|using|use) (?:the )?(?:app |ung dung )?vssid\b/;

/**
 * Paying through an e-wallet: not among the channels our sources confirm (the portals, bank apps, collection points),
 * so the answer says so, names those channels and who can say for sure, instead of the online steps again.
 * Undefined when no wallet is named.
 */
export function answerWallet(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "đóng qua app vssid được ko": VssID shows the card; paying in it is not among the confirmed channels either.
  const key = WALLET.test(folded)
    ? "wallet_unconfirmed"
    : IN_VSSID.test(folded)
      ? "vssid_pay_unconfirmed"
      : "";
  if (!key) return undefined;
  return {
    replies: [text(t(`common:${key}`, answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "enroll.online_payment", misses: 0 },
  };
}
