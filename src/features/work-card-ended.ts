import { foldWords } from "../core/fold.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "My teaching contract ended on 30 September. Is my card from the school still valid?", "hết hợp đồng rồi thẻ công
// ty còn dùng được không": a job's contract ended…
const CONTRACT_ENDED =
  /\b(?:contract(?: \w+){0,4} (?:ended|finished|expired|ran out|is over|was over)|(?:ended|finished|left) (?:my|the) (?:job|contract)|het hop dong|het hd|cham dut hop dong|nghi viec|thoi viec)\b/;
// …and whether the card through it still works.
const STILL_VALID =
  /\b(?:still (?:valid|good|work\w*|active|usable)|(?:con|van) (?:dung|xai|han|gia tri|hieu luc)(?: \w+){0,2}? (?:duoc|dc)?|can i still use)\b/;
const WORK_CARD_WORDS = 40;

/** A work card after the contract ended: valid only for the months paid; then a household card (the topic's answer). */
export function answerWorkCardEnded(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > WORK_CARD_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!CONTRACT_ENDED.test(folded) || !STILL_VALID.test(folded)) return undefined;
  return {
    replies: [answerIntent(turn, "card.job_transition")],
    session: { lastIntent: "card.job_transition", misses: 0 },
  };
}
