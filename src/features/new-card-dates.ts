import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { REMINDER_ASKED } from "../nlu/renewal-readings.ts";
import { dateSpanOf } from "../nlu/slots/dates.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { monthsOf } from "../nlu/slots/months.ts";
import { day } from "../policy/answer-vars.ts";
import { monthsAfter } from "./card-from-payment.ts";
import { firstCardPrice } from "./first-card-price.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerSmallVisit } from "./small-visit.ts";

// "I have a knee operation planned for 4 January", "mổ ngày 4/1 có được trả không", "does that mean I pay it all?":
// care on a day, after the day a card bought in this conversation starts working was given.
const CARE =
  /\b(?:surgery|operation|operated|birth|deliver\w*|admitted|hospital\w*|treatment|appointment|check[- ]?up|visit|mo|phau thuat|sinh con|sinh mo|sinh thuong|di sinh|de con|nam vien|nhap vien|di kham|kham benh|dieu tri|tai kham)\b/;
const COVER_ASKED =
  /\b(?:pay|pays|paid|cover\w*|insurance|bhyt|tra|chi tra|myself|everything|all of it|tu tra)\b/;
const CARE_WORDS = 40;

/**
 * Care on a day before (or from) the day the card the citizen is buying starts: not paid before it, paid at the
 * card's level from it. Undefined unless such a start was worked out earlier and a day of care is asked about.
 */
export function answerCareBeforeStart(turn: Turn): Outcome | undefined {
  const start = turn.session.cardStart;
  if (!start || start < turn.today || turn.text.trim().split(/\s+/).length > CARE_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!CARE.test(folded) || !COVER_ASKED.test(folded)) return undefined;
  const said = dateSpanOf(foldForSlots(turn.text), turn.today);
  if (!said || !("iso" in said.slot)) return undefined;
  const vars = { date: day(said.slot.iso), start: day(start) };
  const before = said.slot.iso < start;
  const key = before ? "common:care_before_start" : "common:care_from_start";
  // ("…and the bill is 30 million, how much do I pay with 80% card?": from the start, the bill worked out too.)
  const bill = before ? undefined : answerSmallVisit(turn);
  const replies = [text(t(key, vars)), ...(bill?.replies ?? [])];
  return { replies, session: { lastIntent: bill ? "benefit.levels" : "card.validity", misses: 0 } };
}

// "thẻ dùng tới ngày nào", "vậy thẻ 3 tháng đó hết hạn ngày nào", "until when is it valid?": the new card's end.
const END_ASKED =
  /\b(?:(?:dung|xai|co gia tri|co hieu luc|han)(?: \w+){0,2} (?:toi|den) (?:ngay nao|khi nao|bao gio|luc nao)|het han (?:ngay nao|khi nao|luc nao|bao gio)|(?:la )?(?:toi|den) (?:thang may|ngay nao|thang nao)|until when|valid until|when does it (?:end|expire|run out)|what date does it (?:end|expire))\b/;

/**
 * After a new card's start was worked out, its end asked for the months bought ("tôi mua 3 tháng thôi, hết bao nhiêu,
 * thẻ dùng tới ngày nào"): from the start to the end of those months, with the price when asked. The end is kept for
 * a reminder. Undefined otherwise.
 */
export function answerNewCardSpan(turn: Turn): Outcome | undefined {
  const start = turn.session.cardStart;
  const folded = foldForSlots(turn.text);
  if (!start || start < turn.today || !END_ASKED.test(folded)) return undefined;
  const months = monthsOf(folded);
  if (!months) return undefined;
  const until = monthsAfter(start, months);
  const price = firstCardPrice(turn);
  const span = t("common:new_card_span", { start: day(start), until: day(until), months });
  const remind = REMINDER_ASKED.test(folded) ? [t("common:new_card_remind")] : [];
  return {
    replies: [text(...(price ? [price] : []), span, ...remind)],
    session: { lastIntent: "card.validity", misses: 0, cardEnd: until },
  };
}
