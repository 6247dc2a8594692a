import { t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { ownShareOf } from "./part-supported-groups.ts";

/** The flow kept after a group's own share was given, so "4 người thì bao nhiêu" is that share for four. */
export const OWN_SHARE_FLOW = "own-share";
const UNTIL_WHEN =
  /\b(?:den bao gio|den khi nao|toi bao gio|toi khi nao|bao lau|trong bao lau|may nam|how long|until when|till when|for how long)\b/;
// Supports that end after a time: what the answer says of how long.
const LIMITED_SUPPORT: Record<string, string> = {
  "support.ethnic_area_left_list": "common:calc.note.area_left_until",
};

/** The session flow that remembers which support parameter the last answer's share came from. */
export const ownShareFlow = (parameter: string) => ({ id: OWN_SHARE_FLOW, data: { parameter } });

/**
 * "vậy 4 người nhà tôi 1 năm phải đóng bao nhiêu" after a share every member of a family has (ethnic-minority people
 * of a commune just taken off the difficult list): each person's share, for the people and months said.
 * Undefined when no such answer came before or no number of people is asked about.
 */
export function answerOwnShareSum(turn: Turn): Outcome | undefined {
  const flow = turn.session.flow;
  if (flow?.id !== OWN_SHARE_FLOW) return undefined;
  const folded = foldForSlots(turn.text);
  // "được hỗ trợ đến bao giờ", "for how long?": how long the support lasts, where it is limited.
  const limited = LIMITED_SUPPORT[String(flow.data.parameter)];
  if (limited && UNTIL_WHEN.test(folded))
    return { replies: [text(t(limited))], session: { lastIntent: turn.session.lastIntent, misses: 0, flow } };
  // A group named ("hộ gia đình 4 người đóng bao nhiêu") is that group's own question.
  if (!asksHowMuch(turn.text) || payerGroupOf(folded) !== undefined) return undefined;
  const people = householdSizeOf(folded);
  if (people === undefined) return undefined;
  const said = monthsOf(folded);
  const months = PAYMENT_MONTHS.find((m) => m === said) ?? 12;
  const support = parameterAt(turn.content.policy, String(flow.data.parameter), { date: turn.today });
  const own = ownShareOf(turn, support.value);
  return {
    replies: [
      text(
        t("common:calc.own_share_sum", {
          people,
          months,
          own: vnd(own),
          month: vnd(own * people),
          period: vnd(own * people * months),
        }),
      ),
    ],
    session: { lastIntent: turn.session.lastIntent ?? "contribution.other_group", misses: 0, flow },
  };
}
