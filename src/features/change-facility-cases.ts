import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import { MONTH_NAMES } from "../nlu/slots/dates.ts";
import { day } from "../policy/answer-vars.ts";
import type { Outcome, Turn } from "./handler.ts";

// "bây giờ tháng 12 thì đổi được không", "vậy tháng mấy đổi được", "when can I change it": asks when.
const ASKS_WHEN =
  /\b(?:bay gio|gio|hom nay|today|hien tai|hien nay|luc nay|thang nay|thang may|thang nao|khi nao|luc nao|bao gio|may gio|now|right now|this month|which month|what month|when|january|february|march|april|may|june|july|august|september|october|november|december|thang (?:\d{1,2}|gieng|chap))\b/;
// "đăng ký khám ban đầu ở bệnh viện tỉnh", "switch to the provincial hospital".
/** "bệnh viện tỉnh", "a big provincial hospital": a hospital above the primary level, asked as the place. */
export const HIGHER_HOSPITAL =
  /\b(?:benh vien tinh|bv tinh|benh vien da khoa tinh|bvdk tinh|benh vien trung uong|bv trung uong|provincial hospital|central hospital|national hospital)\b/;
// "I'm now in Saigon for work", "em vào Sài Gòn làm": away from the place registered, for now or for good.
const LIVES_AWAY =
  /\b(?:for work|for my job|di lam xa|lam xa|o tro|tam tru|temporary residence|moved (?:from (?:\w+ ){1,3})?to|moved here|now (?:in|living in|working in|based in)|working in another (?:province|city)|(?:vao|ra|len|chuyen (?:vao|ra|len|den|toi)) (?:\w+ ){1,2}(?:lam|lam viec|hoc|song|o) )/;
const FALLS_ILL =
  /\b(?:get|gets|getting|got|fall|falls|am|is|are) (?:sick|ill)\b|\bsee a doctor\b|\b(?:bi |lo )?(?:om|benh|sot) (?:thi|ma|o|truoc|trong)\b|\bdi kham (?:o|tai|truoc|trong|thi)\b/;
/** "what if I get sick before then", "lỡ bị ốm thì sao": falling ill before the registered place is changed. */
export const fallsIll = (message: string): boolean => FALLS_ILL.test(` ${foldWords(message)} `);
// "can I pick a private clinic?", "đăng ký ở phòng khám tư được ko": a private facility as the place.
const PRIVATE =
  /\b(?:private|phong kham tu|benh vien tu|bv tu|tu nhan|ngoai cong lap|phong kham (?:da khoa )?tu nhan)\b/;
/** "trên app VssID", "online", "qua dịch vụ công": done online rather than at an office. */
export const DONE_ONLINE =
  /\b(?:(?:tren|qua|bang) (?:app|vssid|vneid|ung dung|mang|dien thoai)|online|truc tuyen|dich vu cong|on (?:the )?(?:app|vssid|vneid|phone)|via (?:the )?(?:app|vssid)|in (?:the )?(?:app|vssid))\b/;
const ASKS_WHERE = /\b(?:o dau|cho nao|noi nao|nop o dau|lam o dau|where)\b/;
const ASKS_HOW =
  /\b(?:the nao|nhu nao|thu tuc|lam sao|lam the nao|how (?:do|can|to)|what (?:do i|is the) (?:need|procedure))\b/;
// "qua cty hay tự lên bhxh", "through my company": someone employed hands the change in through work.
const EMPLOYER = /\b(?:cty|cong ty|co quan|nhan su|employer|company|hr)\b/;
const HAND_IN_WORDS = 16;
// "đóng tiền qua vneid được ko", "xem thẻ trên vssid ntn": paying or the app itself, another topic than the change.
const OTHER_ERRAND =
  /\b(?:dong (?:tien|bhyt|phi)|nop tien|thanh toan|chuyen khoan|tra tien|pay|paying|payment|xem (?:\w+ )?the|cai (?:app|vssid|vneid|dat)|tai app|view (?:my |the )?card|see (?:my |the )?card|install)\b/;
/** "làm trên app được ko", "thủ tục làm ở đâu, qua cty hay tự lên bhxh": how or where the change is handed in. */
export const asksHowToHandIn = (message: string): boolean => {
  const folded = ` ${foldWords(message)} `;
  if (OTHER_ERRAND.test(folded)) return false;
  const short = message.trim().split(/\s+/).length <= HAND_IN_WORDS;
  const selfOrWork = EMPLOYER.test(folded) && SELF_OR_THROUGH.test(folded);
  return (
    DONE_ONLINE.test(folded) || (short && (ASKS_WHERE.test(folded) || ASKS_HOW.test(folded) || selfOrWork))
  );
};
// "e có tự đổi dc ko hay phải qua cty", "tự nộp hay nhờ phòng nhân sự", "myself or through HR": who hands it in.
const SELF_OR_THROUGH =
  /\b(?:tu (?:doi|nop|lam|dang ky)|qua (?:cty|cong ty|co quan|nhan su|phong nhan su)|nho (?:phong )?nhan su|(?:by )?myself|through (?:my |the )?(?:company|employer|hr))\b/;
const whereLines = (folded: string) => [
  t("common:facility_change.where"),
  ...(EMPLOYER.test(folded) ? [t("common:facility_change.through_employer")] : []),
];
// Changes are accepted in the first 15 days of January, April, July and October (Law 51 Art. 26).
const QUARTER_STARTS = [1, 4, 7, 10];
const LAST_DAY = 15;

/**
 * A question about changing the primary care place that asks when (answered with the window nearest today), or
 * whether a provincial hospital can be the place. Undefined for the general question.
 */
export function answerFacilityCase(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "what if I get sick in HCMC before then?" after the window was given: where to be treated until the change.
  if (turn.session.lastIntent === "card.change_facility" && fallsIll(turn.text))
    return {
      replies: [text(t("common:facility_change.away"))],
      session: { lastIntent: "card.change_facility", misses: 0 },
    };
  // "làm trên app VssID được ko", "thủ tục làm ở đâu, qua cty hay tự lên bhxh" after the change's answer: where it is
  // handed in, online included, and through an employer when one is named.
  const after = turn.session.lastIntent === "card.change_facility";
  if (after && asksHowToHandIn(turn.text))
    return {
      replies: [text(...whereLines(folded))],
      session: { lastIntent: "card.change_facility", misses: 0 },
    };
  const higher = HIGHER_HOSPITAL.test(folded);
  const away = LIVES_AWAY.test(folded);
  const owned = PRIVATE.test(folded);
  if (owned && !ASKS_WHEN.test(folded))
    return {
      replies: [text(t("common:facility_change.private"))],
      session: { lastIntent: "card.change_facility", misses: 0 },
    };
  if (!higher && !away && !ASKS_WHEN.test(folded)) return undefined;
  const { start, end, open } = changeWindow(turn.today);
  const when = t(open ? "common:facility_change.open" : "common:facility_change.closed", {
    today: day(turn.today),
    start: day(start),
    end: day(end),
  });
  const asked = askedMonthLine(turn, folded);
  const lines = [
    ...(higher ? [t("common:facility_change.higher")] : []),
    ...(away ? [t("common:facility_change.away")] : []),
    ...(owned ? [t("common:facility_change.private")] : []),
    when,
    ...(asked ? [asked] : []),
  ];
  // "đổi ở đâu, khi nào", "đổi thế nào": where, too, when asked.
  if (ASKS_WHERE.test(folded) || ASKS_HOW.test(folded)) lines.push(...whereLines(folded));
  return {
    replies: [text(...lines)],
    session: { lastIntent: "card.change_facility", misses: 0 },
  };
}

// ("tháng mấy" folds to "thang may": which month, not May.)
const MONTH_ASKED = new RegExp(`\\b(?:thang (\\d{1,2}|gieng)|(?<!\\bthang )(${MONTH_NAMES.join("|")}))\\b`);

// "Can I switch in February?": whether that month has a window, and the next one from it.
function askedMonthLine(turn: Turn, folded: string) {
  const found = MONTH_ASKED.exec(folded);
  if (!found) return undefined;
  const month = found[2] ? MONTH_NAMES.indexOf(found[2]) + 1 : found[1] === "gieng" ? 1 : Number(found[1]);
  const [year, thisMonth] = turn.today.split("-").map(Number) as [number, number];
  if (month < 1 || month > 12 || month === thisMonth) return undefined;
  const first = `${month < thisMonth ? year + 1 : year}-${String(month).padStart(2, "0")}-01`;
  const window = changeWindow(first);
  const name =
    turn.locale === "en" ? MONTH_NAMES[month - 1]!.replace(/^./, (c) => c.toUpperCase()) : `tháng ${month}`;
  return t(window.open ? "common:facility_change.month_open" : "common:facility_change.month_closed", {
    month: name,
    start: day(window.start),
    end: day(window.end),
  });
}

/** The change window open on a day (YYYY-MM-DD), or the next one: its first and last day. */
export function changeWindow(today: string): { start: string; end: string; open: boolean } {
  const [year, month, date] = today.split("-").map(Number) as [number, number, number];
  const open = QUARTER_STARTS.includes(month) && date <= LAST_DAY;
  const next = open ? month : QUARTER_STARTS.find((m) => m > month);
  const startYear = next === undefined ? year + 1 : year;
  const startMonth = String(next ?? QUARTER_STARTS[0]).padStart(2, "0");
  return {
    start: `${startYear}-${startMonth}-01`,
    end: `${startYear}-${startMonth}-${LAST_DAY}`,
    open,
  };
}
