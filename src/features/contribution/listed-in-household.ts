import { choices, t } from "../../core/reply.ts";
import { asksListedInHousehold } from "../../nlu/household-list.ts";
import { answerVarsFor, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

/**
 * "có cần kê bố (có lương hưu) vào danh sách hộ gia đình không": who is insured elsewhere is neither paid for nor
 * counted in the household's ladder. Undefined when the message does not ask it.
 */
export function answerListedInHousehold(turn: Turn, intent: string): Outcome | undefined {
  if (!asksListedInHousehold(turn.text)) return undefined;
  return {
    replies: [
      choices(
        [t("common:household.listed_elsewhere", answerVarsFor(turn, ["hotline"]))],
        [intentChoice("contribution.calculator"), intentChoice("enroll.documents")],
      ),
    ],
    session: { lastIntent: intent, misses: 0 },
  };
}
