import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import type { Outcome, Turn } from "./handler.ts";
import { saysServingFamily } from "./stated-cases.ts";

// Groups whose card the state pays for: the commune lists them, nobody enrols them as a household.
/** Topics of groups the state pays for. */
export const STATE_PAID: ReadonlySet<string> = new Set([
  "contribution.elderly_social",
  "contribution.poor",
  "contribution.other_group",
]);
// A newborn's card comes with the birth registration, also with nothing to pay.
const YOUNG_CHILD = "contribution.child_under6";
/** "giờ phải đến đâu, mang giấy tờ gì để được cấp thẻ", "where do I get the card": where a card is made. */
export const WHERE_TO_GET =
  /\b(?:o dau|den dau|cho nao|thu tuc|giay to gi|ho so gi|lam the (?:o|tai)|cap the (?:o|tai)|where|which office|how do (?:i|we|they) apply|what (?:papers|documents)|ai (?:lam|nop|lo) (?:ho so|thu tuc))\b/;
// "…theo hộ gia đình", "đóng tiền", "household": the writer asks about the household's own enrolment after all.
const AT_SCHOOL_OR_UNIVERSITY =
  /\b(?:dai hoc|cao dang|trung cap|sinh vien|university|college|hoc lop \d{1,2}|in grade \d{1,2})\b/;
const HOUSEHOLD_ENROLMENT = /\b(?:ho gia dinh|hgd|dong tien|nop tien|household|pay for)\b/;

/**
 * "thủ tục làm thẻ cho cháu thì làm ở đâu" right after the answer that the state pays for the person's group: the
 * commune lists them for BHXH (policy.md §8, Law 51 Art. 17), and a newborn's card comes with the birth
 * registration: neither is the household's first enrolment.
 * Undefined otherwise.
 */
export function answerStatePaidEnrolment(turn: Turn, intent: string): Outcome | undefined {
  const child = turn.session.lastIntent === YOUNG_CHILD;
  if (!child && !STATE_PAID.has(turn.session.lastIntent ?? "")) return undefined;
  return enrolmentReply(turn, intent, child);
}

/** "cựu chiến binh làm thẻ bhyt ở đâu": a state-paid group and where its card is made, asked in one message. */
export function answerStatePaidCardWhere(turn: Turn, intent: string): Outcome | undefined {
  return WHERE_TO_GET.test(` ${foldWords(turn.text)} `) ? enrolmentReply(turn, intent, false) : undefined;
}

// The commune's list (or, for a young child, the birth registration), unless the household's own enrolment is asked.
function enrolmentReply(turn: Turn, intent: string, child: boolean): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // ("con gái tôi sang năm lên đại học thì đóng ở đâu": a child at school or university, who joins there.)
  if (HOUSEHOLD_ENROLMENT.test(folded) || AT_SCHOOL_OR_UNIVERSITY.test(folded)) return undefined;
  // (A serving member's relatives are listed by the member's unit, as their answer said, not by the commune.)
  // (…told a few messages back, or in this one: "thẻ BHYT của thân nhân công an thì ai làm hồ sơ".)
  const told = [turn.text, ...saidBefore(turn.session).slice(0, 3)];
  const serving = !child && told.some(saysServingFamily);
  const key = child
    ? "common:child_enrolment"
    : serving
      ? "common:serving_family_enrolment"
      : "common:state_paid_enrolment";
  return {
    replies: [text(t(key, { hotline: turn.content.links.contacts.hotline }))],
    // The group stays the topic: "mang giấy tờ gì", "làm trên VNeID được không" after it are still about its card.
    session: {
      lastIntent: child || STATE_PAID.has(turn.session.lastIntent ?? "") ? turn.session.lastIntent : intent,
      misses: 0,
    },
  };
}
