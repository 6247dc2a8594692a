import { hasVietnameseMarks } from "../../core/fold.ts";
import { dateSpanOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";

/** A card to remind about: whose (a label such as "bố", or "" for the household) and when it expires. */
export interface CardExpiry {
  label: string;
  expiry: string;
  /** The words typed when they name a month, not a day ("tháng 6 năm sau"): the day is our reading. */
  assumed?: string;
}

/** What a message says about expiry dates, one entry per person it names. */
export interface ExpiryReading {
  /** Cards still valid today or later. */
  cards: CardExpiry[];
  /** Cards whose date has passed. */
  expired: CardExpiry[];
  /** Typed dates that do not exist ("31/2/2027"). */
  notDates: string[];
  /** People named without a date that could be read ("mẹ" in "bố 15/3/2027, mẹ"). */
  unread: string[];
}

// Words around a date that are not a member's name ("nhắc tôi gia hạn thẻ bhyt hết hạn ngày …"), folded.
const NOT_A_LABEL = new Set(
  [
    "nhac toi minh em gia han the bhyt bh bhxh bao hiem y te het han ngay vao la cua cho thang nam cac nha ca ho",
    "hop dong luc sau nguoi cung cung deu thi con roi voi va vs cuoi dau giua nay toi truoc tu den sang nhe nha",
    "a oi giup gium dum nho hay quen lam dat tao loi lich bot ad duoc dc khong ko hong vay nhu tren hgd gd gia dinh",
    "remind me card cards expires expire expiring expiry expired on of my our the and then end early mid middle",
    "late beginning start to renew renewal please pls set reminder reminders for in by at is are runs run out",
    "date dates insurance health both whose family household a it its next this year month s mine i us we ours",
    "can could would you what about how also too well as do does will sao nua luon cai nham sua lai y sorry oops",
    "meant mean wrong correction actually di hers his her theirs she he ends end ending valid until till chu phai mung",
    "mat them change update move modify new doi thanh sang moi khi nao sap when mistake my bad got get made typed wrote put before after soon",
    "ban dung chinh xac chi co nguoi thoi bo not no only just one remove delete instead vua now already renewed",
    "chao xin hello hi hey alo kinh gui thua da vang ua uh um ah oh ok okay",
    // "Cảm ơn. Nhắc tôi gia hạn nhé": thanks, not a name.
    "cam on thanks thank tks",
    "nhin xem doc go ghi thay add adding plus include",
    // "nhắc tôi kiểm tra thẻ cả nhà", "remind me to check my card": what to do on the day, not a name.
    "kiem tra check look hen de coi lookup",
    // "nhắc tôi đóng tiếp ngày 10/6/2027", "remind me to pay again": paying, not a name.
    "dong tiep nop pay paying again",
    // "nếu hết hạn 30/10 thì sao", "giả sử …": a case asked about, not a name.
    "neu gia su if suppose say",
    // "thẻ sinh viên của con trai", "the household card": the kind of card, not a name.
    "sinh vien hoc sinh sv hs cong ty cty truong student school work",
  ]
    .join(" ")
    .split(" "),
);
// Folded words that are also names: "con" (child) is also "còn" (while), "bo" is "bố" (father) as well as "bỏ"
// (drop), "ban" is "bạn" (you) as well as "bán"; only the spelling given is the filler.
const FILLER_SPELLING: Record<string, string> = { con: "còn", chu: "chứ", bo: "bỏ", ban: "bạn" };
const CON_BEFORE = new Set(["the", "cua", "con", "thi", "nua", "lai"]);
// "em trai", "em gái", "em út", "em bé", "em chồng" are people; "em" alone is the writer ("nhắc em gia hạn").
const AFTER_EM = new Set(["trai", "gai", "ut", "be", "chong", "vo", "ho", "dau", "re"]);
// "me" is English only after a verb ("remind me"); typed without marks it is "mẹ" (mum).
const BEFORE_ME = new Set([
  "remind",
  "tell",
  "notify",
  "alert",
  "help",
  "text",
  "message",
  "send",
  "for",
  "ping",
]);

/** The date a correction takes back ("…, not June", "chứ ko phải tháng 1", "không phải 15"): no card of its own. */
export const NEGATED_DATE =
  /[,;]?\s*(?:\bnot|chứ\s+(?:không|ko|k|hông)\s+phải|chứ\s+phải|(?:không|ko)\s+phải|\bchu\s+(?:khong|ko|k|hong)\s+phai|\b(?:khong|ko)\s+phai|\bbỏ|\bxóa|\bxoá|\bremove|\bdelete|\bdrop)\s+(?:(?:ngày|tháng|on|in|the)\s+)?(?:\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)(?:\s+(?:one|date))?(?=\s*(?:(?:đi|nhé|nha|please)\s*)?(?:$|[,;.!?]))/giu;

// People are separated by punctuation or by a joining word ("vợ 20/5/2027 còn chồng 1/6/2027"); a comma before a
// year ("March 15, 2027") is part of the date.
// (…and so is a sentence's end: "…hạn mới là 15/01/2028. Cháu đổi ngày nhắc giúp cô" calls the bot "cháu".)
const SEPARATOR = /(,(?!\s*\d{4}\b)|[;\n&+]|\.\s+(?=\p{Lu})|\s(?:và|va|and|còn|với|voi|rồi|roi|then)\s)/iu;

/**
 * The expiry dates a message gives: one date ("15/3/2027"), or one per member ("bố 15/3/2027, mẹ 20/4/2027"),
 * sorted into cards to remind about, expired cards, dates that do not exist and people without a date.
 */
export function readExpiries(text: string, today: string): ExpiryReading {
  const reading: ExpiryReading = { cards: [], expired: [], notDates: [], unread: [] };
  const pieces = text
    .normalize("NFC")
    .replace(NEGATED_DATE, "")
    .replace(RELATION_IN_BRACKETS, "$1")
    .split(SEPARATOR);
  // A name without a date before a joining word shares the next date ("vợ và chồng 1/6/2027"); before
  // punctuation it is a person whose date is missing, unless the next part names no one ("bố mẹ, 15/3/2027").
  let waiting: { text: string; label: string } | undefined;
  for (let i = 0; i < pieces.length; i += 2) {
    const chunk = waiting ? `${waiting.text} ${pieces[i]}` : pieces[i]!;
    const read = readPart(chunk, today);
    // Two dates with nothing between the people ("bố 15/3/2027 mẹ 20/4/2027"): the second starts a new part.
    if (read.rest) pieces.splice(i + 1, 0, " ", read.rest);
    if (!read.date) {
      const byPunctuation = /[,;\n]/.test(pieces[i + 1] ?? ",");
      waiting = read.label ? { text: chunk, label: read.label } : undefined;
      if (waiting && byPunctuation && i + 2 < pieces.length && readPart(pieces[i + 2]!, today).label) {
        reading.unread.push(read.label);
        waiting = undefined;
      }
      continue;
    }
    waiting = undefined;
    const { slot, dayAssumed, typed } = read.date;
    if ("invalid" in slot) {
      reading.notDates.push(typed);
      continue;
    }
    const card: CardExpiry = {
      label: read.label,
      expiry: slot.iso,
      ...(dayAssumed ? { assumed: typed } : {}),
    };
    (slot.iso < today ? reading.expired : reading.cards).push(card);
  }
  if (waiting) reading.unread.push(waiting.label);
  // A name said before its date elsewhere in the message ("sao mất của bố với e rồi, thêm lại bố 31/12/2026") has one.
  const dated = new Set([...reading.cards, ...reading.expired].map((card) => card.label));
  reading.unread = reading.unread.filter((label) => !label.split(" ").every((name) => dated.has(name)));
  return reading;
}

// "thẻ của chú (chồng cô)": the relation in brackets says who the person is.
const RELATION_IN_BRACKETS =
  /\p{L}+\s*\(\s*(chồng|vợ|con trai|con gái|con|bố|mẹ|ba|má|ông|bà|husband|wife|son|daughter)(?:\s+(?:cô|chú|bác|tôi|em|mình|anh|chị|my|mine))?\s*\)/giu;
const SELF_AFTER_KIN = new Set(["co", "chu", "bac", "toi", "em", "minh", "tui"]);
const KIN_BEFORE_SELF = new Set([
  "trai",
  "gai",
  "chong",
  "vo",
  "con",
  "dau",
  "re",
  "chau",
  "chu",
  "bac",
  "ong",
]);

/** The person some folded words name ("thẻ của con trai cô" → "con trai"), or undefined when they name no one. */
export function labelOf(words: string, today: string): string | undefined {
  const { label, date } = readPart(words, today);
  return label !== "" && !date ? label : undefined;
}

type ReadDate = Pick<NonNullable<ReturnType<typeof dateSpanOf>>, "slot" | "dayAssumed"> & { typed: string };

/** One person's part: the date it names (with the words as typed) and the label left once the date is taken out. */
function readPart(part: string, today: string): { label: string; date?: ReadDate; rest?: string } {
  const words = part
    .split(/[^\p{L}\p{N}/.-]+/u)
    .map((word) => word.replace(/^[/.-]+|[/.-]+$/g, ""))
    .filter(Boolean);
  // The folded text is built word by word so that what the date reader matched maps back to the typed words.
  let folded = " ";
  const spans = words.map((word) => {
    const start = folded.length;
    folded += `${foldForSlots(word).trim()} `;
    return { start, end: folded.length - 1 };
  });
  const found = dateSpanOf(folded, today);
  const used = (i: number) =>
    found !== undefined && spans[i]!.end > found.index && spans[i]!.start < found.index + found.length;
  const lastUsed = words.findLastIndex((_, i) => used(i));
  const after = words.slice(lastUsed + 1).join(" ");
  const rest = found && dateSpanOf(foldForSlots(after), today) ? after : undefined;
  const kept = words
    .slice(0, rest ? lastUsed + 1 : words.length)
    .filter((word, i) => !used(i) && /^\p{L}+$/u.test(word) && !isFiller(word, words[i - 1], words[i + 1]))
    .slice(0, 3);
  // Only people are names: "ủa nhầm…", "e nói r mà", "there waiting period" leave no label (the household's card).
  // ("con trai cô": the writer, calling herself "cô", after the relative is whose relative it is, not a name.)
  if (kept.length > 1 && SELF_AFTER_KIN.has(fold(kept.at(-1)!)) && KIN_BEFORE_SELF.has(fold(kept.at(-2)!)))
    kept.pop();
  const label = kept.every(isPersonWord) ? kept.join(" ").slice(0, 24) : "";
  if (!found) return { label };
  const typed = words.filter((_, i) => used(i)).join(" ");
  return {
    label,
    date: { slot: found.slot, dayAssumed: found.dayAssumed, typed },
    ...(rest ? { rest } : {}),
  };
}

function isFiller(word: string, before: string | undefined, after: string | undefined): boolean {
  const folded = fold(word);
  // "nhắc e gia hạn", "con trai e": the writer ("em"), but "bố 31/12, e 28/2" (first in its part) names someone.
  if (folded === "e") return before !== undefined;
  // "Cháu đổi ngày nhắc giúp cô", "cô nhờ cháu nhắc": the bot, called "cháu" (or "con", "bạn"), asked to do something.
  if (VOCATIVE.has(folded) && after !== undefined && ASKED_TO_DO.has(fold(after))) return true;
  if (!NOT_A_LABEL.has(folded)) return false;
  if (folded === "em") return !(after && AFTER_EM.has(fold(after)));
  if (folded === "me") return word.toLowerCase() === "me" && Boolean(before && BEFORE_ME.has(fold(before)));
  // "con thẻ của con trai": typed without marks, "con" before the card or another "con" is "còn" (and then).
  if (folded === "con" && after && CON_BEFORE.has(fold(after))) return true;
  const spelling = FILLER_SPELLING[folded];
  return spelling === undefined || word.toLowerCase() === spelling;
}

const fold = (word: string) => foldForSlots(word).trim();
const VOCATIVE = new Set(["chau", "con", "ban"]);
const ASKED_TO_DO = new Set(["doi", "sua", "xoa", "huy", "nhac", "giup", "xem", "tinh", "dat", "oi"]);

// Words that name a person: relatives, "bé", "chị"…, or a name typed with a capital ("Lan", "bé Na"). Typed with
// marks they are told apart from look-alikes ("nói" is no "nội", "mà" no "má"); typed without, the folded form counts.
const PERSON_WORDS = new Set(
  [
    "bố mẹ ba bà má cha tía vợ chồng con ông anh chị em e cháu dâu rể cụ cô chú bác dì cậu mợ thím dượng bé út",
    "trai gái nội ngoại lớn nhỏ cả hai wife husband son daughter mum mom mother dad father grandma grandpa",
    "grandmother grandfather granny baby brother sister uncle aunt auntie kid child nephew niece cousin in law twins",
  ]
    .join(" ")
    .split(" "),
);
const PERSON_WORDS_FOLDED = new Set([...PERSON_WORDS].map(fold));
const isPersonWord = (word: string) =>
  PERSON_WORDS.has(word.toLowerCase()) ||
  (!hasVietnameseMarks(word) && PERSON_WORDS_FOLDED.has(fold(word))) ||
  /^\p{Lu}\p{Ll}+$/u.test(word);
