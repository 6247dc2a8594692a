import { foldWords } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import { intentChoice } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "con trai đi nghĩa vụ quân sự rồi thì có phải mua bhyt hộ gia đình cho nó nữa không", "my son is doing his
// military service, do we still buy his card?": a conscript's card, which the state pays.
const CONSCRIPT =
  /\b(?:nghia vu quan su|di nghia vu|nhap ngu|di bo doi|dang tai ngu|nghia vu cong an|conscript\w*|military service|national service|(?:joined|in) the army)\b/;
const STILL_BUY =
  /\b(?:phai (?:mua|dong)|co (?:can|phai) (?:mua|dong)|mua (?:\w+ ){0,5}nua|dong (?:\w+ ){0,5}nua|bo (?:ra|khoi)|(?:still|need to|have to|must) (?:buy|pay|include|keep)|take (?:him|her) off|who pays)\b/;
const CONSCRIPT_WORDS = 40;

/**
 * A conscript's card: the state budget pays it during the service (Law on Health Insurance Art. 12 §3), so the
 * household leaves them off its list when it renews. Undefined unless such a card is asked about.
 */
export function answerConscriptCard(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > CONSCRIPT_WORDS) return undefined;
  if (!CONSCRIPT.test(folded) || !STILL_BUY.test(folded)) return undefined;
  return {
    replies: [choices([t("common:conscript_card")], [intentChoice("contribution.household")])],
    session: { lastIntent: "contribution.other_group", misses: 0 },
  };
}
