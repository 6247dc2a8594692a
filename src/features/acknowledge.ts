import { encodeAction } from "../core/actions.ts";
import { choices, t } from "../core/reply.ts";
import { foldTyped, withoutParticles } from "../dialogue/typed-reply.ts";
import type { Outcome, Turn } from "./handler.ts";

const FAREWELL_WORDS = 12;

/**
 * Messages that need a short friendly word rather than an answer: an emoji, a sticker, laughter or a thumbs-up
 * (not "I did not understand", which counts a miss and leads to the hotline), and a goodbye once the conversation
 * has begun (not "you're welcome", not the introduction again). Undefined when the message says something.
 */
export function acknowledge(turn: Turn): Outcome | undefined {
  const { acknowledgements, sad, farewells, wishes, particles } = turn.content.typedReplies;
  const folded = foldTyped(turn.text);
  const is = (forms: readonly string[]) => forms.some((form) => foldTyped(form) === folded);
  // Only a whole message of these: "buồn quá, mẹ tôi nằm viện…" is a question and goes on to be answered.
  const key =
    folded === ""
      ? sad.some((form) => turn.text.includes(form))
        ? "sad"
        : "ok"
      : is(sad)
        ? "sad"
        : is(acknowledgements)
          ? "ok"
          : isFarewell(turn, folded, farewells, wishes, particles.map(foldTyped))
            ? "goodbye"
            : undefined;
  if (!key) return undefined;
  const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
  return { replies: [choices([t(`common:ack.${key}`)], [menu])], session: { misses: 0 } };
}

// "bye nhé", "tạm biệt ạ"; or a wish that asks nothing ("chào em nhé, chúc em một ngày tốt lành").
function isFarewell(
  turn: Turn,
  folded: string,
  farewells: readonly string[],
  wishes: readonly string[],
  particles: readonly string[],
): boolean {
  const begun = turn.session.lastIntent !== undefined;
  if (!begun || turn.text.includes("?") || folded.split(" ").length > FAREWELL_WORDS) return false;
  const bare = withoutParticles(folded, particles);
  if (farewells.some((form) => foldTyped(form) === bare)) return true;
  return /\b(?:chuc|have a)\b/.test(folded) && wishes.some((wish) => folded.includes(foldTyped(wish)));
}
