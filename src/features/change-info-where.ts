import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { saysCardLost } from "../nlu/case-readings.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

const TOPIC = "card.change_info";
// "sửa ở đâu", "nộp ở đâu", "where do I submit it": where the correction is handed in.
const WHERE = /\b(?:o dau|cho nao|noi nao|where)\b/;
const WORDS = 10;

/**
 * "sửa ở đâu" right after the answer on correcting a card's details: only where the form goes, not the details
 * again. Undefined for a first asking or another question.
 */
export function answerChangeInfoWhere(turn: Turn): Outcome | undefined {
  if (turn.session.lastIntent !== TOPIC || turn.text.trim().split(/\s+/).length > WORDS) return undefined;
  if (!WHERE.test(` ${foldWords(turn.text)} `)) return undefined;
  return { replies: [text(t("common:change_info_where"))], session: { lastIntent: TOPIC, misses: 0 } };
}

/**
 * "I lost my card, and the date of birth on it is wrong": the correction, and that a lost card needs no new paper
 * one to see a doctor. Undefined when no card is said lost.
 */
export function answerChangeInfoWithLostCard(turn: Turn, intent: string): Outcome | undefined {
  if (!saysCardLost(turn.text)) return undefined;
  return {
    replies: [answerIntent(turn, intent), text(t("common:change_info_card_lost"))],
    session: { lastIntent: intent, misses: 0 },
  };
}

// "sửa mất bao lâu, trong lúc chờ sửa đi khám có được BHYT trả không", "con gái đi nộp hộ được không", "can my
// daughter hand it in for me?": the wait for a correction, the card meanwhile, or a relative handing it in.
const WHILE_WAITING =
  /\b(?:(?:sua|doi|correct\w*|fix\w*)(?: \w+){0,3} (?:mat bao lau|bao lau|may ngay|how long)|(?:mat bao lau|how long)(?: \w+){0,3} (?:sua|doi|to (?:fix|correct)|(?:the )?correction|correcting|fixing)|(?:the )?correction take|(?:submit|file|hand in|do|send) (?:it |this |the form )?(?:for me|on my behalf)|can my (?:wife|husband|son|daughter|mother|father|child|relative) (?:submit|file|hand|do|send)|trong (?:luc|khi) cho (?:sua|doi)|while (?:it s|it is|they re|they are) (?:being )?(?:fixed|corrected)|meanwhile|nop ho|di (?:sua|nop|lam) ho|(?:sua|nop|lam) thay|uy quyen|on (?:my|her|his) behalf)\b/;
const WAITING_WORDS = 30;

/** After the answer on correcting details: the card stays valid meanwhile; the office sets the day; a relative may hand it in. */
export function answerChangeInfoWaiting(turn: Turn): Outcome | undefined {
  if (turn.session.lastIntent !== TOPIC || turn.text.trim().split(/\s+/).length > WAITING_WORDS)
    return undefined;
  if (!WHILE_WAITING.test(` ${foldWords(turn.text)} `)) return undefined;
  return {
    replies: [text(t("common:change_info_waiting", { hotline: turn.content.links.contacts.hotline }))],
    session: { lastIntent: TOPIC, misses: 0 },
  };
}
