import { foldWords } from "../core/fold.ts";
import { slotExtractorOf } from "../features/contribution/calc-figures.ts";
import type { Turn } from "../features/handler.ts";
import { asksHowMuch, markedFollowUp } from "../features/typed-lexicon.ts";
import type { Recognize, Understanding } from "../nlu/recognize.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../nlu/slots/payer-group.ts";
import { TOPIC_FOLLOW_UPS, WHERE_ONLY } from "./topic-follow-ups.ts";

// A follow-up leaves its topic unsaid ("làm lại có tốn phí không", "nộp qua mạng được không", "what if the app
// won't open?"); a longer message says what it is about.
const FOLLOW_UP_WORDS = 8;
const PRICE_FOLLOW_UP_WORDS = 12;
const LONG_FOLLOW_UP_WORDS = 20;
// A follow-up in a topic's own words may carry a clause of story first ("Viện đó có ký hợp đồng bhyt. Vậy…").
const CARRIED_WORDS = 28;
const MARKED_FOLLOW_UP_WORDS = 12;
const HOUSEHOLD_PRICE = "contribution.household";
const PERIOD_ONLY =
  /^(?:(?:e|em|toi|tui|minh|chi|anh) )?(?:dong |mua |con )?(?:\d{1,2}|mot|ba|sau|muoi hai) (?:thang|th|months?)(?: thoi| nhe| a| thi sao)?$|^(?:ca nam|nua nam|mot nam|1 nam)$|^(?:for )?(?:a|one|the whole|a whole|a full|the full|half a) year$/;
const PERSON_SWAP =
  /^(?:what about|how about|and|and what about|con|the con|vay con)\s+(?:my |our |his |her |cua )?(?:sister|brother|mother|mom|mum|father|dad|wife|husband|son|daughter|grandma|grandpa|grandmother|grandfather|parents|kids|children|me|bo|ba|cha|ma|vo|chong|con|chau|ong|em|anh|chi)(?: (?:toi|em|minh|tui|e))?(?: thi sao| then| too| nua)?$/;
// "And my dad is 70, he lives in HCMC too. What about him?", "còn mẹ tôi 68 tuổi thì sao": another person, with their
// details, asked the same question in a few more words.
const ANOTHER_PERSON_LEAD =
  /^(?:and|what about|how about|and what about|con|the con|vay con)\s+(?:my |our |cua )?(?:sister|brother|mother|mom|mum|father|dad|wife|husband|son|daughter|grandma|grandpa|grandmother|grandfather|parents|bo|ba|cha|ma|me|vo|chong|con|chau|ong)\b/;
// "vợ tôi người Kinh ở cùng xã đó thì có được ko", "my wife lives there too, is she covered?": a relative named first,
// asking whether the same holds for them.
const RELATIVE_FIRST =
  /^(?:(?:my|our) (?:sister|brother|mother|mom|mum|father|dad|wife|husband|son|daughter|grandma|grandpa|parents|kids|children)|(?:bo|ba|cha|me|vo|chong|con|ong|ba noi|ba ngoai|ong noi|ong ngoai) (?:toi|em|minh|tui|e))\b/;
const ASKS_THE_SAME =
  /\b(?:thi sao|thi co duoc (?:khong|ko|k)|co duoc (?:khong|ko|k|hong|hem)|duoc (?:khong|ko|k) a?|too|as well|also)\W*$/;
const SHORT_FOLLOW_UP_WORDS = 6;
// "can I do it online?", "làm online được không" after a procedure: that procedure, done online.
const DONE_ONLINE =
  /^(?:(?:can|could) (?:i|we|you) |is it possible to )?(?:(?:do|apply|submit|send|change|fix) )?(?:it |this |that )?online(?: (?:in|on|via|through|with) (?:vssid|vneid|the app|my phone|the portal))?(?: without going (?:to|into) (?:the|an) office)?$|^(?:lam|nop|doi|dang ky|sua|khai)?(?: \w+)? ?(?:online|truc tuyen|qua mang|tren mang|(?:tren|qua|bang) (?:vneid|vssid|app|ung dung))(?: (?:tren|qua|bang) (?:vneid|vssid|app|ung dung))?(?: (?:duoc|dc) (?:khong|ko|k|hong))?$/;
// "có cần mang giấy tờ gì không" after changing details or the registered place: that change's papers, which its
// answer lists (not the papers for joining).
const PAPERS_ASKED =
  /^(?:(?:vay|the|con) )?(?:co )?(?:can )?(?:mang |nop |chuan bi |lam )?(?:theo )?(?:giay to|ho so|to khai)(?: gi| nao)?(?: khong| ko| k)?$|^(?:what|which) (?:papers|documents|forms)(?: do i need(?: to (?:show|bring))?| to (?:bring|show)| should i (?:bring|show))?$/;
const CHANGES = new Set([
  "card.change_info",
  "card.change_facility",
  // …and after care away from home: the papers that show the stay.
  "enroll.temporary_residence",
  "benefit.referral",
]);
const PROCEDURES = new Set([
  "card.change_facility",
  "card.change_info",
  "card.lost_reissue",
  "contribution.child_under6",
]);
// "what if he gets sick before the card comes", "chưa có thẻ mà bé ốm thì sao" after an answer on getting a card:
// the time before that card, which its answer covers.
const BEFORE_THE_CARD =
  /\b(?:before (?:the|his|her|my|a) (?:new )?card (?:comes|arrives|is ready|is issued)|until the card (?:comes|arrives)|while (?:we )?wait(?:ing)? for the card|chua co the|trong luc cho the|trong khi cho the|cho the)\b/;
const CARD_TOPICS = new Set([
  "contribution.child_under6",
  "card.lost_reissue",
  "enroll.steps",
  "enroll.renew",
]);
const CLEARLY_SURER = 0.25;
const CHILD_TOPIC = "contribution.child_under6";
const BABY = /\b(?:be|em be|be nho|tre so sinh|baby|newborn|infant)\b/;
const NOT_A_TOPIC = new Set(["out_of_scope", "smalltalk.greeting", "smalltalk.thanks", "smalltalk.help"]);

/**
 * What a message asks, read after the topic just answered when it is a short follow-up: alone it is read as out of
 * scope or not understood, or it is marked as a follow-up and reads better after the topic. A message that is
 * clear alone keeps its own reading ("còn hộ cận nghèo?" after the household sum is about the near-poor).
 */
export function readInContext(turn: Turn, recognize: Recognize): Understanding {
  const read = readAfterTopic(turn, recognize);
  const topic = turn.session.lastIntent;
  return topic && !NOT_A_TOPIC.has(topic) ? (insideReading(turn, read) ?? read) : read;
}

function readAfterTopic(turn: Turn, recognize: Recognize): Understanding {
  const alone = recognize(turn.text, turn.today);
  const topic = turn.session.lastIntent;
  const marked = markedFollowUp(turn.text);
  // "how much to renew for 12 months for one person" says what it asks in a few more words, and so does a
  // follow-up marked as one ("đang nằm viện mà thẻ hết hạn thì sao").
  const limit = asksHowMuch(turn.text)
    ? PRICE_FOLLOW_UP_WORDS
    : marked
      ? MARKED_FOLLOW_UP_WORDS
      : FOLLOW_UP_WORDS;
  if (!topic || NOT_A_TOPIC.has(topic)) return alone;
  const papers = CHANGES.has(topic) && PAPERS_ASKED.test(foldWords(turn.text));
  // "ở đâu", "mua ở đâu" alone after an answer about paying: where to pay.
  if (topic.startsWith("contribution.") && WHERE_ONLY.test(foldWords(turn.text)))
    return { ...alone, intent: "enroll.where", band: "answer" };
  const waiting = CARD_TOPICS.has(topic) && BEFORE_THE_CARD.test(` ${foldWords(turn.text)} `);
  // "chưa có thẻ mà bé ốm thì đi khám dc ko" after other questions on a baby: the young child's card, which says so.
  if (!waiting && BEFORE_THE_CARD.test(` ${foldWords(turn.text)} `) && BABY.test(` ${foldWords(turn.text)} `))
    return { ...(readAfter(turn, recognize, CHILD_TOPIC) ?? alone), intent: CHILD_TOPIC, band: "answer" };
  if (papers || waiting || (PROCEDURES.has(topic) && DONE_ONLINE.test(foldWords(turn.text))))
    return { ...(readAfter(turn, recognize, topic) ?? alone), intent: topic, band: "answer" };
  const words = turn.text.trim().split(/\s+/).length;
  // "đi khám thì mẹ tôi được hưởng bao nhiêu" after a price: the card's level, clear alone, not another price.
  if (topic.startsWith("contribution.") && alone.intent === "benefit.levels" && alone.band === "answer")
    return alone;
  // A follow-up a topic just answered has its own words for: answered as that topic (or the one it leads to).
  const carried =
    words <= CARRIED_WORDS ? TOPIC_FOLLOW_UPS.find((f) => f.after(topic) && f.asks(turn.text)) : undefined;
  if (carried) {
    const intent = carried.intent ?? topic;
    // (Read alone as another topic, its details were not looked for: "just for me" is one person's price.)
    const slots =
      intent.startsWith("contribution.") && intent !== alone.intent
        ? slotExtractorOf(turn)(turn.text, turn.today)
        : alone.slots;
    return { ...alone, intent, band: "answer", slots };
  }
  // "do I pay at my university or at the ward office?" after the students' answer: unsure alone, with the topic just
  // answered as the runner-up, and sure after it: a follow-up in a few more words.
  if (words > limit) {
    const folded = foldWords(turn.text);
    if (words <= LONG_FOLLOW_UP_WORDS && sameForRelative(folded, alone, topic))
      return sameTopic(turn, recognize, topic);
    if (words <= MARKED_FOLLOW_UP_WORDS) return runnerUpTopic(turn, recognize, alone, topic);
    if (words <= LONG_FOLLOW_UP_WORDS && alone.band !== "answer" && ANOTHER_PERSON_LEAD.test(folded))
      return anotherPerson(turn, recognize, alone, topic);
    // "Vậy có cần đi làm lại thẻ giấy không? Tôi có căn cước gắn chip rồi." after the lost card: unsure alone but
    // leaning to the topic just answered, and sure after it.
    // …or leaning to it as the runner-up ("vậy là mẹ e được 100% đến hết năm nay đúng ko ad" after the five-year rule).
    const leansToTopic = alone.intent === topic || alone.alternatives[0]?.intent === topic;
    return words <= LONG_FOLLOW_UP_WORDS && leansToTopic && alone.band === "confirm"
      ? sameTopicAfter(turn, recognize, alone, topic)
      : alone;
  }
  // A greeting or thanks is clear alone too; only "outside health insurance" may be a follow-up misread.
  const clearAlone = alone.band === "answer" && alone.intent !== "out_of_scope";
  // A bare period ("6 tháng", "cả năm") is how long to pay for, whatever was answered before; "mấy tiền 1 tháng"
  // naming no group, after something other than a price, is the household's price.
  const period = PERIOD_ONLY.test(foldWords(turn.text));
  const howMuch = asksHowMuch(turn.text);
  const price = period || howMuch;
  if (period && !alone.intent.startsWith("contribution.")) return asPrice(turn, recognize);
  // …but "how much do they pay" after an emergency answer is a benefit's share.
  const priceAfterOther =
    howMuch &&
    !clearAlone &&
    !topic.startsWith("contribution.") &&
    !alone.intent.startsWith("benefit.") &&
    !namesGroup(turn.text);
  if (priceAfterOther) return asPrice(turn, recognize);
  const title = turn.content.answers[turn.locale].get(topic)?.title;
  if (!title) return alone;
  const after = recognize(turn.text, turn.today, title);
  // "làm trên vneid được không" after how to get a newborn's card: a few words leaning only weakly elsewhere, and far
  // surer as the topic just answered, carry that topic on.
  // …but not a price asked plainly ("1 năm bn" after changing the registered place is what a year's card costs).
  const plainPrice = howMuch && clearAlone && alone.intent.startsWith("contribution.");
  const carriesTopic =
    !plainPrice &&
    words <= SHORT_FOLLOW_UP_WORDS &&
    after.intent === topic &&
    after.band === "answer" &&
    after.confidence - alone.confidence >= CLEARLY_SURER;
  if (carriesTopic) return after;
  if (clearAlone && !marked) return alone;
  // "what about my sister?", "còn mẹ tôi thì sao": the same question for another person, which the topic answers.
  if (PERSON_SWAP.test(foldWords(turn.text)) && after.intent === topic) return { ...after, band: "answer" };
  // "where do I submit it" after the documents: unsure after the topic beats "outside BHYT" alone.
  const unsureAfter = after.band === "confirm" && !NOT_A_TOPIC.has(after.intent) && alone.band === "fallback";
  // …and when marked as carrying on and read as the topic just answered, it is answered.
  if (unsureAfter && !price) return marked && after.intent === topic ? { ...after, band: "answer" } : after;
  // "and if I changed my phone number?" after how to log in: unsure alone and unsure after, but marked as carrying on
  // and leaning to the topic just answered: the question back offers that topic first, not the hotline.
  const carriesOn =
    marked &&
    !clearAlone &&
    after.intent === topic &&
    after.band === "confirm" &&
    after.confidence > alone.confidence;
  // …not understood at all alone ("And if I get admitted as an inpatient there?" after referrals): the topic answers.
  if (carriesOn && !price) return alone.band === "fallback" ? { ...after, band: "answer" } : after;
  if (after.band !== "answer" || NOT_A_TOPIC.has(after.intent))
    return clearAlone || !price ? alone : asPrice(turn, recognize);
  // "what if I forgot the password" after how to install VssID: read alone it leans to another question of the same
  // area; read after the topic it would only give the answer just given again.
  const sibling =
    alone.band !== "fallback" &&
    after.intent === topic &&
    alone.intent !== topic &&
    areaOf(alone.intent) === areaOf(topic) &&
    leansClearly(alone) &&
    // …and stays a strong second even after the topic ("nếu nằm viện thì sao" after referrals does not).
    (after.alternatives.find((a) => a.intent === alone.intent)?.confidence ?? 0) >= SIBLING_KEPT;
  if (sibling) return { ...alone, band: "answer" };
  // "vậy đóng ở đâu" after the near-poor price asks where, clearly: read after the topic it would only be the topic's
  // words again (a question of the same area is left to the rules above and below).
  const otherArea = areaOf(alone.intent) !== areaOf(topic);
  if (clearAlone && otherArea && after.intent === topic) return alone;
  return !clearAlone || after.confidence > alone.confidence ? after : alone;
}

// The same topic for another person when the message reads as that topic after it; as read alone otherwise.
function anotherPerson(turn: Turn, recognize: Recognize, alone: Understanding, topic: string): Understanding {
  const after = readAfter(turn, recognize, topic);
  return after?.intent === topic ? { ...after, band: "answer" } : alone;
}

// A relative named first and asked about as the topic just answered, the message leaning to nothing else.
function sameForRelative(folded: string, alone: Understanding, topic: string): boolean {
  if (alone.band === "answer" || !RELATIVE_FIRST.test(folded) || !ASKS_THE_SAME.test(folded)) return false;
  const leansElsewhere = alone.confidence >= WEAK_LEAN && alone.intent !== "out_of_scope";
  return alone.intent === topic || alone.alternatives[0]?.intent === topic || !leansElsewhere;
}
// Below this a reading alone is no lean to another topic: the relative's question is the one just answered.
const WEAK_LEAN = 0.3;

// The topic just answered, read after its title, answered.
function sameTopic(turn: Turn, recognize: Recognize, topic: string): Understanding {
  const after = readAfter(turn, recognize, topic) ?? recognize(turn.text, turn.today);
  return { ...after, intent: topic, band: "answer" };
}

// The message read after the title of the topic just answered; undefined when the topic has none.
function readAfter(turn: Turn, recognize: Recognize, topic: string): Understanding | undefined {
  const title = turn.content.answers[turn.locale].get(topic)?.title;
  return title ? recognize(turn.text, turn.today, title) : undefined;
}

const areaOf = (intent: string) => intent.split(".")[0];
const SIBLING_KEPT = 0.2;
// Ahead of every other reading by a clear step: a near tie is no lean.
const LEAN = 0.05;
const leansClearly = (reading: Understanding) =>
  reading.alternatives.every((other) => reading.confidence - other.confidence >= LEAN);

// "bn tiền 1 tháng", "12 tháng", "3 tháng thôi" with no topic of their own, in a bot about health insurance: what
// it costs, read as a household's question (its months and people kept).
function asPrice(turn: Turn, recognize: Recognize): Understanding {
  const title = turn.content.answers[turn.locale].get(HOUSEHOLD_PRICE)?.title;
  const priced = recognize(turn.text, turn.today, title);
  // Another group only when the message names it ("sinh viên mấy tiền 1 tháng").
  const named = priced.intent.startsWith("contribution.") && namesGroup(turn.text);
  return named ? { ...priced, band: "answer" } : { ...priced, intent: HOUSEHOLD_PRICE, band: "answer" };
}

const namesGroup = (text: string) => payerGroupOf(foldForSlots(text)) !== undefined;

function runnerUpTopic(turn: Turn, recognize: Recognize, alone: Understanding, topic: string): Understanding {
  // "giờ hành chính là mấy giờ, t7 có làm ko" after the hotline: not understood alone, but sure after the topic.
  const notUnderstood = alone.band === "fallback" || alone.intent === "out_of_scope";
  // …or unsure alone, with the topic just answered first or next.
  const leansToTopic =
    alone.intent === topic || alone.alternatives.slice(0, 2).some((other) => other.intent === topic);
  if (!notUnderstood && (alone.band !== "confirm" || !leansToTopic)) return alone;
  return sameTopicAfter(turn, recognize, alone, topic);
}

// The reading after the topic when it is the topic and sure; else the reading alone.
function sameTopicAfter(
  turn: Turn,
  recognize: Recognize,
  alone: Understanding,
  topic: string,
): Understanding {
  const after = readAfter(turn, recognize, topic);
  return after?.intent === topic && after.band === "answer" ? after : alone;
}

// "can I do the whole thing online, first time?" in a conversation about health insurance: read alone as outside it
// only for naming no topic; a close reading inside it, with nothing said of social insurance's own benefits, is asked.
const SOCIAL_INSURANCE_OWN =
  /\b(?:luong huu|thai san|om dau|that nghiep|rut (?:bhxh|bao hiem)|mot lan|pension|maternity|sick pay|unemployment|lump sum)\b/;
const INSIDE_WORDS = 16;
const INSIDE_FLOOR = 0.2;
const INSIDE_SHARE = 0.55;

function insideReading(turn: Turn, alone: Understanding): Understanding | undefined {
  if (alone.intent !== "out_of_scope" || turn.text.trim().split(/\s+/).length > INSIDE_WORDS)
    return undefined;
  if (SOCIAL_INSURANCE_OWN.test(` ${foldWords(turn.text)} `)) return undefined;
  const inside = alone.alternatives.find((a) => !NOT_A_TOPIC.has(a.intent));
  if (!inside || inside.confidence < INSIDE_FLOOR || inside.confidence < alone.confidence * INSIDE_SHARE)
    return undefined;
  // ("…just me, I don't work for a company": the price of one's own household card, not an employee's.)
  const intent =
    inside.intent === "contribution.employee" && NOT_EMPLOYED.test(` ${foldWords(turn.text)} `)
      ? "contribution.household"
      : inside.intent;
  return { ...alone, intent, confidence: inside.confidence, band: "answer" };
}
const NOT_EMPLOYED =
  /\b(?:don t|do not|doesn t|does not|not) (?:work|working) (?:for|at|in) (?:a |an |any )?(?:company|employer|firm|office)\b|\b(?:khong|ko|k|chua) (?:di )?lam (?:cong ty|cty)\b|\bself[- ]employed\b|\bfreelanc\w*/;
