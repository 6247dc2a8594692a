import { encodeAction } from "../core/actions.ts";
import { foldWords, withoutTrailing } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import { splitClauses } from "../nlu/asked.ts";
import { answerIntent, intentChoice } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";
import { type FoldedLexicon, foldedLexicon } from "./typed-lexicon.ts";

const FAREWELL_WORDS = 12;
const LEADING_YES_NO = /^(?:(?:da|vang|khong|ko|no|uh|um)\s+)+/;

/**
 * Messages that need a short friendly word rather than an answer: an emoji, a sticker, laughter or a thumbs-up
 * (not "I did not understand", which counts a miss and leads to the hotline), and a goodbye once the conversation
 * has begun (not "you're welcome", not the introduction again). Undefined when the message says something.
 */
export function acknowledge(turn: Turn): Outcome | undefined {
  const lexicon = foldedLexicon(turn.content.typedReplies);
  const folded = foldWords(turn.text);
  // "dạ không, hỏi cho biết thôi": the "dạ"/"không" before it adds nothing.
  const plain = withoutTrailing(folded, lexicon.particles).replace(LEADING_YES_NO, "");
  // Only a whole message of these: "buồn quá, mẹ tôi nằm viện…" is a question and goes on to be answered.
  const key =
    folded === ""
      ? lexicon.sadAsWritten.some((form) => turn.text.includes(form))
        ? "sad"
        : "ok"
      : lexicon.sad.has(folded)
        ? "sad"
        : // A bare "ok"/"có" that answers no question of the bot's is a nod, not thanks; a bare "không" after an
          // answer is "nothing more" (before any, it may be a question: "không có thẻ thì sao").
          lexicon.acknowledgements.has(plain) ||
            lexicon.yes.has(withoutTrailing(folded, lexicon.particles)) ||
            (turn.session.lastIntent !== undefined &&
              lexicon.no.has(withoutTrailing(folded, lexicon.particles)))
          ? "ok"
          : isFarewell(turn, folded, lexicon)
            ? "goodbye"
            : undefined;
  const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
  // "Bạn là người hay máy?": a program, said plainly, with the way to a person.
  if (!key && [folded, withoutTrailing(folded, lexicon.particles)].some((form) => lexicon.identity.has(form)))
    return {
      replies: [choices([t("common:ack.identity")], [intentChoice("handoff.human"), menu])],
      session: { misses: 0 },
    };
  // "ok, vậy tôi đi đóng ngay tuần này. Cảm ơn.", "vâng e hiểu r, để e hỏi phòng ctsv. thanks ad": a closing
  // thank-you after words that ask nothing.
  if (!key && closingThanks(turn.text, folded))
    return { replies: [answerIntent(turn, "smalltalk.thanks")], session: { misses: 0 }, keepsChoices: true };
  if (!key) return undefined;
  return { replies: [choices([t(`common:ack.${key}`)], [menu])], session: { misses: 0 }, keepsChoices: true };
}

// "bye nhé", "tạm biệt ạ"; or a wish that asks nothing ("chào em nhé, chúc em một ngày tốt lành").
function isFarewell(turn: Turn, folded: string, lexicon: FoldedLexicon): boolean {
  const begun = turn.session.lastIntent !== undefined;
  if (!begun || turn.text.includes("?") || folded.split(" ").length > FAREWELL_WORDS) return false;
  if (lexicon.farewells.has(withoutTrailing(folded, lexicon.particles))) return true;
  return /\b(?:chuc|have a)\b/.test(folded) && lexicon.wishes.some((wish) => folded.includes(wish));
}

const THANKS_AT_END =
  /(?:^|\s)(?:cam on|cam on nhieu|thanks|thank you|thank u|tks|thks|thanks a lot|thank you so much)(?:\s+(?:a|ad|admin|ban|b|nhe|nha|nhieu|em|chi|anh|so much|a lot))*\s*$/;
const CLOSING_WORDS = 24;

// A message that ends with thanks and asks nothing ("để e hỏi phòng ctsv. thanks ad"), in a few sentences.
function closingThanks(text: string, folded: string): boolean {
  if (text.includes("?") || folded.split(" ").length > CLOSING_WORDS || !THANKS_AT_END.test(folded))
    return false;
  return !splitClauses(text).some((clause) => clause.asked);
}

const CLOSING =
  /\b(?:cam on|thanks|thank you|thank u|tks|thx|bye|bye bye|tam biet|goodbye|good bye|see you)\b/;
const CLOSING_ONLY_WORDS = 6;

/**
 * "thanks, bye", "ok cảm ơn nhé": a short closing with no figure in it, which ends a question the bot was waiting on
 * instead of being read as a wrong answer to it.
 */
export function closesConversation(text: string): boolean {
  const folded = foldWords(text);
  return folded.split(" ").length <= CLOSING_ONLY_WORDS && !/\d/.test(folded) && CLOSING.test(folded);
}
