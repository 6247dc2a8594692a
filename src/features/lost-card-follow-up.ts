import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

const TOPIC = "card.lost_reissue";
// Asked right after the lost-card answer: asking online, whether a new card is needed, where, how long, the fee.
const FOLLOW_UPS: [string, RegExp][] = [
  // "I don't have VssID and I'm not good with apps": the chip ID card, or a paper card asked for.
  [
    "no_app",
    /\b(?:don t have|do not have|not good with|can t use|cannot use|no|khong co|ko co|chua co|khong biet dung|ko biet dung|khong ranh|khong gioi)(?: \w+){0,2} (?:vssid|vneid|apps?|ung dung|smartphone|dien thoai thong minh)\b/,
  ],
  // "chú có căn cước gắn chíp": the chip ID card, which is enough at the clinic.
  [
    "chip",
    /\b(?:can cuoc|cccd|cmnd|the can cuoc)(?: cong dan)? (?:gan |co )?chip|chip (?:id|card)|(?:id|identity) card with (?:a )?chip\b/,
  ],
  [
    "online",
    /\b(?:online|onl|truc tuyen|qua mang|tren mang|(?:qua|tren|bang) (?:vssid|app|ung dung|dien thoai|dt)|dich vu cong|(?:o|tai|tu) nha|from home|at home|(?:in|on|via|through|with) (?:the )?(?:vssid|app|phone))\b/,
  ],
  ["where", /\b(?:o dau|cho nao|noi nao|where)\b/],
  ["how_long", /\b(?:bao lau|may ngay|bao nhieu ngay|khi nao co|how long|how many days|when will i get)\b/],
  [
    "fee",
    /\b(?:mat phi|ton phi|le phi|phi|mat tien|ton tien|tra tien|bao nhieu tien|fee|fees|charge|cost|costs|free)\b/,
  ],
  [
    "needed",
    /\b(?:co (?:can|phai) (?:lam|cap|xin) lai|phai (?:lam|cap|xin) lai|can (?:lam|cap|xin) lai|do i (?:need|have) to (?:get|make|apply|replace)|need a (?:new|replacement) card|must i (?:get|replace))\b/,
  ],
];

const FOLLOW_UP_WORDS = 10;
// Parts the general answer does not say, added when asked with the first question.
const ALONGSIDE = new Set(["fee", "how_long"]);
// "vssid là gì, tải ở đâu", "where do I download VssID": the app itself, asked after the card answer.
const APP_ASKED =
  /\b(?:vssid|vneid|app|ung dung)\b(?:\s\w+){0,3}?\s(?:la gi|tai|cai|o dau|download|install|what is)\b|\b(?:tai|cai|download|install)(?:\s\w+){0,2}?\s(?:vssid|vneid|app|ung dung)\b/;

/** A short message asking one of the lost-card follow-ups ("làm online được không", "how long does it take"). */
export function asksLostCardFollowUp(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return (
    text.trim().split(/\s+/).length <= FOLLOW_UP_WORDS &&
    !APP_ASKED.test(folded) &&
    FOLLOW_UPS.some(([, words]) => words.test(folded))
  );
}

/**
 * "có cần làm lại thẻ không", "làm lại ở đâu", "mất bao lâu" right after the lost-card answer: the part asked, on its
 * own, instead of the whole answer again. Undefined for a first asking or another question.
 */
export function answerLostCardFollowUp(turn: Turn): Outcome | undefined {
  if (turn.message.action !== undefined) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  // "mất thẻ làm lại có tốn tiền không, bao lâu": asked with the first question, said after the whole answer.
  if (turn.session.lastIntent !== TOPIC) {
    const asked = FOLLOW_UPS.filter(([key, words]) => ALONGSIDE.has(key) && words.test(folded));
    if (asked.length === 0) return undefined;
    const vars = { hotline: turn.content.links.contacts.hotline };
    return {
      replies: [answerIntent(turn, TOPIC), text(...asked.map(([key]) => t(`common:lost_card.${key}`, vars)))],
      session: { lastIntent: TOPIC, misses: 0 },
    };
  }
  const asked = FOLLOW_UPS.find(([, words]) => words.test(folded))?.[0];
  if (!asked) return undefined;
  return {
    replies: [text(t(`common:lost_card.${asked}`, { hotline: turn.content.links.contacts.hotline }))],
    session: { lastIntent: TOPIC, misses: 0 },
  };
}
