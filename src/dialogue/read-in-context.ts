import type { Turn } from "../features/handler.ts";
import { markedFollowUp } from "../features/typed-lexicon.ts";
import type { Recognize, Understanding } from "../nlu/recognize.ts";

// A follow-up leaves its topic unsaid ("làm lại có tốn phí không", "nộp qua mạng được không", "what if the app
// won't open?"); a longer message says what it is about.
const FOLLOW_UP_WORDS = 8;
const NOT_A_TOPIC = new Set(["out_of_scope", "smalltalk.greeting", "smalltalk.thanks", "smalltalk.help"]);

/**
 * What a message asks, read after the topic just answered when it is a short follow-up: alone it is read as out of
 * scope or not understood, or it is marked as a follow-up and reads better after the topic. A message that is
 * clear alone keeps its own reading ("còn hộ cận nghèo?" after the household sum is about the near-poor).
 */
export function readInContext(turn: Turn, recognize: Recognize): Understanding {
  const alone = recognize(turn.text, turn.today);
  const topic = turn.session.lastIntent;
  if (!topic || NOT_A_TOPIC.has(topic) || turn.text.trim().split(/\s+/).length > FOLLOW_UP_WORDS)
    return alone;
  const marked = markedFollowUp(turn.text);
  // A greeting or thanks is clear alone too; only "outside health insurance" may be a follow-up misread.
  const clearAlone = alone.band === "answer" && alone.intent !== "out_of_scope";
  if (clearAlone && !marked) return alone;
  const title = turn.content.answers[turn.locale].get(topic)?.title;
  if (!title) return alone;
  const after = recognize(turn.text, turn.today, title);
  if (after.band !== "answer" || NOT_A_TOPIC.has(after.intent)) return alone;
  return !clearAlone || after.confidence > alone.confidence ? after : alone;
}
