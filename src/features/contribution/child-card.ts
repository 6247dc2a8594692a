import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { saidBefore } from "../../core/session.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { ASKS_CARD_END } from "../../nlu/person-readings.ts";
import { ageOf, youngestAge } from "../../nlu/slots/age.ts";
import { dateSpanOf } from "../../nlu/slots/dates.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { day } from "../../policy/answer-vars.ts";
import { answerVarsFor } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { showMore } from "../show-more.ts";
import { CALC_FLOW } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { asksFamilyTotal } from "./family-total.ts";

// "her card", "thẻ của bé", "a child under 6", "newborn": the card asked about is a young child's.
const YOUNG_CHILD =
  /\b(?:be|em be|con|chau|tre|tre em|tre so sinh|so sinh|baby|newborn|child|kid|son|daughter|her|his)\b/;

const BABY = /\b(?:baby|newborn|em be|be|be nho|so sinh)\b/;
const BORN = /\b(?:sinh|sn|ngay sinh|born|birthday|date of birth)\b/;
const BIRTH_REPLY_WORDS = 8;
const SIX_AFTER = /^\s*(?:thi |la |moi |se )?(?:du|tron|len|turns?|will be) (?:6|six|sau)\b/;
const TURNS_SIX =
  /\b(?:turns?|turning|will be|du|tron|len|se du) (?:6|six|sau)(?: tuoi| years? old)?(?: (?:in|on|vao|vao ngay|ngay))?\s*$/;

/**
 * The end date of a child's free card from the birth date the message gives: born by 30 September, the card runs to
 * 30 September of the year the child turns six (school starts then); born later, to the end of the month the child
 * turns 72 months (Law on Health Insurance, Art. 16; policy.md §6). Undefined when the message asks something
 * else; with no birth date, the rule (the details of the answer).
 */
export function answerChildCardEnd(turn: Turn): Outcome | undefined {
  const words = ` ${foldWords(turn.text)} `;
  // "sang năm vào lớp 1 thì thẻ có bị đứt quãng không": whether the pupil's card follows on.
  const gapAtSchool = GRADE_ONE.test(words) && GAP_ASKED.test(words);
  // "bé sinh 12/4/2021" right after the child's card: the birth date the card's end was asked for.
  const birthGiven =
    turn.session.lastIntent === "contribution.child_under6" &&
    BORN.test(words) &&
    turn.text.trim().split(/\s+/).length <= BIRTH_REPLY_WORDS;
  if (!ASKS_CARD_END.test(words) && !gapAtSchool && !birthGiven) return undefined;
  // ("So until what date exactly?" right after the child's answer: the birth date told just before.)
  const told = turn.session.lastIntent === "contribution.child_under6" ? birthToldBefore(turn) : undefined;
  const folded = foldForSlots(told ? `${told} . ${turn.text}` : turn.text);
  const found = dateSpanOf(folded, turn.today);
  const rule: Outcome = {
    replies: [text(t("common:child_card.grade_one_rule"))],
    session: { lastIntent: "contribution.child_under6", misses: 0 },
  };
  if (!found && gapAtSchool) return rule;
  // Asked with no birth date: the rule itself, which the answer's details begin with.
  if (!found) return showMore(turn, "contribution.child_under6");
  if (!("iso" in found.slot)) return undefined;
  // "my son turns 6 in March 2027", "bé đủ 6 tuổi vào tháng 3/2027": the birth date is six years before.
  // ("con gái em tháng 3/2027 tròn 6 tuổi": the age after the date.)
  const turnsSix =
    TURNS_SIX.test(folded.slice(0, found.index)) || SIX_AFTER.test(folded.slice(found.index + found.length));
  const birth = turnsSix
    ? `${Number(found.slot.iso.slice(0, 4)) - 6}${found.slot.iso.slice(4)}`
    : found.slot.iso;
  // "sang năm vào lớp 1" dates the school year, not the birth.
  if (birth > turn.today) return gapAtSchool ? rule : undefined;
  const end = childCardEnd(birth);
  // "turns 6 in November 2026": the month is known, not the day, so none is made up.
  const monthOnly = found.dayAssumed === true;
  const key = `common:child_card.${end < turn.today ? "ended" : "until"}${monthOnly ? "_month" : ""}`;
  const born = monthOnly ? monthOf(birth, turn.locale) : day(birth);
  // "starts grade 1 in September, is there a gap?": the pupil's card starts the next day, so there is none.
  const school = end.endsWith("-09-30") && GRADE_ONE.test(` ${foldWords(turn.text)} `);
  const replies = [
    text(t(key, { birth: born, end: day(end) }), ...(school ? [t("common:child_card.grade_one")] : [])),
  ];
  if (end >= turn.today) return { replies, session: { lastIntent: "contribution.child_under6", misses: 0 } };
  // The card has ended and the child is at school: "bn 1 năm" next is the pupil's price, where the message says.
  const province = slotExtractorOf(turn)(turn.text, turn.today).province?.code;
  const pupil = { group: "student", part: "school_pupil", ...(province ? { province } : {}) };
  return {
    replies,
    session: { flow: { id: CALC_FLOW, data: pupil }, lastIntent: "contribution.student", misses: 0 },
  };
}

const GAP_ASKED =
  /\b(?:dut quang|gian doan|bi ho|bi dut|ngat quang|noi tiep|lien tuc|gap|lapse|break|without (?:a )?card|covered)\b/;
const GRADE_ONE =
  /\b(?:lop 1|lop mot|vao lop 1|grade 1|first grade|grade one|primary school|start(?:s|ing)? school|di hoc)\b/;

/**
 * "how long is her card valid for?" right after the young child's answer, or "how long is the card valid for a child
 * under 6": the child's card end, not the household's card rules. Undefined for any other card.
 */
export function answerYoungChildValidity(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // "how long is it valid?" in a few words right after it: "it" is the child's card.
  const short = turn.text.trim().split(/\s+/).length <= SHORT_FOLLOW_UP;
  const afterChild = turn.session.lastIntent === CHILD && (YOUNG_CHILD.test(folded) || short);
  const underSix = /\b(?:duoi|under|below) (?:6|sau|six)\b/.test(folded);
  // ("My baby was born on 10 November 2026. Until when is her free card valid?": a baby's birth date, given.)
  const babyBorn = BABY.test(folded) && BORN.test(folded);
  return afterChild || underSix || babyBorn ? answerChildCardEnd(turn) : undefined;
}

/** The last day of a child's free card, from the birth date (YYYY-MM-DD). */
export function childCardEnd(birth: string): string {
  const [year, month] = birth.split("-").map(Number) as [number, number];
  if (month <= 9) return `${year + 6}-09-30`;
  const last = new Date(Date.UTC(year + 6, month, 0)).getUTCDate();
  return `${year + 6}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

const EN_MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

// A month and year to show: "11/2020", "November 2020".
function monthOf(iso: string, locale: "vi" | "en") {
  const [year, month] = iso.split("-").map(Number) as [number, number];
  const value = locale === "vi" ? `${month}/${year}` : EN_MONTH.format(new Date(`${iso}T00:00:00Z`));
  return { kind: "text" as const, value };
}

// "do I need to pay anything?", "có mất tiền không" right after the young child's answer: nothing to pay.
const PAY_ASKED =
  /\b(?:pay anything|(?:have|need) to pay|cost anything|is it free|free of charge|phai (?:dong|tra|mua)|(?:mat|ton) (?:tien|phi)|mien phi)\b/;
// "how long until the card is ready", "mấy ngày thì có thẻ": how long the card takes.
const READY_ASKED =
  /\b(?:how long (?:until|till|before|does it take|will it take)|when (?:will|do|can) (?:i|we) get (?:the|her|his|a) card|bao lau (?:thi )?(?:co|nhan|lay|duoc)|may ngay (?:thi )?(?:co|nhan|lay)|khi nao (?:thi )?(?:co|nhan|lay) the)\b/;
// "sau đó phải làm gì", "what happens after that?": when the child's card ends, what follows it.
const THEN_ASKED =
  /\b(?:sau do|sau khi (?:the )?het han|het han (?:roi )?thi (?:phai )?(?:sao|lam sao|lam gi|the nao|mua gi|dong gi|mua the nao)|roi sao nua|then what|after that|what happens (?:after|next|then)|what next|when (?:it|the card) (?:ends|runs out|expires))\b/;
// "e chưa làm giấy khai sinh cho bé", "we haven't registered the birth yet": the birth not registered.
const NOT_REGISTERED =
  /\b(?:chua (?:lam|dang ky|co) (?:giay )?khai sinh|(?:haven t|have not|didn t|did not|not yet) (?:registered|done) (?:the |her |his |our )?(?:birth|birth certificate)|no birth certificate yet)\b/;
// "làm trên vneid được không", "can I do it online?": the linked procedure in VNeID or on the portal.
const ONLINE_ASKED =
  /\b(?:vneid|dich vu cong|dichvucong|online|tren mang|qua mang|tren app|tren dien thoai|on (?:the|my) phone)\b/;
// "bố mẹ đều chưa có vneid mức 2 thì sao": no account for the online way.
const NO_ACCOUNT =
  /\b(?:chua co|khong co|ko co|k co|chua dang ky|chua len|no|don t have|do not have|haven t got|without)(?: \w+){0,3} (?:vneid|tai khoan|muc 2|level 2|account)\b/;
const CHILD = "contribution.child_under6";
const SHORT_FOLLOW_UP = 8;
const FOLLOW_UP_WORDS = 14;

// "thẻ BHYT trẻ em có phải gia hạn hằng năm không": a young child's card is not renewed.
const RENEWAL_ASKED = /\b(?:gia han|dong lai|lam lai|renew\w*|every year|hang nam|moi nam)\b/;

/** "Bé 3 tuổi, thẻ trẻ em có phải gia hạn hằng năm không": no; it runs until the child is six (the rule's dates). */
export function answerChildRenewal(turn: Turn): Outcome | undefined {
  if (!RENEWAL_ASKED.test(` ${foldWords(turn.text)} `) || (youngestAge(foldForSlots(turn.text)) ?? 0) >= 6)
    return undefined;
  return { replies: [text(t("common:child_card.no_renewal"))], session: { lastIntent: CHILD, misses: 0 } };
}

// "what happens to her free card when she turns 6?", "bé sắp 6 tuổi thì thẻ sao": the card after six, no date given.
const TURNING_SIX =
  /\b(?:when (?:she|he|the (?:child|kid|baby)|my (?:son|daughter|child|kid)|they) turns? (?:6|six)|(?:khi|luc|sap|gan) (?:\w+ ){0,2}?(?:du |tron |len |sang )?6 tuoi)\b/;

/** "what happens to my daughter's free card when she turns 6?" with no date: what follows the child's card. */
export function answerTurningSix(turn: Turn): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  const words = ` ${foldWords(turn.text)} `;
  // ("gần 6 tuổi, thẻ khi nào hết hạn" asks the card's end, which the rule answers.)
  if (!TURNING_SIX.test(words) || ASKS_CARD_END.test(words) || dateSpanOf(folded, turn.today))
    return undefined;
  const vars = answerVarsFor(turn, ["student_support_pct", "student_person_year"]);
  return {
    replies: [text(t("common:child_card.after_six", vars))],
    session: { lastIntent: CHILD, misses: 0 },
  };
}

/** After the young child's answer, "do I pay anything?" or "how long until the card?": that one line. */
export function answerChildFollowUp(turn: Turn): Outcome | undefined {
  if (turn.session.lastIntent !== CHILD || turn.text.trim().split(/\s+/).length > FOLLOW_UP_WORDS)
    return undefined;
  // ("vậy tổng cả nhà 1 năm phải đóng bao nhiêu tất cả": the family's total, not the young child's card.)
  if (asksFamilyTotal(turn.text)) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  // (What to buy once the card ends is asked with "phải mua": what follows, not whether this card is free.)
  const key = NOT_REGISTERED.test(folded)
    ? "common:child_card.not_registered"
    : THEN_ASKED.test(folded) || TURNING_SIX.test(folded)
      ? "common:child_card.after_six"
      : ONLINE_ASKED.test(folded)
        ? NO_ACCOUNT.test(folded)
          ? "common:child_card.offline"
          : "common:child_card.online"
        : PAY_ASKED.test(folded)
          ? "common:child_card.free"
          : READY_ASKED.test(folded)
            ? "common:child_card.issue_time"
            : undefined;
  const vars = answerVarsFor(turn, ["student_support_pct", "student_person_year"]);
  return key ? { replies: [text(t(key, vars))], session: { lastIntent: CHILD, misses: 0 } } : undefined;
}

// "con nhỏ 5 tuổi thì sao", "and the 3-year-old?" after the pupils' answer: a young child, whom the state pays for.
const YOUNG_ASKED = /\b(?:con|be|chau|dua|thang|kid|child|son|daughter|baby|year old)\b/;

/**
 * Whether a short follow-up asks the young child's question again for a child of an age: after the under-6 answer
 * any age, after the pupils' answer a child under 6.
 */
export function childAskedAgain(turn: Turn): boolean {
  if (turn.text.trim().split(/\s+/).length > SHORT_FOLLOW_UP) return false;
  const folded = foldForSlots(turn.text);
  if (turn.session.lastIntent === CHILD) return ageOf(folded) !== undefined;
  const age = youngestAge(folded);
  const pupils = turn.session.lastIntent === "contribution.student";
  return pupils && age !== undefined && age < 6 && YOUNG_ASKED.test(folded);
}

const EARLIER_MESSAGES = 2;
// A message a turn or two back that gave a child's birth date ("My baby was born on 10 November 2026…").
function birthToldBefore(turn: Turn): string | undefined {
  if (dateSpanOf(foldForSlots(turn.text), turn.today)) return undefined;
  return saidBefore(turn.session)
    .slice(0, EARLIER_MESSAGES)
    .find(
      (said) => BORN.test(` ${foldWords(said)} `) && dateSpanOf(foldForSlots(said), turn.today) !== undefined,
    );
}

// "vậy sau 30/9/2027 cháu đóng bao nhiêu?" after the child's card end: from then, a pupil's card bought at school.
const AFTER_DAY = /\b(?:sau|tu|ke tu|after|from)\b(?: ngay)? \d{1,2}\/\d{1,2}/;

/** After the young child's card end, the price asked from a day on: the pupil's card at school. */
export function answerPupilPriceAfterChildCard(turn: Turn): Outcome | undefined {
  if (turn.session.lastIntent !== "contribution.child_under6" || !asksHowMuch(turn.text)) return undefined;
  if (!AFTER_DAY.test(foldForSlots(turn.text))) return undefined;
  const province = slotExtractorOf(turn)(turn.text, turn.today).province?.code;
  return continueCalc(turn, {
    group: "student",
    part: "school_pupil",
    months: 12,
    ...(province ? { province } : {}),
  });
}
