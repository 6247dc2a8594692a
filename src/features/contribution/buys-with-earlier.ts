import { foldWords } from "../../core/fold.ts";
import { saidBefore } from "../../core/session.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { ONE_RELATIVE } from "../../nlu/slots/named-members.ts";
import type { Outcome, Turn } from "../handler.ts";
import { draftFromSlots } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";

// "vậy mua chung với vợ chồng tôi được không", "can she buy together with us": the one asked about before, joining
// the people this message names.
const BUYS_WITH =
  /\b(?:mua|dong|tham gia|vao) (?:chung|cung) (?:voi|vs) (?:vo chong|nha|gia dinh|ho)|\b(?:buy|join|be) (?:together )?with (?:us|my (?:wife|husband|family))\b/;
const WORDS = 30;

/**
 * After a question about one relative ("má tôi 71 tuổi, tạm trú ở Sài Gòn…"), "vậy mua chung với vợ chồng tôi được
 * không, tôi đi làm công ty có bhyt rồi, vợ tôi bán hàng": the household sum of that relative and the people named
 * now, read from both messages together. Undefined for other messages.
 */
export function answerBuysWithEarlier(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > WORDS || !BUYS_WITH.test(folded)) return undefined;
  const earlier = saidBefore(turn.session)[0];
  if (!earlier) return undefined;
  const before = foldForSlots(earlier);
  // One relative with an age asked about before, and none named again now.
  if ([...before.matchAll(ONE_RELATIVE)].length !== 1 || !agesOf(before)?.length) return undefined;
  if ([...foldForSlots(turn.text).matchAll(ONE_RELATIVE)].some((m) => before.includes(m[0].split(" ")[0]!)))
    return undefined;
  // What was told of the relative, without the question asked of it ("…có được thành phố hỗ trợ … 65 đến 75 tuổi không?").
  const told = earlier.split(/(?<=[.?!])\s+/).filter((sentence) => !sentence.trim().endsWith("?"));
  const together = `${(told.length > 0 ? told.join(" ") : earlier).trim().replace(/[?.!]+$/, "")}, ${turn.text}`;
  const { draft } = draftFromSlots(slotExtractorOf(turn)(together, turn.today));
  if ((draft.members ?? 0) < 2) return undefined;
  // (Straight to the sum: the relative's own case was answered before.)
  return continueCalc({ ...turn, text: together }, { ...draft, group: "household" });
}
