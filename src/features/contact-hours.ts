import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { asksHours } from "../nlu/case-readings.ts";
import { answerIntent, answerVarsFor } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "giờ hành chính là mấy giờ, thứ 7 có làm không" about the hotline or the offices: the hours are not in our
 * sources, so the answer says so and how to check, instead of guessing. Undefined for other hotline questions.
 */
export function answerContactHours(turn: Turn): Outcome | undefined {
  if (!asksHours(turn.text)) return undefined;
  return {
    replies: [text(t("common:contact_hours", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "contact.hotline", misses: 0 },
  };
}

// "gọi có mất phí không", "is the call free?": what a call to the hotline costs is not in our sources.
const FEE_ASKED =
  /\b(?:mat phi|ton phi|mat tien|ton tien|co phi|tinh cuoc|cuoc goi|mien phi|free|charge|charged|cost to call|toll)\b/;

/** The hotline's number with what a call costs (not in our sources: said so, and a free way to ask). */
export function answerHotlineFee(turn: Turn): Outcome | undefined {
  if (!FEE_ASKED.test(` ${foldWords(turn.text)} `)) return undefined;
  return {
    replies: [text(t("common:hotline_fee", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "contact.hotline", misses: 0 },
  };
}

// "gọi mãi không ai nghe máy", "no one picks up": the hotline did not answer.
const NO_ANSWER =
  /\b(?:(?:khong|ko|k|chang) (?:ai )?(?:nghe|bat) (?:may)?|khong goi duoc|ko goi duoc|goi (?:mai|hoai|hoai ma|nhieu lan) (?:khong|ko|k)|may ban|no one (?:answers|picks up|picked up|answered)|nobody (?:answers|picks up|picked up|answered)|(?:can t|cannot|couldn t) get through|line (?:is )?busy|always busy)\b/;

/** Whether a message says the hotline did not answer. */
export const hotlineUnanswered = (text: string): boolean => NO_ANSWER.test(` ${foldWords(text)} `);

/** "gọi mãi không ai nghe máy": the other ways to reach social insurance. Undefined for other messages. */
export function answerHotlineUnanswered(turn: Turn): Outcome | undefined {
  if (!hotlineUnanswered(turn.text)) return undefined;
  return {
    replies: [text(t("common:hotline_unanswered", answerVarsFor(turn, ["hotline"])))],
    session: { lastIntent: "contact.hotline", misses: 0 },
  };
}

/** "gọi số đó có mất tiền không, mấy giờ có người nghe": what a call costs, the hours, or both. */
export function answerHotlineAsked(turn: Turn): Outcome | undefined {
  const hours = answerContactHours(turn);
  const fee = answerHotlineFee(turn);
  return hours && fee ? { ...hours, replies: [...fee.replies, ...hours.replies] } : (hours ?? fee);
}

/** Whether a message asks what a call to the hotline costs or when someone answers. */
export const asksAboutCalling = (text: string): boolean =>
  asksHours(text) || FEE_ASKED.test(` ${foldWords(text)} `);

// "Địa chỉ BHXH tỉnh Nghệ An ở đâu?", "where is the social insurance office in Vinh?": one office's address.
const ADDRESS_ASKED =
  /\b(?:dia chi|o dau|den dau|cho nao|address|where is|where are|where do i go|where can i find)\b/;
const OFFICE = /\b(?:bhxh|bao hiem xa hoi|co quan|social insurance|office)\b/;

/** The contacts, and that the bot holds no office's address, with where to look it up. */
export function answerOfficeAddress(turn: Turn, intent: string): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!ADDRESS_ASKED.test(folded) || !OFFICE.test(folded)) return undefined;
  return {
    replies: [answerIntent(turn, intent), text(t("common:office_address_unknown"))],
    session: { lastIntent: intent, misses: 0 },
  };
}
