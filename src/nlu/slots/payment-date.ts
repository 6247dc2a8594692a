import { isEventDay } from "../event-day.ts";
import { beforeMonthOf, type DateSlot, dateOf } from "./dates.ts";
import { yearDateOf } from "./year-date.ts";

// "cưới từ tháng 3/2020", "born in 2022", "chồng mất năm ngoái": a past date of a life event, not of a payment.
const LIFE_EVENT =
  /\b(?:cuoi|ket hon|lay nhau|lay (?:vo|chong)|sinh|chao doi|born|married|wedding|birth|tot nghiep|graduated|chuyen (?:ve|den|toi|sang|nha)|don (?:ve|den|nha)|moved?|relocated|xet|cong nhan|thoat ngheo|recognised|recognized|classified|mat (?:nam|hoi|tu|vi|do|roi|cach)|qua doi|tu tran|died|passed away|nghi hoc|bo hoc|dropped out|left school)\b/;

const LAST_YEAR_COMPARED =
  /\b(?:nam ngoai|nam truoc|nam roi|last year|a year ago)\b(?: \w+){0,4} (?:it hon|re hon|thap hon|less|cheaper|lower)\b|\b(?:it hon|re hon|thap hon|cheaper|lower|less|dat hon|mac hon|cao hon|nhieu hon|more expensive|dearer|higher|more)(?: \w+){0,3} (?:nam ngoai|nam truoc|nam roi|last year|a year ago)\b/;

/** "sao năm ngoái anh em đóng ít hơn?", "sao năm nay đắt hơn năm ngoái": last year's price asked beside this year's. */
export const asksWhyLessLastYear = (folded: string): boolean => LAST_YEAR_COMPARED.test(folded);
const AGE_REACHED =
  /\b(?:turned|turns|turning|tron|du|sinh nhat|birthday)\b(?: \w+){0,2} [4-9]\d\b(?! (?:thang|nam|ngay|months?|days?))/;

/** The date a sum is for: a day, else a year; a past one only when no life event is named beside it. */
export function paymentDateOf(folded: string, today: string): DateSlot | undefined {
  const date = beforeMonthOf(folded, today) ?? dateOf(folded, today) ?? yearDateOf(folded, today);
  // ("vừa được công nhận hộ cận nghèo từ tháng 11": a month with no year beside a life event is the event's.)
  const bare = date && "iso" in date && !/\d{4}/.test(date.typed);
  if (date && "iso" in date && (date.iso < today || bare) && LIFE_EVENT.test(folded)) return undefined;
  // "thẻ công ty hết hạn 31/3/2026, giờ mua lại bao nhiêu": a card's past end is no day to pay for.
  if (date && "iso" in date && date.iso < today && endedOn(folded, date.typed)) return undefined;
  // "my dad turned 65 in September", "tháng 9 vừa rồi bố tròn 65": an age reached, not a day to pay for.
  if (date && AGE_REACHED.test(folded)) return undefined;
  // "năm nay bao nhiêu, sao năm ngoái đóng ít hơn": last year is what today's sum is compared with.
  if (date && asksWhyLessLastYear(folded)) return undefined;
  // "tháng 5 tôi đã đóng 12 tháng": a month already paid in is the last one of that name, not the next.
  if (date && "iso" in date && date.iso > today && PAID_ALREADY.test(folded) && !/\d{4}/.test(date.typed))
    return { ...date, iso: `${Number(date.iso.slice(0, 4)) - 1}${date.iso.slice(4)}` };
  // "vợ chồng tôi đã đóng từ đầu năm, giờ thêm mẹ…": since when the household has paid is the story, not the day.
  if (date && "iso" in date && date.iso < today && PAYING_SINCE.test(folded)) return undefined;
  // "nhà mình đóng từ tháng 6/2026, sắp hết hạn rồi, giờ gia hạn 12 tháng bao nhiêu": since when the card ran is the
  // story; a renewal is paid now.
  if (date && "iso" in date && date.iso < today && RENEWING_NOW.test(folded)) return undefined;
  // "đóng tháng 1/2026 cho 12 tháng, tháng 1/2027 gia hạn thì bao nhiêu", "paid in January 2026… when we renew in
  // January 2027": the renewal's day, said after the first payment's.
  if (date && "iso" in date && date.iso < today) {
    const renewal = RENEWAL_DAY.exec(folded);
    const later = renewal ? dateOf(folded.slice(renewal.index), today) : undefined;
    if (later && "iso" in later && later.iso >= today) return later;
  }
  // "đang mang thai dự sinh 20/01/2027 … mua 12 tháng hết bao nhiêu": a birth's, a stay's or a new job's day to come is
  // no day to pay on.
  if (date && "iso" in date && date.iso > today) {
    const at = folded.indexOf(date.typed);
    const cardEnd = CARD_END_BEFORE.test(folded.slice(0, at));
    if (at > 0 && !cardEnd && isEventDay(folded, at, date.typed.length)) return undefined;
  }
  // "bây giờ bao nhiêu, trước tháng 7/2025 là bao nhiêu": the sum is today's; the earlier one is set beside it.
  if (date && earlierAskedBesideNow(folded, today)) return undefined;
  // "năm ngoái chưa mua, năm nay 2 người bao nhiêu": last year is the story, the sum is for now.
  if (date && "iso" in date && date.iso < today && !/\d/.test(date.typed) && NOW.test(folded))
    return undefined;
  return date;
}

// (A card's end to come is the day its renewal is priced for, as before.)
const CARD_END_BEFORE = /\b(?:het han|het hieu luc|expires?|ends?|ended)\b(?: \w+){0,3}\s*$/;
// The renewal and the month or day said next to it ("tháng 1/2027 gia hạn", "when we renew in January 2027").
const RENEWAL_DAY =
  /\b(?:thang \d{1,2}(?:\/\d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{4})?) (?:\w+ ){0,2}(?:gia han|dong tiep|mua tiep)\b|\b(?:renew|renewing|renewal|gia han|dong tiep|mua tiep)\b/;
// ("…tháng 2/2026, nay hết hạn muốn mua tiếp 12 tháng", "giờ muốn gia hạn thêm": renewed now too.)
const RENEWING_NOW =
  /\b(?:sap het han|(?:nay|gio|bay gio) (?:da )?het han|gio gia han|(?:gio|nay|bay gio) (?:muon )?(?:gia han|mua tiep|dong tiep)|muon (?:gia han|mua tiep|dong tiep)|gia han them|gia han (?:\w+ ){0,3}(?:bay gio|gio|luon)|(?:runs?|running) out soon|renew (?:it |them )?now)\b/;
const ENDED_BEFORE =
  /\b(?:het han|het hieu luc|expired|ended|ran out|nghi viec|thoi viec|left (?:my|the) job)\b(?: \w+){0,3}\s*$/;
const endedOn = (folded: string, typed: string) => {
  const at = folded.indexOf(typed);
  return at > 0 && ENDED_BEFORE.test(folded.slice(0, at));
};
const PAID_ALREADY =
  /\b(?:da (?:dong|mua|nop|gia han)|dong (?:roi|xong)|mua (?:roi|xong)|hoi thang|(?:i|we) (?:already )?(?:paid|bought|renewed)|have (?:already )?paid)\b/;
const PAYING_SINCE =
  /\b(?:da dong|da mua|bat dau dong|bat dau mua|started paying|started buying|been paying|have paid|ve paid|paid)\b[^.?!]{0,50}\b(?:tu|since)\b(?! (?:nay|bay gio|gio|now|today)\b)|\b(?:started paying|started buying|been paying|bat dau (?:dong|mua))\b[^.?!]{0,50}\b(?:in|from)\b|\b(?:dong|mua)\b[^.?!]{0,50}\btu\b[^.?!]{0,25}\broi\b/;
const NOW =
  /\b(?:hien nay|hien tai|hien gio|bay gio|gio day|hom nay|nam nay|now|currently|today|these days|this year|at present|nowadays)\b/;

/** The day before a past month named with "trước"/"before", when today's figure is asked beside it. */
export function earlierAskedBesideNow(folded: string, today: string): string | undefined {
  const before = NOW.test(folded) ? beforeMonthOf(folded, today) : undefined;
  return before && "iso" in before && before.iso < today ? before.iso : undefined;
}
