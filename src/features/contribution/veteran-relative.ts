import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { saidBefore } from "../../core/session.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import type { Outcome, Turn } from "../handler.ts";
import { VETERAN } from "../veteran-card.ts";
import { continueCalc } from "./calc-flow.ts";

// "còn vợ tôi 70 tuổi thì sao", "and my wife?": a relative of the veteran asked about next.
const RELATIVE_ASKED =
  /^\s*(?:(?:con|va|the con|vay con|and|what about|how about)\s+)?(?:(?:vo|chong|me|bo|con) (?:toi|em|minh|tui|bac|chu|co|anh|chi)|ba (?:nha|xa) (?:toi|em)|my (?:wife|husband|mother|father|mum|mom|dad|son|daughter))\b/;
const RELATIVE_WORDS = 30;

/**
 * After the veteran's answer, "còn vợ tôi 70 tuổi thì sao": a veteran's relatives are not paid for by the state
 * because of the veteran (only a war invalid's, from 61%); the relative's own card as a household, with the age said.
 */
export function answerVeteranRelative(turn: Turn): Outcome | undefined {
  if (turn.session.lastIntent !== "contribution.other_group") return undefined;
  if (turn.text.trim().split(/\s+/).length > RELATIVE_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  const told = saidBefore(turn.session)
    .slice(0, 3)
    .some((said) => VETERAN.test(` ${foldWords(said)} `));
  if (!told || !RELATIVE_ASKED.test(folded) || VETERAN.test(folded)) return undefined;
  const age = agesOf(foldForSlots(turn.text))?.[0];
  return continueCalc(
    turn,
    { group: "household", members: 1, months: 12, ...(age ? { ages: String(age) } : {}) },
    [text(t("common:calc.note.veteran_relative"))],
  );
}
