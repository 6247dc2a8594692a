import { foldWords } from "../core/fold.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "which hospital can I go to with my card?", "bệnh viện nào thì dùng thẻ bhyt được", "khám ở đâu thì được bhyt trả":
// where the card is used, asked outright.
const WHERE_TREATED =
  /\b(?:which|what) (?:hospitals?|clinics?|doctors?)(?: \w+){0,2} (?:can|could|do|should|may) (?:i|we|he|she|they) (?:go|use|visit|see)\b|\bwhere can (?:i|we|he|she) (?:go|be treated|get treated|see a doctor)\b[^.?!]{0,20}\b(?:card|insurance)\b|\b(?:benh vien|phong kham|co so) nao (?:thi )?(?:dung|kham|di|xai|nhan)(?: duoc| dc)?(?: the| bhyt| bao hiem)?\b|\bkham (?:o|tai) (?:dau|benh vien nao) (?:thi )?(?:duoc |dc )?(?:bhyt|bao hiem|the)\b/;
const WHERE_WORDS = 30;
const REFERRAL = "benefit.referral";

/** Where the card can be used: at the registered place, with a referral, in an emergency, and on one's own. */
export function answerWhereTreated(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > WHERE_WORDS) return undefined;
  if (!WHERE_TREATED.test(` ${foldWords(turn.text)} `)) return undefined;
  return { replies: [answerIntent(turn, REFERRAL)], session: { lastIntent: REFERRAL, misses: 0 } };
}
