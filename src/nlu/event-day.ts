// A day a message gives for something other than paying: a birth due, a new job, a stay in hospital, a card's end.
const EVENT_BEFORE =
  /\b(?:du sinh|sinh|de|sinh con|ngay sinh|di lam|lam lai|vao lam|nhan viec|nhap vien|mo|phau thuat|het han|due|born|birth|deliver|operation|surgery|admitted|start(?:s|ing)? (?:work|the job|my job|a job)|new job|(?:contract|job|work|hop dong|viec)(?: moi| new)? (?:starts?|begins?|bat dau)|expires?|ends?|ended)\b(?: \w+){0,3}\s*$/;
const EVENT_AFTER =
  /^\s*(?:\w+ ){0,2}?(?:moi )?(?:di lam|lam lai|vao lam|sinh|de|nhap vien|mo|phau thuat|het han|is due|due)\b/;

/** Whether the date at `index` (of `length` characters) in folded text is the day of an event, not of a payment. */
export function isEventDay(folded: string, index: number, length: number): boolean {
  return EVENT_BEFORE.test(folded.slice(0, index)) || EVENT_AFTER.test(folded.slice(index + length));
}

// "hôm nay mua", "giờ đóng", "pay this week", "buy now": the payment is now, whatever dates follow.
/** Whether a folded message says the payment is made now (today, this week). */
export const PAYS_NOW =
  /\b(?:(?:buy|pay|buying|paying|renew|renewing)(?: \w+){0,4} (?:now|today|this week)|(?:mua|dong|nop|gia han)(?: \w+){0,3} (?:bay gio|hom nay|luon)|(?:hom nay|bay gio|gio|now|today|this week)(?: \w+){0,2} (?:mua|dong|nop|gia han|buy|pay|renew))\b/;
