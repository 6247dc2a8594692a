import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";
import { asksEarlyRenewal } from "./renewal-asked.ts";
import { dateOf, dateSpanOf } from "./slots/dates.ts";
import { foldForSlots } from "./slots/extract-slots.ts";

const ISSUE = "card.validity";
const RENEW = "enroll.renew";
const JOB_ENDED = "card.job_transition";
const AWAY = "enroll.temporary_residence";
// "hết hạn 30/6, giờ đóng thì bao giờ dùng được", "expired 2 weeks ago, I renew today, can I use it": a card renewed
// after it ended, which the card's rules answer with the gap.
const RENEWED_NOW =
  /\b(?:gio (?:moi )?(?:dong|mua)|mua xong|dong xong|dong lai|moi (?:di )?dong|dong tiep|bay gio dong|hom nay (?:moi )?dong|dong hom nay|(?:dinh|se|sap) (?:di )?(?:dong|mua)|(?:will|going to|plan to|planning to) (?:pay|renew|buy)|dong bay gio|gia han|gh|renew\w*|pay(?:ing)? (?:now|today|again)|paid (?:today|yesterday)|buy (?:it )?again|mua lai|join again)\b/;
// "sắp hết hạn cuối tháng này": not ended yet, which is renewing on time.
// "expired", "đã hết hạn", "hết hạn rồi": a card that has ended, not one that "expires 30 June".
const ENDED_ALREADY =
  /\b(?:expired|ran out|has ended|lapsed|da het han|het han (?:roi|tu|duoc|lau|may|hon|\d)|het han (?:thang|tuan|nam) (?:truoc|roi))\b/;
const NOT_YET_ENDED =
  /\b(?:sap|se het|about to|will expire|is expiring|going to expire|expires (?:on|at the end|next))\b/;
// …asking when it can be used again (not how to renew).
const WHEN_USABLE =
  /\b(?:dung (?:duoc|dc|ngay|luon)|co gia tri|su dung|bao gio|khi nao|cho 30 ngay|phai (?:doi|cho)|bi cho|(?:will|would) (?:insurance|it|the card|my card|health insurance) (?:pay|cover)|use it|usable|valid|work|right away|immediately|wait(?:ing)?)\b/;
const LEFT_JOB =
  /\b(?:left (?:my|the) job|quit (?:my|the) job|lost (?:my|the) job|nghi viec|thoi viec|mat viec|nghi lam)\b/;
const DATE_WORDS =
  /\b(?:\d{1,2} ?\/ ?\d{1,2}|thang \d{1,2}|january|february|march|april|may|june|july|august|september|october|november|december)\b/;
// "if I buy household insurance today, when can I use it", "giờ mua thì bao giờ dùng được": a new card, when usable.
const BOUGHT_THEN_WHEN =
  /\b(?:buy|pay|mua|dong)\b.*\b(?:when can|from when|(?:bao gio|khi nao|bao lau) (?:(?:thi|moi) )*(?:dung|co)|(?:co )?dung (?:duoc |dc )?(?:ngay|luon))\b/;
const DAY_SAID = /\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b/;
const SETS_REMINDER =
  /(?<!\b(?:da|vua) )\b(?:dat|tao|cai|lap|set|create|add) (?:(?!nhung|cac)\w+ ){0,2}?(?:nhac|loi nhac|reminder)\b(?! (?:\w+ )?nao\b)|\bnhac (?:toi|em|e|minh|giup|ho|tui) (?:\w+ ){0,3}?truoc\b/;
/** "nhắc tôi", "remind me", "a reminder": a reminder asked, in any words. */
export const REMINDER_ASKED = /\b(?:nhac|remind\w*)\b/;
const REMINDS = /\b(?:nhac|remind\w*|bao truoc|alert)\b/;
// Readings of a renewal after the end that its words pull elsewhere.
const RENEWAL_MISREAD = new Set([
  "enroll.renew",
  "enroll.online_payment",
  "card.lookup",
  "out_of_scope",
  "contribution.overview.compulsory",
  ISSUE,
]);

const folded = (message: string) => ` ${foldWords(message)} `;

/**
 * A card that ended and is paid again, asked when it works (after a job ended, or a renewal read as a reminder), or
 * a reminder asked for a day read as the list of reminders: the reading that answers it. Undefined otherwise.
 */
export function renewalReading(message: string, top: ScoredIntent, today: string): ScoredIntent | undefined {
  // "hết hạn 31/10/2026, giờ gia hạn…" on 6 December: a date that has passed is a card that ended.
  const ended =
    ENDED_ALREADY.test(folded(message)) || endedOn(message, today) || endedOnDateSaid(message, today);
  // "I left my job at the end of August… if I buy today, when can I use it": the gap since the work card ended.
  const jobEnded =
    [JOB_ENDED, AWAY, ISSUE].includes(top.intent) &&
    LEFT_JOB.test(folded(message)) &&
    DATE_WORDS.test(folded(message));
  if (jobEnded && BOUGHT_THEN_WHEN.test(folded(message))) return { ...top, intent: ISSUE };
  // A card that ended, paid again, asked when it works ("… my card expired. can I buy again and use it
  // right away?").
  // (…with the end's date said, whatever the reading: "expired on 15 August 2026… if I pay now, can I use it?")
  if (
    (RENEWAL_MISREAD.has(top.intent) || DATE_WORDS.test(folded(message))) &&
    ended &&
    !NOT_YET_ENDED.test(folded(message)) &&
    RENEWED_NOW.test(folded(message)) &&
    WHEN_USABLE.test(folded(message))
  )
    return { ...top, intent: ISSUE };
  // "My card ended on 31 October 2026. Am I still covered now?": whether a card that ended still pays, which the
  // card's rules answer with the gap (not a job change or another benefit).
  // (In a longer story it is one detail among others: "…thẻ hộ nghèo cũ có còn dùng được không, năm tới…".)
  const short = message.split(/\s+/).length <= STORY_WORDS;
  if (short && STILL_COVERED.test(folded(message)) && (ended || endedOnDateSaid(message, today)))
    return { ...top, intent: ISSUE };
  // "it's a renewal, my old card expired in October": a renewal after the card ended, not a reminder to set.
  const renewedAfterEnd = ended && RENEWED_NOW.test(folded(message));
  const readAsReminder = top.intent === "reminder.create" || top.intent === ISSUE;
  if (readAsReminder && renewedAfterEnd && !REMINDS.test(folded(message))) return { ...top, intent: ISSUE };
  // "thẻ hết hạn 31/12/2026, gia hạn sớm được ko": whether paying early works, not a reminder to set.
  if (asksEarlyRenewal(message) && !REMINDS.test(folded(message))) return { ...top, intent: RENEW };
  // "nhắc tôi kiểm tra thẻ cả nhà ngày 5/1/2027": a reminder to set on a day, not the list of those set.
  // …and "đặt nhắc trước 15 ngày nhé", "set a reminder 2 weeks before": one to set, days ahead of the end said.
  const setsOne = SETS_REMINDER.test(folded(message));
  if (top.intent === "reminder.list" && REMINDS.test(folded(message)) && (DAY_SAID.test(message) || setsOne))
    return { ...top, intent: "reminder.create" };
  if (top.intent === "reminder.create" && setsOne) return top;
  return undefined;
}

// "am I still covered", "is it still valid", "còn được hưởng không", "thẻ còn dùng được không": cover after the end.
const STILL_COVERED =
  /\b(?:(?:am i|are we|is (?:he|she|it|my card|the card)|are (?:they|you)) still (?:covered|insured|valid)|still (?:have|got) (?:insurance|cover|a card)|con (?:duoc )?(?:huong|dung|xai|bhyt|bao hiem|gia tri|hieu luc|kham|chi tra))\b/;
const STORY_WORDS = 50;
// "ended on 31 October 2026", "expired 15/10": an end word with a day said that has passed.
const ENDED_WORD = /\b(?:ended|expired|ran out|lapsed|finished|stopped|het han|het hieu luc)\b/;
function endedOnDateSaid(message: string, today: string): boolean {
  const f = foldForSlots(message);
  const said = ENDED_WORD.test(f) ? dateSpanOf(f, today) : undefined;
  return said !== undefined && "iso" in said.slot && said.slot.iso < today;
}

// "hết hạn 31/10/2026", "hết hạn 31/8", "hết hạn cuối tháng 10": the card's end; without a year, this year's.
const EXPIRY_DATE =
  /\bhet han (?:tu |ngay |vao )?(?:(?:cuoi )?thang (\d{1,2})|(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?)\b/;
const AHEAD = /\b(?:gia han|dong(?: tien)?) truoc\b/;
function endedOn(message: string, today: string): boolean {
  const folded = foldForSlots(message);
  const said = EXPIRY_DATE.exec(folded);
  // ("hết hạn 31/8, gia hạn trước mấy ngày là vừa": a day with no year, renewed ahead, is the next one to come.)
  if (!said || (!said[4] && AHEAD.test(folded))) return false;
  const year = Number(said[4] ?? today.slice(0, 4));
  const month = Number(said[1] ?? said[3]);
  const day = said[1] ? new Date(Date.UTC(year, month, 0)).getUTCDate() : Number(said[2]);
  const date = dateOf(`${day}/${month}/${year}`, today);
  return date !== undefined && "iso" in date && date.iso < today;
}
