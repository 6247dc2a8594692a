import type { Place } from "../../content/schemas/places.schema.ts";
import { choices, type TextRef, t, text, withLines } from "../../core/reply.ts";
import { answerIntent, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { type CommunePlaces, placeIndexOf } from "./place-index.ts";

/** The flow id while the bot waits for the user's commune. */
export const PLACE_FLOW = "place";

// "ở Hợp Thành", "tại xã Mỹ An": the words after "ở"/"tại" may name a commune.
const AFTER_AT = /(?:^|\s)(?:ở|tại|o|tai|in|at)\s+((?:[\p{L}\d]+\s*){1,4})/giu;
const MAX_COMMUNE_REPLY_WORDS = 6;

/** "Where do I enroll?": the places of the user's commune when the message names one, else the answer and a question. */
export function whereToEnroll(turn: Turn, intentId: string): Outcome {
  const slots = turn.understanding?.slots ?? {};
  const province = slots.province?.code ?? turn.province;
  const typed = [slots.commune?.name, ...phrasesAfterAt(turn.text)].filter((s): s is string => Boolean(s));
  for (const candidate of typed) {
    const found = placeIndexOf(turn.content).find(candidate, turn.today, province);
    if (found) return { replies: [placesReply(turn, found)], session: { lastIntent: intentId, misses: 0 } };
  }
  const answer = answerIntent(turn, intentId);
  if (slots.commune)
    return {
      replies: [text(t("common:places.not_listed", { commune: slots.commune.name })), answer],
      session: { lastIntent: intentId, misses: 0 },
    };
  return {
    replies: [answer, text(t("common:places.ask"))],
    session: {
      flow: { id: PLACE_FLOW, awaiting: "commune", data: province ? { province } : {} },
      lastIntent: intentId,
      misses: 0,
    },
  };
}

/** The user's reply to "which commune?": the places there, or undefined when the text is not a known commune. */
export function answerPlaceQuestion(turn: Turn, message: string): Outcome | undefined {
  if (message.trim().split(/\s+/).length > MAX_COMMUNE_REPLY_WORDS) return undefined;
  const data = turn.session.flow?.data ?? {};
  const province = typeof data.province === "string" ? data.province : turn.province;
  const found = placeIndexOf(turn.content).find(message, turn.today, province);
  if (!found) return undefined;
  return { replies: [placesReply(turn, found)], session: { flow: undefined, misses: 0 } };
}

function placesReply(turn: Turn, found: CommunePlaces): ReturnType<typeof choices> {
  const province = turn.content.policy.provinces.find((p) => p.code === found.province);
  const parts: TextRef[] = [];
  if (found.places.length === 0) parts.push(t("common:places.none_in_force", { commune: found.commune }));
  else
    parts.push(
      withLines(
        t("common:places.header", { commune: found.commune, province: province?.name[turn.locale] ?? "" }),
        found.places.flatMap((place, i) => placeLines(place, i + 1)),
      ),
    );
  if (found.places.some((p) => p.sample)) parts.push(t("common:places.sample"));
  parts.push(t("common:safety.payment"));
  return choices(parts, [
    intentChoice("enroll.documents"),
    intentChoice("enroll.online_payment"),
    intentChoice("contact.hotline"),
  ]);
}

function placeLines(place: Place, number: number): TextRef[] {
  return [
    t("common:places.line", { number, name: place.name, address: place.address }),
    ...(place.hours ? [t("common:places.hours", { hours: place.hours })] : []),
    ...(place.phone ? [t("common:places.phone", { phone: place.phone })] : []),
  ];
}

function phrasesAfterAt(message: string): string[] {
  const phrases: string[] = [];
  for (const match of message.matchAll(AFTER_AT)) {
    const words = match[1]!.trim().split(/\s+/);
    for (let size = Math.min(3, words.length); size >= 1; size--)
      phrases.push(words.slice(0, size).join(" "));
  }
  return phrases;
}
