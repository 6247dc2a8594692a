import { foldWords } from "../core/fold.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerReferralShare } from "./referral-share-case.ts";

// "đi sinh ở bệnh viện tỉnh", "deliver at the provincial hospital": giving birth, which is a stay in hospital.
const GIVES_BIRTH =
  /\b(?:di sinh|di de|sinh (?:con|em be|be|thuong|mo|o|tai)|de (?:con|o|tai)|give birth|giving birth|delivery|deliver(?: the baby)?|c-section|caesarean)\b/;

/**
 * "vợ em sắp sinh, đi sinh ở bệnh viện tỉnh có được bhyt trả không": what a stay at that kind of place is paid
 * (giving birth is in-patient care), then the maternity answer. Undefined when no place is named.
 */
export function answerBirthPlace(turn: Turn, intent: string): Outcome | undefined {
  if (!GIVES_BIRTH.test(` ${foldWords(turn.text)} `)) return undefined;
  const share = answerReferralShare({ ...turn, text: `${turn.text} (nằm viện)` });
  if (!share) return undefined;
  return {
    replies: [...share.replies, answerIntent(turn, intent)],
    session: { ...share.session, lastIntent: intent },
  };
}
