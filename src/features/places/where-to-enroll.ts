import { t, text } from "../../core/reply.ts";
import type { Session } from "../../core/session.ts";
import { answerIntent } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { answerStatePaidEnrolment } from "../state-paid-enrolment.ts";
import { type CommunePlaces, placeIndexOf } from "./place-index.ts";
import { looksLikePlace, type PlaceReading, readPlace } from "./place-reading.ts";
import {
  askAgain,
  askCommune,
  askInDistrict,
  askInProvince,
  notFound,
  placesReply,
} from "./place-replies.ts";

/** The flow id while the bot waits for the user's commune. */
export const PLACE_FLOW = "place";

// "ở Hợp Thành", "tại xã Mỹ An", "huyện Sơn Dương": the words after "ở"/"tại" may name a commune, and the words
// after "huyện" a former district.
// ("ở đâu", "ở đó", "at which…" ask or point back: no place follows.)
const AFTER_AT =
  /(?:^|\s)(?:ở|tại|o|tai|in|at|huyện|huyen|quận|thị xã)\s+(?!(?:đâu|dau|nào|nao|đó|do|đây|day|which|where|the nearest)(?:\s|$|[?.,!]))((?:[\p{L}\d]+\s*){1,4})/giu;
// After this many places typed that are not in the list, the bot stops asking and says where else to ask.
const MAX_TRIES = 2;
const PLACES_HANDLER = "places";

/** "Where do I enroll?": the places of the user's commune when the message names one, else the answer and a question. */
export function whereToEnroll(turn: Turn, intentId: string): Outcome {
  // After the answer that the state pays for the group: the commune's list, not a collection point.
  const statePaid = answerStatePaidEnrolment(turn, intentId);
  if (statePaid) return statePaid;
  const slots = turn.understanding?.slots ?? {};
  const province = slots.province?.code ?? knownProvince(turn);
  const index = placeIndexOf(turn.content);
  // "xã Mỹ An Tháp Mười": the commune's name may run into the district's, so its first words are tried too.
  const typed = [...communeNames(slots.commune?.name, index), ...phrasesAfterAt(turn.text)];
  const done = { lastIntent: intentId, misses: 0 };
  for (const candidate of typed) {
    const found = index.find(candidate, turn.today, province);
    if (found) return communePlaces(turn, found, done);
  }
  // No place in this message: the commune the conversation is already about, when there is one.
  const known = turn.session.commune;
  const remembered =
    typed.length === 0 && !slots.province && known
      ? index.find(known.name, turn.today, known.province, false)
      : undefined;
  if (remembered) return communePlaces(turn, remembered, done);
  const answer = answerIntent(turn, intentId);
  for (const candidate of typed) {
    const district = index.district(candidate, province, false);
    if (district)
      return {
        replies: [answer, askInDistrict(district)],
        session: { ...done, flow: asked(district.province) },
      };
  }
  if (slots.commune)
    return {
      replies: [text(t("common:places.not_listed", { commune: slots.commune.name })), answer],
      session: done,
    };
  if (slots.province) {
    const code = slots.province.code;
    const covered = index.covers(code);
    return {
      replies: [answer, askInProvince(turn, code)],
      session: { ...done, flow: covered ? asked(code) : undefined },
    };
  }
  return { replies: [answer, text(askCommune(turn, province))], session: { ...done, flow: asked(province) } };
}

/** The user's reply to "which commune?": the places there, or undefined when the text is not a place at all. */
export function answerPlaceQuestion(turn: Turn, message: string): Outcome | undefined {
  const data = turn.session.flow?.data ?? {};
  const province = typeof data.province === "string" ? data.province : turn.province;
  const reading = readPlace(turn.content, turn.today, message, { province, fuzzy: true });
  if (reading) return placeOutcome(turn, reading);
  if (!looksLikePlace(message)) return undefined;
  // A place typed that is not in the list: the question stays open, with what the list has.
  const tries = (typeof data.tries === "number" ? data.tries : 0) + 1;
  if (tries >= MAX_TRIES) return { replies: [notFound(turn)], session: { flow: undefined, misses: 0 } };
  return {
    replies: [askAgain(turn, province)],
    session: { flow: { id: PLACE_FLOW, awaiting: "commune", data: { ...data, tries } }, misses: 0 },
  };
}

/** What to say to a place the user named: its places, or which commune of the district or province. */
export function placeOutcome(turn: Turn, reading: PlaceReading): Outcome {
  const done = { lastIntent: placesIntent(turn), misses: 0 };
  switch (reading.kind) {
    case "commune":
      return communePlaces(turn, reading.found, done);
    case "district":
      return {
        replies: [askInDistrict(reading.district)],
        session: { ...done, flow: asked(reading.district.province) },
      };
    case "province": {
      const covered = placeIndexOf(turn.content).covers(reading.province);
      return {
        replies: [askInProvince(turn, reading.province)],
        session: { ...done, flow: covered ? asked(reading.province) : undefined },
      };
    }
  }
}

/** True when the bot's last answer was where to enroll: a place named next continues it. */
export function answeredPlaces(turn: Turn): boolean {
  const last = turn.session.lastIntent;
  return last !== undefined && turn.content.intents.get(last)?.handler === PLACES_HANDLER;
}

/** The province the conversation is about: a question pending or set aside, or the deployment's own. */
export function knownProvince(turn: Turn): string | undefined {
  for (const data of [turn.session.flow?.data, turn.session.suspended?.data]) {
    const province = data?.province;
    if (typeof province === "string" && province !== "none") return province;
  }
  return turn.province;
}

function communePlaces(turn: Turn, found: CommunePlaces, done: Outcome["session"]): Outcome {
  return {
    replies: [placesReply(turn, found)],
    session: { ...done, flow: undefined, commune: { name: found.commune, province: found.province } },
  };
}

function asked(province: string | undefined): NonNullable<Session["flow"]> {
  const data: Record<string, string> = province ? { province } : {};
  return { id: PLACE_FLOW, awaiting: "commune", data };
}

function placesIntent(turn: Turn): string {
  if (answeredPlaces(turn)) return turn.session.lastIntent!;
  for (const [id, intent] of turn.content.intents) if (intent.handler === PLACES_HANDLER) return id;
  return "enroll.where";
}

// The name as read, and its first words when the rest is a former district's name ("Mỹ An" + "Tháp Mười"); not
// otherwise, so "Mỹ An Hưng" never becomes "Mỹ An".
function communeNames(name: string | undefined, index: ReturnType<typeof placeIndexOf>): string[] {
  if (!name) return [];
  const words = name.split(/\s+/);
  const prefixes = [3, 2]
    .filter((size) => size < words.length && index.district(words.slice(size).join(" "), undefined, false))
    .map((size) => words.slice(0, size).join(" "));
  return [name, ...prefixes];
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
