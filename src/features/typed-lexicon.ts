import type { TypedRepliesFile } from "../content/schemas/shared.schema.ts";
import { foldDiacritics, foldWords, withoutTrailing } from "../core/fold.ts";

/** intents/_shared/typed-replies.yaml folded once, for comparing whole typed messages. */
export interface FoldedLexicon {
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  /** Longest first, so "thank you" goes before "you" would. */
  particles: readonly string[];
  acknowledgements: ReadonlySet<string>;
  sad: ReadonlySet<string>;
  /** As written: emoji fold to nothing, so a wordless message is matched on these. */
  sadAsWritten: readonly string[];
  farewells: ReadonlySet<string>;
  wishes: readonly string[];
  /** "bạn là người hay máy", "are you a bot". */
  identity: ReadonlySet<string>;
}

const folded = new WeakMap<TypedRepliesFile, FoldedLexicon>();

/** The lexicon folded, once per content version (it is read for every message). */
export function foldedLexicon(lexicon: TypedRepliesFile): FoldedLexicon {
  const known = folded.get(lexicon);
  if (known) return known;
  const set = (forms: readonly string[]) => new Set(forms.map(foldWords));
  const built: FoldedLexicon = {
    yes: set(lexicon.yes),
    no: set(lexicon.no),
    particles: lexicon.particles.map(foldWords).sort((a, b) => b.length - a.length),
    acknowledgements: set(lexicon.acknowledgements),
    sad: set(lexicon.sad),
    sadAsWritten: lexicon.sad,
    farewells: set(lexicon.farewells),
    wishes: lexicon.wishes.map(foldWords),
    identity: set(lexicon.identity),
  };
  folded.set(lexicon, built);
  return built;
}

/** Whether a whole message is a plain yes or no ("ok", "dạ được", "thôi khỏi", "no thanks"), in any register. */
export function yesOrNo(text: string, lexicon: TypedRepliesFile): "yes" | "no" | undefined {
  const typed = foldWords(text);
  const { yes, no, particles } = foldedLexicon(lexicon);
  for (const form of [typed, withoutTrailing(typed, particles)]) {
    if (yes.has(form)) return "yes";
    if (no.has(form)) return "no";
  }
  return undefined;
}

// "còn…", "thế…", "vậy…", "…thì sao", "and if…", "what about…": said as carrying on from the last answer.
const FOLLOW_UP_MARK =
  /^(?:con|the|vay|zay|and|what about|how about|what if)\b|\b(?:thi sao|the nao|thi the nao|co khac khong|khac khong|ho tro them|any different|is it different|extra support)\b/;

// "à nhầm", "sửa lại", "ko đúng", "ý tôi là", "sorry, I meant": what follows replaces something said before.
const CORRECTION =
  /\b(?:nham|sai (?:r|roi|rui|bet)|chu (?:khong|ko|k|hong) phai|sao (?:lai )?(?:tinh )?(?:\d{1,2}|hai|ba|bon|nam) (?:nguoi|ng)|why (?:\d{1,2}|two|three|four|five) people|a khong|a quen|quen mat|quen noi|sua lai|i forgot|forgot to (?:say|mention)|(?:khong|ko|k|chua) (?:dung|chinh xac)|that s (?:not right|wrong)|not right|y (?:toi|em|minh) la|dung ra la|sorry|oops|oh wait|hold on|i meant|correction|wrong date|actually|(?:doi|sua) (?:lai )?ngay|change (?:the|my) (?:date|expiry)|move (?:it|the date)|update the date)\b/;

/** Whether a message corrects something said before ("à nhầm, 5 người", "sorry, I meant 2/6/2027"). */
export function saysCorrection(text: string): boolean {
  return CORRECTION.test(` ${foldWords(text)} `);
}

/** Whether a message starts or ends the way a follow-up does. */
export function markedFollowUp(text: string): boolean {
  return FOLLOW_UP_MARK.test(foldWords(text).trim());
}

// A yes or no said first, then a few words that are not a question ("ok đặt đi", "không, để đóng xong em quay lại").
const LEADING_REPLY_WORDS = 10;
const ASKS = /\?|\b(?:bao nhieu|sao|the nao|nhu the nao|khong|ko|chua|nhi|ha|a|how|what|why|when)\s*$/;

/**
 * A yes or no that opens a short reply to the bot's yes/no question: the first word or two are one, and the rest
 * asks nothing. Whole-message forms are read by `yesOrNo`; this is for the words people add after them.
 */
export function leadingYesOrNo(text: string, lexicon: TypedRepliesFile): "yes" | "no" | undefined {
  const whole = yesOrNo(text, lexicon);
  if (whole) return whole;
  const typed = foldWords(text);
  const words = typed.split(" ");
  if (words.length > LEADING_REPLY_WORDS || text.includes("?")) return undefined;
  for (const size of [2, 1]) {
    const head = words.slice(0, size).join(" ");
    const rest = words.slice(size).join(" ");
    const { yes, no } = foldedLexicon(lexicon);
    const means = yes.has(head) ? "yes" : no.has(head) ? "no" : undefined;
    // "không, nhắc trước 14 ngày cơ", "không, 4 người": a no that says instead what is wanted is that, not a no.
    if (means === "no" && /\d/.test(rest)) return undefined;
    if (means && rest && !ASKS.test(rest)) return means;
  }
  return undefined;
}

export { asksHowMuch, asksPerMonth, asksWhere } from "../nlu/how-much.ts";

// "tính tiền bhyt hộ cận nghèo", "tính giùm", "calculate": a request for the sum, not for the rule. Folded "tinh" is
// also "tỉnh" (province), so the bare word counts only with its marks.
const CALCULATE_MARKED = /(?:^|\s)tính(?:\s|$)/u;
const CALCULATE_FOLDED = /\btinh (?:tien|gium|giup|dum|ho|thu|xem|coi)\b|\b(?:calculate|compute|work out)\b/;

/** True when the message asks to calculate ("tính tiền…", "calculate…"). */
export function asksToCalculate(message: string): boolean {
  const lower = message.normalize("NFC").toLowerCase();
  return CALCULATE_MARKED.test(lower) || CALCULATE_FOLDED.test(foldDiacritics(lower));
}
