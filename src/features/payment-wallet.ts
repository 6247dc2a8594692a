import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "đóng qua MoMo được không", "what about MoMo wallet?": an e-wallet, which our sources do not list as a channel.
const WALLET =
  /\b(?:momo|zalopay|zalo pay|viettel ?money|vnpay|shopeepay|moca|vi dien tu|e-?wallets?|wallets?)\b/;

/**
 * Paying through an e-wallet: not among the channels our sources confirm (the portals, bank apps, collection points),
 * so the answer says so, names those channels and who can say for sure, instead of the online steps again.
 * Undefined when no wallet is named.
 */
export function answerWallet(turn: Turn): Outcome | undefined {
  if (!WALLET.test(` ${foldWords(turn.text)} `)) return undefined;
  return {
    replies: [text(t("common:wallet_unconfirmed", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "enroll.online_payment", misses: 0 },
  };
}
