import type { TextRef } from "../core/reply.ts";
import { saidBefore } from "../core/session.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { startAskedAfterPrice } from "./card-from-payment.ts";
import type { Outcome, Turn } from "./handler.ts";
import { renewalAfterGap, renewalGapOf } from "./renewal-gap.ts";

// "My contract ended on 30 November 2026", "thẻ công ty hết hạn 30/9": an old card's end, told earlier.
const OLD_CARD_END =
  /\b(?:het han|het hieu luc|ended|expired|ran out|lapsed|(?:toi|den) het)\b(?: \w+){0,3}? \d{1,2}\b/;
const EARLIER_MESSAGES = 6;
// The earlier message of the last few that told the old card's end.
const oldCardEndTold = (turn: Turn) =>
  saidBefore(turn.session)
    .slice(0, EARLIER_MESSAGES)
    .find((said) => OLD_CARD_END.test(foldForSlots(said)));

/**
 * "If I pay today, when does the card start working?" after a price, when an earlier message told the old card's
 * end: a renewal after that gap (no wait under 90 days), not a first card. Undefined otherwise.
 */
export function answerRenewalAfterPrice(turn: Turn): Outcome | undefined {
  const { session } = turn;
  if (!session.lastIntent?.startsWith("contribution.") || session.cardEnd || !session.priced?.length)
    return undefined;
  if (!startAskedAfterPrice(` ${foldForSlots(turn.text)} `)) return undefined;
  const told = oldCardEndTold(turn);
  return told
    ? renewalAfterGap({ ...turn, text: `${told}. ${turn.text}` }, "card.validity", false)
    : undefined;
}

/**
 * "My household card ended on 31 July 2026… renew for me and my husband. How much and when does it work?": the
 * gap and the day the renewed cards work, said with the sum or its question. Undefined when not both are told.
 */
export function renewalStartAsked(turn: Turn): TextRef | undefined {
  const folded = ` ${foldForSlots(turn.text)} `;
  if (!startAskedAfterPrice(folded) && !WAIT_ASKED.test(folded)) return undefined;
  if (OLD_CARD_END.test(folded)) return renewalGapOf(turn)?.line;
  // ("thẻ công ty đóng đến hết 31/08/2026…", then "mua 3 tháng bao nhiêu, có phải chờ 30 ngày không?": the end told
  // before.)
  if (turn.session.cardEnd) return undefined;
  const told = oldCardEndTold(turn);
  return told ? renewalGapOf({ ...turn, text: `${told}. ${turn.text}` })?.line : undefined;
}
// "có phải chờ 30 ngày không", "do I have to wait 30 days?": the wait asked.
const WAIT_ASKED =
  /\b(?:(?:co )?phai cho|bi cho|cho 30 ngay|have to wait|need to wait|waiting period|30 day wait)\b/;
