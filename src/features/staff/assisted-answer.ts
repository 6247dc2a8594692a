import { encodeAction } from "../../core/actions.ts";
import { choices, t } from "../../core/reply.ts";
import { placeFinderFor } from "../../nlu/slots/places.ts";
import { answerTexts } from "../answer-intent.ts";
import { contribution } from "../contribution/contribution-handler.ts";
import type { Outcome, Turn } from "../handler.ts";
import { principalOf } from "./staff-desk.ts";

const FIGURES = ["householdSize", "insuredElsewhere", "months", "date", "salary"] as const;

/**
 * For outreach staff: a citizen's question (forwarded or pasted) answered as plain text ready to paste back,
 * with its legal basis, and a button to calculate for that household. The case is logged with its topic and
 * commune only: never the citizen's words or numbers.
 */
export async function assistedAnswer(turn: Turn): Promise<Outcome | undefined> {
  const understanding = turn.understanding;
  if (understanding?.band !== "answer") return undefined;
  const intent = turn.content.intents.get(understanding.intent);
  if (!intent || intent.handler === "fallback") return undefined;
  // The commune is logged whatever the topic (a case's place matters to the district office); nothing else is.
  const commune = placeFinderFor(turn.content.policy.provinces).communeOf(turn.text)?.name;
  await turn.staffDesk?.logCase({
    day: turn.today,
    staff: principalOf(turn.message.ref),
    intent: intent.id,
    ...(commune ? { commune } : {}),
  });
  const understood = { intent: intent.id, confidence: understanding.confidence, band: understanding.band };
  // "nhà chị 4 người đóng 1 năm hết bao nhiêu": the citizen's own figures, computed, not the FAQ's example household.
  const slots = understanding.slots ?? {};
  if (intent.handler === "contribution" && FIGURES.some((slot) => slots[slot] !== undefined))
    return { ...contribution(turn, intent.id), understood };
  return {
    replies: [
      choices(answerTexts(turn, intent), [
        {
          label: t("common:staff.calc_for_household"),
          action: encodeAction({ type: "calc", field: "start", value: "go" }),
        },
      ]),
    ],
    understood,
  };
}
