import { foldDiacritics } from "../../core/fold.ts";
import type { Outcome, Turn } from "../handler.ts";
import { answerReading, pendingCards } from "./expiry-replies.ts";
import { labelOf } from "./read-expiries.ts";

// "dòng 2 là chồng cô, dòng 3 là thẻ của con trai cô", "the second one is my son's card": a line of the schedule
// shown, said to be someone else's.
const LINE_IS =
  /\b(?:dong|line|the thu|cai thu|thu|the|so|number|no)\s*(\d|mot|hai|ba|bon|nam|dau|cuoi|first|second|third|fourth|last)(?: one| card| line| row)?\s*(?:la|is|=|:|phai la|la cua|is for|should be)\s+([^,.;!?]+)/g;
// "… chứ không phải của cô", "…, not mine": who it is not.
const NOT_THEM = /\s(?:chứ|chu|not|không phải|khong phai)\b.*$/iu;
const PLACE: Record<string, number> = {
  mot: 1,
  dau: 1,
  first: 1,
  hai: 2,
  second: 2,
  ba: 3,
  third: 3,
  bon: 4,
  fourth: 4,
  nam: 5,
};

/**
 * While a schedule waits for a yes, lines of it said to be someone else's ("dòng 2 là chồng cô"): the same dates
 * under the names said. Undefined when no line is named or a name cannot be read.
 */
export function answerLinesRelabelled(turn: Turn): Outcome | undefined {
  const pending = pendingCards(turn);
  if (pending.length < 2) return undefined;
  // (Folding keeps an NFC text's length: the names are read from the words as typed, at the same places.)
  const typed = turn.text.normalize("NFC");
  const said = [...foldDiacritics(typed).matchAll(LINE_IS)];
  if (said.length === 0) return undefined;
  const cards = [...pending];
  for (const match of said) {
    const [whole, place, who] = match;
    const index =
      place === "cuoi" || place === "last" ? cards.length - 1 : (Number(place) || PLACE[place!] || 0) - 1;
    const start = match.index! + whole.length - who!.length;
    const words = typed.slice(start, start + who!.length).replace(NOT_THEM, "");
    const label = labelOf(words, turn.today);
    if (index < 0 || index >= cards.length || label === undefined) return undefined;
    cards[index] = { ...cards[index]!, label };
  }
  return answerReading(turn, { cards, expired: [], notDates: [], unread: [] });
}
