import { foldDiacritics } from "../core/fold.ts";
import { redactPersonalNumbers } from "../core/pii-guard.ts";

// Words that carry no topic: who is asking, how politely, and the question's frame ("cho tôi hỏi về … có … không",
// "I want to ask about …"). Folded, as the key is; English words that fold to a Vietnamese topic word are left out
// ("the" is thẻ, "me" mẹ, "be" bé, "in" in, "an" ăn, "day" dạy).
const FRAME_WORDS = new Set(
  (
    "toi minh em anh chi ban ad admin oi a ah ak da vang cho hoi muon xin nho giup ve la thi ma co khong ko k kh " +
    "gi nao sao vay nhe nha nhi roi chua duoc dc dk can phai cua va voi hay hoac nhung cac mot nay do " +
    "i my we you your please want to ask about is are am of for on and or could does how " +
    "what which when where why would should will it this that there"
  ).split(" "),
);
// Topic words kept per group: enough to tell questions apart, few enough that a long story still groups.
const KEPT_WORDS = 12;

/**
 * The group of an unanswered question, so that admins see one row for one question however it was put: its
 * topic words without marks, numbers, punctuation or the words that only frame a question, in alphabetical order
 * ("tôi muốn hỏi về xe buýt điện miễn phí" and "xe buýt điện có miễn phí không" → "buyt dien mien phi xe").
 */
export function unansweredKey(text: string): string {
  const words = foldDiacritics(redactPersonalNumbers(text).text)
    .replace(/[^a-z\s]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const topic = [...new Set(words.filter((word) => !FRAME_WORDS.has(word)))].slice(0, KEPT_WORDS);
  // A question of frame words only ("cho tôi hỏi với") keeps its words, so it is not lost.
  return (topic.length > 0 ? topic.sort() : words.slice(0, KEPT_WORDS)).join(" ");
}
