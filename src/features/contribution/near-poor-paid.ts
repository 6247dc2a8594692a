import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { law } from "../../policy/answer-vars.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { saysOnSocialPension } from "./question-group.ts";

// Ethnic-minority near-poor people in ethnic-minority and mountain areas, and near-poor households in poor communes,
// are paid for in full (ND 188/2025; policy.md §4).
const ETHNIC_MINORITY =
  /\b(?:dan toc(?: thieu so)?|nguoi (?:tay|nung|thai|muong|hmong|h mong|mong|dao|khmer|gia rai|e de|ba na|xo dang|san chay|co ho|cham|san diu|hre|raglai|m nong|mnong|lo lo|ha nhi|la hu|phu la|bru van kieu)|ethnic minority|hmong|h mong)\b/;
const MOUNTAIN_AREA =
  /\b(?:mien nui|vung nui|xa vung nui|vung cao|vung sau|vung xa|vung dong bao|vung dan toc|dac biet kho khan|mountain\w*|highland\w*|upland|remote)\b/;
const POOR_COMMUNE = /\b(?:xa ngheo|poor commune)\b/;
const NEAR_POOR = "contribution.near_poor";
const ELDERLY = "contribution.elderly_social";

/**
 * "hộ cận nghèo người Tày ở xã vùng núi": the state pays the whole card, said instead of a sum; "bố chồng 71 tuổi, hộ
 * cận nghèo, đang hưởng tiền tuất" (`elderAge`: one person of 70 to under 75): the same for that elder. Undefined
 * otherwise.
 */
export function answerNearPoorPaidInFull(
  turn: Turn,
  intentId: string,
  elderAge: boolean,
): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const listed = (ETHNIC_MINORITY.test(folded) && MOUNTAIN_AREA.test(folded)) || POOR_COMMUNE.test(folded);
  if (intentId === NEAR_POOR && listed) {
    const support = parameterAt(turn.content.policy, "support.near_poor_listed", { date: turn.today });
    return {
      replies: [
        choices(
          [t("common:calc.note.near_poor_listed", { basis: law(support.legalBasis) })],
          [intentChoice("enroll.steps"), intentChoice("benefit.levels")],
        ),
      ],
      session: { lastIntent: intentId, misses: 0 },
    };
  }
  const elder =
    elderAge && saysOnSocialPension(turn.text) && payerGroupOf(foldForSlots(turn.text)) === "near_poor";
  if (!elder || (intentId !== NEAR_POOR && intentId !== ELDERLY)) return undefined;
  return {
    replies: [
      choices(
        [t("common:calc.note.near_poor_elder_paid")],
        [intentChoice("benefit.levels"), intentChoice("enroll.steps")],
      ),
    ],
    session: { lastIntent: ELDERLY, misses: 0 },
  };
}
