import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

// "after he's stable, can he stay there for rehab", "sau cấp cứu nằm điều trị tiếp ở đó được không": treatment that
// goes on where the emergency was treated, or a move home.
const STAYS_ON =
  /\b(?:after (?:he s|she s|the emergency|it s|being) (?:stable|over|treated)|stay (?:there|on|in hospital)|stay (?:\w+ ){0,3}(?:as an? )?in-?patient|rehab\w*|after the emergency|inpatient treatment (?:in another province )?after|keep (?:him|her) there|go back to|transfer (?:him|her|back)|sau (?:khi )?cap cuu|dieu tri tiep|nam (?:vien|dieu tri) tiep|o lai (?:do|dieu tri)|chuyen ve)\b/;
const WORDS = 30;
const EMERGENCY_NAMED =
  /\b(?:after (?:the )?emergency|sau (?:khi )?cap cuu|on dinh (?:roi|lai)|(?:is|s|now) stable|stabili[sz]ed)\b/;

/** Whether a message asks about treatment after an emergency (staying on there, or moving home). */
export const asksCareAfterEmergency = (message: string): boolean =>
  message.trim().split(/\s+/).length <= WORDS && STAYS_ON.test(` ${foldWords(message)} `);

/** After the emergency rule, "can he stay there for rehab or go back to Hanoi?": staying on, and moving, explained. */
export function answerCareAfterEmergency(turn: Turn): Outcome | undefined {
  // (…or the emergency named in the message itself: "is inpatient treatment after the emergency covered?")
  const named = EMERGENCY_NAMED.test(` ${foldWords(turn.text)} `);
  if ((turn.session.lastIntent !== "benefit.referral" && !named) || !asksCareAfterEmergency(turn.text))
    return undefined;
  return {
    replies: [text(t("common:after_emergency"))],
    session: { lastIntent: "benefit.referral", misses: 0 },
  };
}
