import { foldWords } from "../core/fold.ts";
import { choices, type Reply, t } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

/** One shared word is chance ("năm" in "nửa năm" and "năm học"); two say which part of an answer is asked. */
export const TELLING_WORDS = 2;
// Words that say nothing about which part answers: the topic itself and the words of any question.
const PLAIN = new Set(
  "bhyt bao hiem the thi sao con neu khong ko duoc dc cua nao vay bao nhieu lam minh toi em anh chi ban nhe a oi gi what how does do is are a an my and or if it card cards health insurance".split(
    " ",
  ),
);

/** The words of a text that can tell one part of an answer from another. */
export function contentWords(text: string): Set<string> {
  return new Set(
    foldWords(text)
      .split(" ")
      .filter((word) => word.length >= 2 && !PLAIN.has(word)),
  );
}

/** How many of the asked words a part of an answer has. */
export const overlap = (asked: Set<string>, part: Set<string>) =>
  [...asked].filter((word) => part.has(word)).length;

const FOLLOW_UP_WORDS = 12;
const CLEAR_LINE = 3;
const CLEAR_LEAD = 2;
const LIST_MARK = /^\s*(?:\d+\.|[a-z]\)|-)\s*/;
const STEPS_ASKED =
  /\b(?:tung buoc|cac buoc|nhung buoc|may buoc|lam the nao|lam sao|lam ntn|step by step|steps|walk me through)\b/;

/**
 * "chưa có thẻ thì bé đi khám được không" right after the newborn's answer: the same answer again would bury
 * the line that says it, so that line is given on its own ("Khi chưa có thẻ, bé đi khám chỉ cần giấy chứng sinh"), with
 * the answer's buttons. Undefined when the answer was not just given, or no line of it is clearly what is asked.
 */
export function quoteAskedLine(turn: Turn, intent: string, outcome: Outcome): Outcome | undefined {
  const first = outcome.replies[0];
  const again =
    turn.session.lastIntent === intent &&
    turn.message.action === undefined &&
    turn.text.trim().split(/\s+/).length <= FOLLOW_UP_WORDS &&
    first?.parts[0]?.key === `answers:${intent}.body`;
  const answer = again ? turn.content.answers[turn.locale].get(intent) : undefined;
  if (!answer || !first) return undefined;
  const asked = withAskedSynonyms(contentWords(turn.text), turn.text);
  const scored = [answer.body, answer.more ?? ""]
    .join("\n")
    // A paragraph of several sentences is scored sentence by sentence, like the lines of a list.
    .split(/\n|(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((line) => ({ line, score: overlap(asked, contentWords(line)) + sharedPairs(turn.text, line) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  // Clearly one line, and one that needs no figures filled in; else the whole answer says it better.
  const clear = best && best.score >= CLEAR_LINE && best.score - (next?.score ?? 0) >= CLEAR_LEAD;
  // A line that leads into a list ("…at:") says nothing without it; the topic's own label typed asks the whole answer.
  const leadIn = best?.line.trimEnd().endsWith(":");
  const labelTyped = foldWords(turn.text) === foldWords(answer.title);
  // ("làm từng bước ntn", "step by step": every step is asked, not the one line its words match.)
  const steps = STEPS_ASKED.test(` ${foldWords(turn.text)} `);
  if (!best || !clear || best.line.includes("{{") || leadIn || labelTyped || steps) return undefined;
  const quoted = best.line.replace(LIST_MARK, "");
  const line = t("common:answer_line", { line: { kind: "text", value: quoted } });
  const reply: Reply = choices([line], first.kind === "choices" ? first.choices : []);
  return { ...outcome, replies: [reply, ...outcome.replies.slice(1)] };
}

// "làm online được không", "can I do it online": the line that says where it is done online ("trực tuyến trên
// https://dichvucong.gov.vn") is the one asked, though it shares no word with "online".
const ONLINE = new Set(["online", "truc", "tuyen"]);
const ONLINE_WORDS = ["online", "truc", "tuyen", "dichvucong", "https", "gov"];

// "mất bao lâu", "how long does it take": the line that says within how many working days.
const TIME_TAKEN = /\b(?:bao lau|how long|how many days|may ngay)\b/;
const TIME_WORDS = ["ngay", "viec", "trong", "working", "days", "within"];

function withAskedSynonyms(asked: Set<string>, text: string): Set<string> {
  const online = [...asked].some((word) => ONLINE.has(word)) ? ONLINE_WORDS : [];
  const time = TIME_TAKEN.test(` ${foldWords(text)} `) ? TIME_WORDS : [];
  return online.length + time.length > 0 ? new Set([...asked, ...online, ...time]) : asked;
}

// Two words in a row shared with a line ("trợ cấp thất nghiệp") say more than the same words apart.
function sharedPairs(asked: string, line: string): number {
  const pairs = (text: string) => {
    const words = foldWords(text).split(" ");
    return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
  };
  const inLine = pairs(line);
  return [...pairs(asked)].filter((pair) => inLine.has(pair)).length;
}
