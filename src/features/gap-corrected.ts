import { foldWords } from "../core/fold.ts";
import { asksStartAfterPayment } from "../nlu/card-start.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { WAIT_ASKED } from "./card-validity-cases.ts";
import type { Outcome, Turn } from "./handler.ts";
import { NEGATED_DATE } from "./reminders/read-expiries.ts";
import { renewalAfterGap } from "./renewal-gap.ts";
import { saysCorrection } from "./typed-lexicon.ts";

/**
 * "ủa nhầm, thẻ e hết hạn 30/9 chứ ko phải 31/8" after the gap of a card that ended was worked out: the same answer
 * for the corrected end (never a reminder for a card that ended already). Undefined otherwise.
 */
export function answerGapCorrected(turn: Turn): Outcome | undefined {
  const before = turn.session.cardEnd;
  if (!before || before >= turn.today || !saysCorrection(turn.text)) return undefined;
  // ("…chứ ko phải 31/8": the date taken back is no day of paying.)
  return renewalAfterGap({ ...turn, text: turn.text.replace(NEGATED_DATE, " ") }, "card.validity");
}

// "my household card ended on 30 June and I didn't renew. If I buy it today, do I have to wait?": a card's end said
// and whether the new one waits asked, however the topic reads.
const GAP_WORDS = 45;
// "thẻ hết hạn 31/12 mà tháng 2 trường mới thu, tháng 1 đi khám có được bhyt trả không": care in the gap asked.
const CARE_COVERED =
  /\b(?:di kham|kham benh|om|nhap vien|nam vien|di vien|cap cuu|see a doctor|get sick|fall ill|go to (?:the )?hospital)\b(?: \w+){0,6}? (?:tra|chi tra|thanh toan|covered|cover|pay|pays)\b/;

// "if I renew today, will it cover the birth in January?": whether the new card covers a day of care to come.
const COVER_ASKED =
  /\b(?:will|would|does) (?:it|the card|my card|the new card) cover\b|\bco (?:duoc )?(?:bhyt )?(?:tra|chi tra|thanh toan) (?:khong|ko|k)\b/;

const PAID_LATER =
  /\b(?:moi (?:dong|nop|thu|gia han|mua)|chua (?:dong|nop|gia han)|thu tien|pay (?:in|on|later)|renew (?:in|on|later))\b/;

/** The wait after a card that ended on a day the message gives, or care in the gap, asked outright. */
export function answerGapAsked(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > GAP_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  // (Care in the gap is asked only of a payment to come: "nằm viện tới 31/1 thì bhyt trả tới ngày nào" is a stay.)
  const careInGap = CARE_COVERED.test(folded) && PAID_LATER.test(folded);
  // ("…buy 3 months on 10 December, my work card ended on 30 November: from which date does it work?")
  const startAsked = asksStartAfterPayment(foldForSlots(turn.text)) || COVER_ASKED.test(folded);
  if (!(WAIT_ASKED.test(folded) || careInGap || startAsked) || asksHowMuch(turn.text)) return undefined;
  return renewalAfterGap(turn, "card.validity");
}
