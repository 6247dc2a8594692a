import { encodeAction } from "../core/actions.ts";
import { choices, t } from "../core/reply.ts";
import { foldTyped } from "../dialogue/typed-reply.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * An emoji, a sticker, laughter or a thumbs-up: a short friendly reply, not "I did not understand" (which counts a
 * miss and leads to the hotline). Undefined when the message says something.
 */
export function acknowledge(turn: Turn): Outcome | undefined {
  const { acknowledgements, sad } = turn.content.typedReplies;
  const folded = foldTyped(turn.text);
  // Only a whole message of these: "buồn quá, mẹ tôi nằm viện…" is a question and goes on to be answered.
  const isSad =
    folded === ""
      ? sad.some((form) => turn.text.includes(form))
      : sad.some((form) => foldTyped(form) === folded);
  const isAck = folded === "" || acknowledgements.some((form) => foldTyped(form) === folded);
  if (!isSad && !isAck) return undefined;
  const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
  return { replies: [choices([t(isSad ? "common:ack.sad" : "common:ack.ok")], [menu])] };
}
