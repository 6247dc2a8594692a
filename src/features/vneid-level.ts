import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

// "vneid của tôi mới mức 1", "my VNeID is only level 1": the account cannot hold the card yet.
const LEVEL_ONE =
  /\b(?:vneid|dinh danh)\b(?:\s\w+){0,4}?\s(?:muc|level) (?:1|mot|one)\b|\b(?:muc|level) (?:1|mot|one) (?:vneid|account)\b|\b(?:vneid|dinh danh)\b(?:\s\w+){0,2}?\s(?:chua|khong|ko) (?:co |len |kich hoat |dang ky |duoc )?(?:muc|level) (?:2|hai)\b|\b(?:not|no|haven t got|don t have) (?:a )?level (?:2|two)\b/;

/**
 * A level-1 VNeID account after the card's answer: the card shows in VNeID from level 2 only; meanwhile VssID, the chip
 * ID card or the card number. Undefined for other messages.
 */
export function answerVneidLevelOne(turn: Turn, intent: string): Outcome | undefined {
  if (!LEVEL_ONE.test(` ${foldWords(turn.text)} `)) return undefined;
  return { replies: [text(t("common:vneid_level_one"))], session: { lastIntent: intent, misses: 0 } };
}

// "lên mức 2 thì làm sao", "nâng cấp vneid mức 2 ở đâu", "how do I get level 2": the police issue it, not BHXH.
const LEVEL_TWO =
  /\b(?:len|nang(?: cap)?(?: len)?|dang ky|lam|kich hoat|cap|xin)\s+(?:(?:duoc|len|thanh)\s+)?(?:(?:tai khoan|tk)\s+)?(?:(?:vneid|dinh danh(?: dien tu)?)\s+)?(?:muc|level) (?:2|hai)\b|\b(?:get|upgrade|register|activate|apply for|obtain)\b(?:\s\w+){0,4}?\s(?:level|lvl) (?:2|two)\b/;
const HOW = /\b(?:lam sao|the nao|ntn|nhu nao|o dau|cho nao|bang cach nao|how|where|can i|what do i)\b/;

/** How a VNeID account reaches level 2 (at the police, with the chip ID card). Undefined for other messages. */
export function answerVneidLevelTwo(turn: Turn, intent: string): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!LEVEL_TWO.test(folded) || !HOW.test(folded)) return undefined;
  return { replies: [text(t("common:vneid_level_two"))], session: { lastIntent: intent, misses: 0 } };
}
