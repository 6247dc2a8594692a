import { foldWords } from "../../core/fold.ts";
import type { Outcome, Turn } from "../handler.ts";
import { answerReading, leadSetIn, REMIND_FLOW, withoutLead } from "./expiry-replies.ts";
import type { CardExpiry } from "./read-expiries.ts";

// "đổi nhắc của tôi thành trước 14 ngày", "chỉ nhắc trước 14 ngày", "change mine to 2 weeks before": a new lead for a
// card whose reminders are set.
// (Not "nhắc trước 1 tuần nhé" alone: that is answered with the days the reminders already come.)
const CHANGES = /\b(?:doi|sua|chinh|chi nhac|change|make|move|only)\b/;
const OWN = /\b(?:cua (?:toi|minh|em|tui)|the (?:toi|minh|em|tui)|mine|my card|my own)\b/;
const CHANGE_WORDS = 18;
const ONLY = /\b(?:chi|only|just)\b/;
// "nhắc tôi đóng tiếp vào ngày 10/6/2027", "remind me to pay on 10/6/2027": one reminder on that day, not 30/7/1
// before it. (To renew a card on a day is its end: the usual reminders before it.)
const ON_THE_DAY =
  /\b(?:nhac|bao) (?:toi|em|minh|tui|giup|dum|ho)? ?(?:di )?(?:dong tiep|dong tien|nop tien|mua tiep)(?: \w+){0,3} (?:vao|dung) ngay \d|\bremind me to pay(?: again| next| it)? on (?:the )?\d/;

/**
 * A new lead time for one card already set ("đổi nhắc của tôi thành trước 14 ngày, 2 thẻ kia giữ nguyên"): that
 * card's schedule with the new lead, to confirm; on "yes" its old reminders go. Undefined for other messages, when
 * no card is named among several, or while a schedule waits for a yes (that one changes instead).
 */
export async function answerHeldLead(turn: Turn): Promise<Outcome | undefined> {
  if (turn.session.flow?.id === REMIND_FLOW || !turn.reminders) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > CHANGE_WORDS || !CHANGES.test(folded)) return undefined;
  const days = leadSetIn(turn.text);
  if (days === undefined) return undefined;
  const held = await turn.reminders.listFor(turn.message.ref);
  const cards = [
    ...new Map(held.map((r) => [`${r.entry.label}\u0000${r.entry.expiry}`, r.entry])).values(),
  ].map((entry): CardExpiry => ({ label: entry.label, expiry: entry.expiry }));
  const named = cards.filter((card) =>
    card.label === "" ? OWN.test(folded) : folded.includes(` ${foldWords(card.label)} `),
  );
  const card = named.length === 1 ? named[0] : cards.length === 1 ? cards[0] : undefined;
  if (!card) return undefined;
  // "chỉ nhắc trước 14 ngày": that day only; otherwise the day before as well, in case the first was missed.
  const lead = days > 1 && !ONLY.test(folded) ? `${days},1` : String(days);
  const members = held.find((r) => r.entry.label === card.label)?.entry.members ?? 0;
  const moved: Turn = {
    ...turn,
    session: { ...turn.session, flow: { id: REMIND_FLOW, data: { lead, members: String(members) } } },
  };
  const reading = { cards: [card], expired: [], notDates: [], unread: [] };
  return answerReading(moved, reading, card);
}

/**
 * "my card expires on 31/1/2027, remind me a week before": the turn with that lead for the schedule it starts, and the
 * text to read the cards from without it. The turn is unchanged when no lead is said.
 */
export function withLeadSaid(turn: Turn): { turn: Turn; text: string } {
  const days = leadSetIn(turn.text);
  const onDay = days === undefined && ON_THE_DAY.test(` ${foldWords(turn.text)} `);
  if (days === undefined && !onDay) return { turn, text: turn.text };
  const lead =
    days === undefined
      ? "0"
      : days > 1 && !ONLY.test(` ${foldWords(turn.text)} `)
        ? `${days},1`
        : String(days);
  const flow = turn.session.flow?.id === REMIND_FLOW ? turn.session.flow : { id: REMIND_FLOW, data: {} };
  const session = { ...turn.session, flow: { ...flow, data: { ...flow.data, lead, leads: "" } } };
  return { turn: { ...turn, session }, text: withoutLead(turn.text) };
}
