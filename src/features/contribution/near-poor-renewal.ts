import { choices, t } from "../../core/reply.ts";
import { asksNearPoorRenewal } from "../../nlu/renewal-asked.ts";
import { answerVarsFor, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

/**
 * "thẻ cận nghèo có phải tự đi gia hạn không": the commune lists near-poor households, but the card goes on only when
 * the household's own share for the next period is paid (Law 51 Art. 8, 17). Undefined for other questions.
 */
export function answerNearPoorRenewal(turn: Turn): Outcome | undefined {
  if (!asksNearPoorRenewal(turn.text)) return undefined;
  const vars = answerVarsFor(turn, ["near_poor_person_month", "near_poor_person_year", "hotline"]);
  return {
    replies: [
      choices(
        [t("common:near_poor_renewal", vars)],
        [
          intentChoice("enroll.where"),
          intentChoice("enroll.online_payment"),
          intentChoice("reminder.create"),
        ],
      ),
    ],
    session: { lastIntent: "enroll.renew", misses: 0 },
  };
}
