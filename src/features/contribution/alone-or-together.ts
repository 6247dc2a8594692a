import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import { continueCalc } from "./calc-flow.ts";

// "nếu tôi mua một mình", "just for myself": the writer alone…
const ALONE =
  /\b(?:mot minh|1 minh|rieng (?:minh|toi|em)|chi minh (?:toi|em)|(?:just|only) (?:for )?(?:myself|me)|on my own|by myself|alone|for (?:one|1|a single) (?:adult|person))\b/;
// …against "mua chung với vợ", "together with my wife": the writer and one relative.
const WITH_ONE =
  /\b(?:chung voi|cung voi|ca|them|together with|with|and) (?:my |ca )?(?:vo|chong|me|ma|bo|ba|cha|con|wife|husband|mother|mum|mom|father|dad|son|daughter|partner)\b|\b(?:(?:hai|2) )?vo chong (?:cung |chung )?(?:mua|dong|tham gia)|\b(?:my (?:wife|husband) and i|both of us|the two of us) (?:join|buy|pay)\b/;
const COMPARE_WORDS = 40;
const PAIR = 2;

/**
 * "mua một mình thì bao nhiêu, còn mua chung với vợ thì mỗi người bao nhiêu": the writer's price alone, then the
 * two of them as a household, each on their rung. Undefined unless both are asked with a price.
 */
export function answerAloneOrTogether(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > COMPARE_WORDS || !asksHowMuch(turn.text)) return undefined;
  if (!ALONE.test(folded) || !WITH_ONE.test(folded)) return undefined;
  const said = monthsOf(foldForSlots(turn.text));
  const months = PAYMENT_MONTHS.find((m) => m === said) ?? 12;
  const pair = calculateContribution(turn.content.policy, {
    group: "household",
    date: turn.today,
    months,
    members: PAIR,
  });
  const [first, second] = pair.members;
  const line = t("common:calc.note.alone_then_pair", {
    month: vnd(first!.month),
    period: vnd(first!.period),
    second: vnd(second!.period),
    months,
  });
  return continueCalc(turn, { group: "household", members: PAIR, months }, [text(line)]);
}
