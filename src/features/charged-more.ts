import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { amountOf } from "../nlu/slots/salary.ts";
import { pct, vnd } from "../policy/answer-vars.ts";
import { answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";
import { statedCardLevel } from "./referral-share-case.ts";

// "viện phí 2 triệu, thẻ 80%, họ thu của tôi 1 triệu 2, có đúng không", "they charged me 1.2 million": what the
// hospital took, said after the bill…
const CHARGED =
  /\b(?:(?:ho|benh vien|bv|phong kham|quay) )?(?:thu|lay|bat (?:\w+ )?(?:tra|dong|nop))(?: (?:cua|cho))?(?: (?:toi|em|minh|tui|e|me|ba|ong))? (?=\S*\d)|\bcharged (?:me |us |him |her )?(?=\S*\d)|\bmade (?:me|us) pay (?=\S*\d)/;
// …and whether it was right, or what the rest was for.
const CHECK_ASKED =
  /\b(?:co dung|dung (?:khong|ko|k|chua)|la tien gi|tien gi|doi lai|lay lai|hoan|sai|is (?:that|it) right|correct|what (?:is|was) (?:the rest|it) for|get (?:it|that|the rest) back|overcharg\w*)\b/;
const USUAL_LEVEL = 80;

/**
 * A bill, the card's level and what the hospital charged ("2 triệu, thẻ 80%, họ thu 1 triệu 2"): the co-payment the
 * card leaves, and the rest as items outside the list or on request, with how to check and get back what was wrong.
 */
export function answerChargedMore(turn: Turn): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  const cue = CHARGED.exec(folded);
  if (!cue || !CHECK_ASKED.test(` ${foldWords(turn.text)} `)) return undefined;
  const bill = amountOf(folded.slice(0, cue.index));
  const charged = amountOf(folded.slice(cue.index + cue[0].length));
  const level = statedCardLevel(turn.text) ?? turn.session.cardLevel ?? USUAL_LEVEL;
  if (bill === undefined || charged === undefined || charged > bill) return undefined;
  const threshold = answerVarsFor(turn, ["small_visit_threshold"]).small_visit_threshold!;
  const small = threshold.kind === "vnd" && bill < threshold.value;
  const own = small ? 0 : Math.round((bill * (100 - level)) / 100);
  const vars = { bill: vnd(bill), level: pct(level), own: vnd(own), charged: vnd(charged) };
  const key = charged > own ? "common:charged_more.more" : "common:charged_more.right";
  const line = t(key, { ...vars, diff: vnd(charged - own), hotline: turn.content.links.contacts.hotline });
  return {
    replies: [text(line)],
    session: { lastIntent: "benefit.levels", misses: 0, cardLevel: level },
  };
}
