import { foldWords } from "../../core/fold.ts";
import type { Turn } from "../handler.ts";
import { saysCorrection } from "../typed-lexicon.ts";
import { pendingCards } from "./expiry-replies.ts";
import type { CardExpiry, ExpiryReading } from "./read-expiries.ts";

/** Whether a message corrects a card's date or takes one back ("à nhầm…", "remove the September one"). */
export function takesBack(text: string): boolean {
  return saysCorrection(text) || REMOVES.test(` ${foldWords(text)} `) || MOVES.test(` ${foldWords(text)} `);
}

/**
 * "sorry my mistake, it expires on 31 October" while one card waits for a yes: that card with the new date (under
 * its name, also when the message names no one or says "just my son's"). Undefined otherwise.
 */
export function correctedPending(turn: Turn, reading: ExpiryReading): ExpiryReading | undefined {
  const pending = pendingCards(turn);
  if (!takesBack(turn.text) || pending.length !== 1 || reading.cards.length !== 1) return undefined;
  // A date that could not be read is still owed: this one is it, beside the card waiting.
  if (turn.session.flow?.data.missing !== undefined) return undefined;
  const [waiting] = pending;
  const [typed] = reading.cards;
  if (typed!.label !== "" && !typed!.label.split(" ").includes(waiting!.label)) return undefined;
  return { ...reading, cards: [{ ...typed!, label: waiting!.label }] };
}

// "remove the September one", "bỏ ngày 31/12 đi", "only one card": a date taken back, in a few more words.
const REMOVES = /\b(?:remove|delete|drop|bo ngay|xoa|only one|chi co (?:1|mot))\b/;
// "thôi đổi thành cuối tháng 4", "change it to 30 April": the card set is moved, not joined by another.
const MOVES =
  /\b(?:doi (?:\w+ ){0,4}?(?:thanh|sang|lai|qua)|sua (?:\w+ ){0,4}?(?:thanh|lai|sang)|chuyen (?:sang|qua|thanh)|doi ngay|sua ngay|(?:change|move) (?:it|that|the date)|(?:change|move|update) (?:\w+ ){0,6}?to|make it|now expires|new (?:expiry|end)(?: date)?|update (?:it|his|her|the date|the reminder)|change (?:his|her|my|the) reminder|han moi)\b/;
const POINTS_AT_SOMEONE =
  /\b(?:her|his|she|he|their|co ay|anh ay|chi ay|ba ay|ong ay|cua no|cua be|cua chau)\b/;

/** The card a correction replaces: the one held under the same name (the household's when none is named). */
export async function correctedCard(turn: Turn, reading: ExpiryReading): Promise<CardExpiry | undefined> {
  if (reading.cards.length !== 1 || !takesBack(turn.text)) return undefined;
  const [card] = reading.cards;
  const held = (await turn.reminders?.listFor(turn.message.ref)) ?? [];
  // "her card", "thẻ của bé": with no name, a pronoun points at the one person named among the cards held.
  const named = [...new Set(held.map((r) => r.entry.label).filter((label) => label !== ""))];
  // "change it to 30 April" with one card held: that card, whoever it is for.
  const onlyCard = new Set(held.map((r) => `${r.entry.label}\u0000${r.entry.expiry}`)).size === 1;
  const pointed = named.length === 1 && POINTS_AT_SOMEONE.test(` ${foldWords(turn.text)} `);
  const label = card!.label === "" && named.length === 1 && (pointed || onlyCard) ? named[0]! : card!.label;
  const same = held.filter((r) => r.entry.label === label && r.entry.expiry !== card!.expiry);
  const dates = new Set(same.map((r) => r.entry.expiry));
  return dates.size === 1 ? { label, expiry: [...dates][0]! } : undefined;
}
