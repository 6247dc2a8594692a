import { foldWords } from "../../core/fold.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import type { Turn } from "../handler.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { HOUSEHOLD_OWN_GROUPS } from "./question-group.ts";

// "còn 2 vợ chồng e thì đóng bao nhiêu", "and what do my wife and I pay?": grown-ups, who are not pupils…
const TWO_ADULTS =
  /\b(?:vo chong|bo me|ba me|cha me|ba ma|ong ba|my (?:wife|husband) and (?:i|me)|me and my (?:wife|husband)|(?:my |the )?parents)\b/;
// …or one of them ("chồng e làm tự do, mua 1 năm bao nhiêu").
const ONE_ADULT =
  /\b(?:(?:vo|chong|bo|me|ba|ma|cha) (?:e|em|toi|minh|tui|chau|no)|my (?:wife|husband|mother|father|mum|mom|dad))\b/;
const ADULTS_ALONE = /\b(?:nguoi lon|(?:the )?adults|grown ups)\b/;
const LEFT_OUT = /\b(?:tru|ngoai tru|khong tinh|ko tinh|except|excluding|apart from|but not) (?:\w+ )?\w+/g;
// …buying their cards (not what a visit of theirs pays).
const BUYS = /\b(?:mua|dong|nop|tham gia|het (?:bao nhieu|bn|nhieu)|pay|buy|cost|costs|price|join)\b/;
const CHILD_TOPICS = new Set(["contribution.student", "contribution.child_under6"]);

/**
 * The grown-ups of a family asked about right after a pupil's or a young child's price, read as that child's group:
 * the turn read as their household's own topic (the near-poor one when the chat said the writer's household is
 * near-poor), one or two people when no count is said. Undefined when the message is not about them.
 */
export function adultsAfterChild(turn: Turn, intentId: string): { turn: Turn; intent: string } | undefined {
  if (!CHILD_TOPICS.has(intentId) || !CHILD_TOPICS.has(turn.session.lastIntent ?? "")) return undefined;
  // ("cả nhà trừ bố tôi đóng 3 tháng": the one left out is not the grown-up bought for.)
  const folded = ` ${foldWords(turn.text)} `.replace(LEFT_OUT, " ");
  if (!BUYS.test(folded)) return undefined;
  const two = TWO_ADULTS.test(folded);
  if (!two && !ONE_ADULT.test(folded) && !ADULTS_ALONE.test(folded)) return undefined;
  const named = payerGroupOf(foldForSlots(turn.text));
  if (named === "student" || named === "child_under6") return undefined;
  const own = named ?? turn.session.people?.self;
  const intent = `contribution.${own && HOUSEHOLD_OWN_GROUPS.has(own) ? own : "household"}`;
  const said = slotExtractorOf(turn)(turn.text, turn.today);
  const counted = ADULTS_ALONE.test(folded) ? {} : { householdSize: two ? 2 : 1 };
  const slots = { ...counted, ...said };
  return {
    turn: { ...turn, understanding: { intent, confidence: 1, band: "answer", alternatives: [], slots } },
    intent,
  };
}
