import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { law } from "../../policy/answer-vars.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

// Living where the state pays everyone's card: an area with especially difficult conditions, an island commune; or,
// for ethnic-minority people, an area with difficult conditions (Law on Health Insurance Art. 12; policy.md §4).
const ESPECIALLY_DIFFICULT =
  /\b(?:dac biet kho khan|dbkk|especially difficult|extremely difficult|xa dao|huyen dao|dao xa|island (?:commune|district))\b/;
// …an area that is difficult, not a family that is ("gia đình khó khăn").
const DIFFICULT =
  /\b(?:vung|xa|thon|ban|dia ban|khu vuc|area|commune|village|region|district)\b(?:\s+\w+){0,5}?\s+(?:kho khan|difficult|disadvantaged)\b|\b(?:difficult|disadvantaged) (?:area|commune|village|region)\b/;
const ETHNIC_MINORITY =
  /\b(?:dan toc(?: thieu so)?|nguoi (?:tay|nung|thai|muong|hmong|mong|dao|khmer|gia rai|e de|ba na|xo dang|cham)|ethnic minority|hmong|ede|e de|jarai|bahnar|khmer|tay|nung)\b/;

/**
 * "I'm Ede and live in a commune with especially difficult conditions — do I need to buy health insurance?": the
 * state pays the whole card of people living there, said for them. Undefined when the message names no such place.
 */
export function answerStatePaidArea(turn: Turn, intentId: string): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("'", " "))} `;
  const paid = ESPECIALLY_DIFFICULT.test(folded) || (ETHNIC_MINORITY.test(folded) && DIFFICULT.test(folded));
  if (!paid) return undefined;
  const support = parameterAt(turn.content.policy, "support.other_group", { date: turn.today });
  return {
    replies: [
      choices(
        [t("common:calc.note.area_paid", { basis: law(support.legalBasis) })],
        [intentChoice("contribution.other_group"), intentChoice("card.lookup")],
      ),
    ],
    session: { lastIntent: intentId, misses: 0 },
  };
}
