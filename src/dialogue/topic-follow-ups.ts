import { foldWords } from "../core/fold.ts";
import { asksCareAfterEmergency } from "../features/after-emergency.ts";
import { asksAfterCardMissing } from "../features/card-issue-follow-up.ts";
import { asksHowToHandIn, fallsIll, HIGHER_HOSPITAL } from "../features/change-facility-cases.ts";
import { asksDeadline } from "../features/claim-deadline.ts";
import { asksAboutCalling, hotlineUnanswered } from "../features/contact-hours.ts";
import { asksLostCardFollowUp } from "../features/lost-card-follow-up.ts";
import { STATE_PAID, WHERE_TO_GET } from "../features/state-paid-enrolment.ts";
import { asksUseNow } from "../features/waiting-without-card.ts";
import { asksPasswordOtherWay } from "../nlu/app-readings.ts";
import { ETHNIC_MINORITY, MOUNTAIN_AREA } from "../nlu/area-words.ts";
import { saysCardLost } from "../nlu/case-readings.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { latenessOf } from "../nlu/late-payment.ts";
import { asksBenefitPending } from "../nlu/living-readings.ts";
import { ASKS_CARD_END, joinsFamily, livesAway } from "../nlu/person-readings.ts";
import { REMINDER_ASKED } from "../nlu/renewal-readings.ts";
import { asksChildAtUniversity } from "../nlu/school-card-reading.ts";
import { ageOf } from "../nlu/slots/age.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { LIVES_ALONE } from "../nlu/slots/one-person.ts";
import { amountAlone, namesBill } from "../nlu/visit-bill.ts";
import { withoutChipId } from "../nlu/visit-readings.ts";
import { asksWhereToPay } from "../nlu/what-is-asked.ts";

// "ở đâu", "mua ở đâu", "where" alone: where, of the topic just answered ("đóng ở đâu, gò vấp": with the place).
export const WHERE_ONLY =
  /^(?:(?:vay|the|con|roi) )?(?:(?:mua|dong|nop|dang ky|lam) )?(?:o|tai) (?:dau|cho nao)(?: (?:vay|a|ad|nhi|ha))?(?: (?:o |tai |gan )?(?:phuong |xa |quan |huyen )?[a-z]+(?: [a-z]+){0,3})?$|^(?:and |so )?where(?: (?:do|can) (?:i|we) (?:pay|buy|go|register))?(?: (?:it|for it))?$/;
const BUYS_ALONE =
  /\b(?:buy|pay for|get|join) (?:it |one |insurance |a card )?(?:myself|by myself|on my own)|\btu (?:mua|dong|tham gia)\b/;
const SUBMIT_WHERE =
  /\b(?:nop|gui|mang|dem|den|toi|di) (?:\w+ ){0,3}?(?:o dau|cho nao|dau)\b|\bwhere (?:do|can|should|shall|will|must) (?:i|we) (?:submit|hand|take|send|bring|file|turn|go|do|apply|register)\b|\bwhere (?:to|are they) (?:submit|hand|send|take|be sent)\b/;
const AGE_WORDS = 12;
const ALONE_WORDS = 6;
const EMERGENCY_WORDS = 10;
const SUPPORT_WORDS = 8;
const SUPPORT_ASKED =
  /\b(?:co )?duoc (?:nha nuoc )?ho tro (?:gi|them gi|khong|ko|k)\b|\b(?:get|is there) any (?:support|help from the state)\b/;
const FREE_UNTIL_AGE =
  /\b(?:until|till|up to) (?:what|which) age\b|\bhow old\b|\b(?:den|toi) (?:may|bao nhieu) tuoi\b|\bmay tuoi\b/;
const BRING_ONLY =
  /^(?:(?:vay|the|roi|con) )?(?:(?:toi|em|minh) )?(?:can|phai) (?:mang|dem|cam) (?:theo )?(?:gi|giay gi|nhung gi|giay to gi)(?: (?:khong|ko|a|ad|vay|nhi|nua))?$|^(?:and |so )?what (?:do|should|must) (?:i|we) (?:need to |have to )?(?:bring|take|show)(?: (?:there|with me|with us))?$/;
const THRESHOLD_ASKED =
  /\b(?:nguong|han muc|muc tran|threshold|limit|cap)\b.*\b(?:bao nhieu|bn|la gi|how much|what|exactly)\b/;
// "nếu hết hạn 30/10/2026 thì sao", "what if it ended on 30/10?": the same question for another end date.
const ANOTHER_END =
  /\b(?:neu|gia su|con|what if|and if|if)\b.*\b(?:het han|ended|expired|expires?)\b.*\b\d{1,2}[/.-]\d{1,2}\b/;
const FORGOT_CARD =
  /\b(?:quen (?:mang |dem )?(?:theo )?(?:the|bhyt)|(?:khong|ko|k) (?:mang|dem) (?:theo )?(?:the|bhyt)|quen mang|forgot (?:my |the |his |her )?(?:card|insurance)|without (?:my |the |his |her )?card|didn t (?:bring|have) (?:my |the |his |her )?card)\b/;
const NO_CONTRACT =
  /\b(?:khong|ko|k|chua) (?:co |ky )?hop dong(?: bhyt| bao hiem)?\b|\b(?:no|without an?|hasn t got an?|doesn t have an?|does not have an?) (?:insurance |bhyt |health insurance )?contract\b/;
const CANCELS_ONE =
  /\b(?:cancel|delete|remove|stop|drop|huy|xoa|bo|ngung|tat)\b(?: \w+){0,4}? (?:the one|one|reminders?|nhac|cai|cua|for)\b/;
const RENEW_ONLINE =
  /\b(?:online|truc tuyen|qua mang|tren mang|(?:o|trang) (?:nao|dau)(?: \w+){0,2}? (?:dong|gia han)|(?:dong|gia han|nop)(?: \w+){0,3}? (?:o dau|trang nao|o trang nao)|where (?:do|can) i (?:pay|renew))\b/;
const RENEWAL_TOPICS = new Set(["enroll.renew", "card.validity", "benefit.five_year_continuous"]);
// A percent said back with "right?" ("95% đúng không", "stays at 95%, right?"): asks whether that is the level.
const LEVEL_CONFIRMED =
  /\b\d{2,3} ?(?:%|phan tram|percent)(?:.*)\b(?:right|correct|dung khong|dung ko|dung k|phai khong|phai ko|dung chu|ha|a)\b|\b(?:is it|so it s|so he s|so she s) \d{2,3}\b/;
const ALLOWANCE_AMOUNT = /\b(?:tro cap|benefit|allowance)\b.*\b\d/;
const namesBenefitAmount = (text: string) => ALLOWANCE_AMOUNT.test(` ${foldWords(text)} `);
const BUYS_OWN = /\b(?:tu mua|tu dong|mua (?:bhyt|bao hiem|the)|buy|pay for (?:it|my own|myself))\b/;
const asksCardEnds = (text: string) =>
  ASKS_CARD_END.test(` ${foldWords(text)} `) && !REMINDER_ASKED.test(foldWords(text));
const CARD_IN_APP_AFTER = new Set([
  "card.lost_reissue",
  "enroll.where",
  "enroll.online_payment",
  "enroll.renew",
]);
const CARD_IN_APP =
  /\b(?:show|open|see|view|display|find|check)\b.{0,20}\b(?:on|in) (?:the )?(?:vneid|vssid|app|phone)\b|\b(?:the moi|the)\b.{0,12}\b(?:xem|hien|mo) (?:o dau|tren|bang|trong)\b|\b(?:xem|mo|hien) (?:the|the moi)\b.{0,12}\b(?:o dau|tren|app|vneid|vssid|dien thoai)\b/;

/** Follow-ups read by their own words after a topic (as that topic, or `intent` when another topic answers them). */
export const TOPIC_FOLLOW_UPS: {
  after: (topic: string) => boolean;
  asks: (text: string) => boolean;
  intent?: string;
}[] = [
  // "what if my bill was only 300,000 VND" after a bill worked out: that bill.
  { after: (topic) => topic === "benefit.levels", asks: (text) => namesBill(text) || amountAlone(text) },
  // "trợ cấp mỗi tháng của mình 3 triệu 6 thì bhyt bao nhiêu" after the unemployment answer: paid on that benefit.
  { after: (topic) => topic === "card.job_transition", asks: namesBenefitAmount },
  // "khi hết trợ cấp thì tự mua hết bao nhiêu" after it: the writer's own card, bought as a household of one.
  {
    after: (topic) => topic === "card.job_transition",
    asks: (text) => asksHowMuch(text) && BUYS_OWN.test(` ${foldWords(text)} `),
    intent: "contribution.household",
  },
  // "em mua chung bhyt hộ gia đình với bố mẹ được không" after the students' answer: not on the parents' card.
  { after: (topic) => topic === "contribution.student", asks: joinsFamily },
  // "ngưỡng cụ thể là bao nhiêu tiền", "what is the limit exactly?" after the five-year rule: its threshold.
  {
    after: (topic) => topic === "benefit.five_year_continuous",
    asks: (text) => THRESHOLD_ASKED.test(` ${foldWords(text)} `),
  },
  // "So he stays at 95%, right?", "vậy bố được 95% đúng không" after a card's level: that level, confirmed.
  {
    after: (topic) => topic === "benefit.levels",
    asks: (text) => LEVEL_CONFIRMED.test(foldWords(text.replaceAll("%", " phần trăm "))),
  },
  // "còn nếu trễ 4 tháng thì sao" after how to renew, reminders or a price: whether a card that late waits 30 days.
  {
    after: (topic) =>
      RENEWAL_TOPICS.has(topic) || topic.startsWith("reminder.") || topic === "contribution.household",
    // (After a price, "hết hạn 4 tháng rồi, mua lại bao nhiêu" still asks the price.)
    asks: (text) =>
      (latenessOf(foldForSlots(text)) !== undefined || ANOTHER_END.test(foldForSlots(text))) &&
      !asksHowMuch(text),
    intent: "card.validity",
  },
  // "just for me", "chỉ mình tôi thôi" after a renewal's price or gap: one person's card, priced.
  {
    after: (topic) => RENEWAL_TOPICS.has(topic),
    asks: (text) =>
      text.trim().split(/\s+/).length <= ALONE_WORDS && LIVES_ALONE.test(` ${foldWords(text)} `),
    intent: "contribution.household",
  },
  // "bv tư không có hợp đồng bhyt thì sao", "lúc đó quên mang thẻ thì sao" after the emergency rule: what to show, or
  // paid first and claimed from social insurance.
  {
    after: (topic) => topic === "benefit.referral",
    asks: (text) => NO_CONTRACT.test(` ${foldWords(text)} `) || FORGOT_CARD.test(` ${foldWords(text)} `),
    intent: "benefit.direct_reimbursement",
  },
  // "có cách nào dùng ngay ko" after a long gap worked out; "trong lúc chờ quyết định trợ cấp đi khám có dc bhyt ko"
  // after the job-leaving answer.
  { after: (topic) => topic === "card.validity", asks: asksUseNow },
  { after: (topic) => topic === "card.job_transition", asks: asksBenefitPending },
  // "after he's stable, can he stay there for rehab or go back to Hanoi?" after the emergency rule.
  { after: (topic) => topic === "benefit.referral", asks: asksCareAfterEmergency },
  // "gia hạn online ở đâu" after the reminders were set: where to pay online, not another reminder.
  {
    after: (topic) => topic.startsWith("reminder."),
    asks: (text) => RENEW_ONLINE.test(` ${foldWords(text)} `),
    intent: "enroll.online_payment",
  },
  // "cancel the one for my mum, she renewed already" after the reminders were listed or set: that card's reminders.
  {
    after: (topic) => topic.startsWith("reminder."),
    asks: (text) => CANCELS_ONE.test(` ${foldWords(text)} `),
    intent: "reminder.cancel",
  },
  // "what number again? should I bring the receipt to the post office?" after a card paid for is not in the app.
  { after: (topic) => topic === "card.validity", asks: asksAfterCardMissing },
  // "but can I register at Da Nang Hospital at all? it's a big provincial hospital" after changing the place: whether.
  {
    after: (topic) => topic === "card.change_facility",
    asks: (text) => HIGHER_HOSPITAL.test(` ${foldWords(text)} `),
  },
  // "làm trên app VssID được ko", "thủ tục ở đâu, qua cty hay tự lên bhxh" after changing the registered place: how
  // to hand the change in, not the app's guide.
  {
    after: (topic) => topic === "card.change_facility",
    asks: asksHowToHandIn,
    intent: "card.change_facility",
  },
  // "where do I submit them", "nộp ở đâu" after the papers or steps for joining: where to register and pay.
  {
    after: (topic) => topic === "enroll.documents" || topic === "enroll.steps",
    asks: (text) => WHERE_ONLY.test(foldWords(text)) || SUBMIT_WHERE.test(` ${foldWords(text)} `),
    intent: "enroll.where",
  },
  // "có được hỗ trợ gì không", "do we get any support?" after a price: who the state pays for or helps.
  {
    after: (topic) => topic.startsWith("contribution."),
    asks: (text) =>
      text.trim().split(/\s+/).length <= SUPPORT_WORDS && SUPPORT_ASKED.test(` ${foldWords(text)} `),
    intent: "contribution.overview",
  },
  // "sửa ở đâu", "nộp ở đâu" after correcting a card's details: where that form goes.
  {
    after: (topic) => topic === "card.change_info",
    asks: (text) => WHERE_ONLY.test(foldWords(text)) || SUBMIT_WHERE.test(` ${foldWords(text)} `),
  },
  // "còn đóng ở đâu thì bạn chưa trả lời, ở Thủ Dầu Một tôi đóng ở đâu?" after a price, "đóng ở đâu nhanh nhất"
  // after renewing or the five-year rule: where to pay.
  {
    after: (topic) => topic.startsWith("contribution.") || RENEWAL_TOPICS.has(topic),
    // (Living away from home, where to register is the temporary residence's own answer.)
    // (…nor a child going to university, who joins there: the students' own answer says so.)
    asks: (text) => asksWhereToPay(text) && !livesAway(text) && !asksChildAtUniversity(text),
    intent: "enroll.where",
  },
  // "can I just go to the office?" after getting the app's password back: the office way, which its answer gives.
  {
    after: (topic) => topic === "vssid.login_password",
    asks: (text) => asksPasswordOtherWay(text, true),
  },
  // "gọi mãi không ai nghe máy" after the hotline or a request for a person: the other ways to reach them.
  {
    after: (topic) => topic === "contact.hotline" || topic === "handoff.human",
    // ("gọi số đó có mất tiền không, mấy giờ có người nghe": the call's cost and hours, after the number was given.)
    asks: (text) => hotlineUnanswered(text) || asksAboutCalling(text),
    intent: "contact.hotline",
  },
  // "làm online được không", "can I do it in the app?" after a lost card: that card's follow-up, not the app's topic.
  { after: (topic) => topic === "card.lost_reissue", asks: asksLostCardFollowUp },
  // "how do I buy it myself now?" after leaving a job: joining as a household, step by step.
  {
    after: (topic) => topic === "card.job_transition",
    asks: (text) => BUYS_ALONE.test(` ${foldWords(text)} `),
    intent: "enroll.steps",
  },
  // "she is 72 years old, does that change anything?" after the near-poor answer: that age's support (70 to under 75
  // may bring the social pension, and then a free card).
  {
    after: (topic) => topic === "contribution.near_poor",
    asks: (text) => text.trim().split(/\s+/).length <= AGE_WORDS && ageOf(foldForSlots(text)) !== undefined,
  },
  // "cần mang gì", "what do I need to bring?" after care in an emergency or at a hospital: what to show there.
  {
    after: (topic) => topic === "benefit.referral" || topic === "benefit.levels",
    asks: (text) => BRING_ONLY.test(foldWords(text)),
    intent: "vssid.show_card",
  },
  // "until what age is it free", "miễn phí đến mấy tuổi" after a newborn's card or its papers: the young child's card.
  {
    after: (topic) => topic === "contribution.child_under6" || topic === "enroll.documents",
    asks: (text) => FREE_UNTIL_AGE.test(` ${foldWords(text)} `),
    intent: "contribution.child_under6",
  },
  // "and if it's an emergency?", "còn cấp cứu thì sao" after care elsewhere: an emergency is paid in full anywhere.
  {
    after: (topic) => topic === "benefit.referral" || topic === "benefit.levels",
    asks: (text) =>
      text.trim().split(/\s+/).length <= EMERGENCY_WORDS && /\b(?:cap cuu|emergency)\b/.test(foldWords(text)),
    intent: "benefit.referral",
  },
  // "vneid của tôi mới mức 1" after how to show the card, "làm sao biết đã cùng chi trả đủ chưa" after the five-year
  // rule: that topic's own case.
  {
    after: (topic) => topic === "vssid.show_card",
    asks: (text) => /\b(?:muc|level) (?:1|mot|one)\b/.test(foldWords(text)),
  },
  {
    after: (topic) => topic === "benefit.five_year_continuous",
    asks: (text) => /\b(?:cung chi tra|dong chi tra|co ?pay\w*)\b/.test(foldWords(text.replaceAll("-", " "))),
  },
  // "bà không dùng điện thoại thông minh, căn cước cũng loại cũ chưa gắn chip" after a lost card: a paper card then.
  { after: (topic) => topic === "card.lost_reissue", asks: withoutChipId },
  // "what if I get sick in HCMC before then?" after the change window: where to be treated meanwhile.
  { after: (topic) => topic === "card.change_facility", asks: fallsIll },
  // "is there a deadline for claiming?" after how to get money back: that claim's deadline.
  { after: (topic) => topic === "benefit.direct_reimbursement", asks: asksDeadline },
  // "how do I show it on VNeID?" after a lost card, "đóng xong thì thẻ mới xem ở đâu" after paying: the card in an app.
  {
    after: (topic) => CARD_IN_APP_AFTER.has(topic),
    asks: (text) => CARD_IN_APP.test(` ${foldWords(text)} `),
    intent: "vssid.show_card",
  },
  // "we live in a mountain commune and are Ede, do we pay anything?" after the near-poor's price: their listed case.
  {
    after: (topic) => topic === "contribution.near_poor",
    asks: (text) =>
      ETHNIC_MINORITY.test(` ${foldWords(text)} `) && MOUNTAIN_AREA.test(` ${foldWords(text)} `),
  },
  // "thẻ hết hạn thì sao" after a group the state pays for: renewed from the list, with nothing to pay.
  { after: (topic) => STATE_PAID.has(topic), asks: asksCardEnds, intent: "enroll.renew" },
  // "thẻ em hết hạn khi nào" after a pupil's price: when pupils' and students' cards run.
  { after: (topic) => topic === "contribution.student", asks: asksCardEnds },
  // "vậy làm thẻ ở đâu", "phải đến đâu, mang giấy tờ gì" after a group the state pays for: where its card is made.
  {
    after: (topic) => STATE_PAID.has(topic),
    // ("thẻ giấy của vợ tôi bị mất rồi, làm lại ở đâu": a lost card, whose own answer says where.)
    asks: (text) =>
      WHERE_TO_GET.test(` ${foldWords(text)} `) && !saysCardLost(text) && !asksChildAtUniversity(text),
    intent: "enroll.documents",
  },
];
