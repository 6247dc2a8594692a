import { foldSpaced } from "../core/fold.ts";
import { namesStatePaidArea } from "./area-words.ts";
import type { ScoredIntent } from "./classifier.ts";
import { asksHowMuch, asksWhere } from "./how-much.ts";
import { saysVeteran } from "./person-said.ts";
import { agesOf } from "./slots/age.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { householdSizeOf } from "./slots/household-size.ts";
import { SOCIAL_PENSION_AGE, saysPensioner } from "./slots/insured-members.ts";
import { monthsOf } from "./slots/months.ts";
import { deniedGroupsOf, payerGroupOf } from "./slots/payer-group.ts";
import { socialPensionAgeMentions } from "./slots/social-pension-mentions.ts";
import { storyReading } from "./visit-readings.ts";
import { comparesHouseholdWithAlone } from "./what-is-asked.ts";

// "có hộ khẩu thường trú ở đây", "registered as a resident here": living where one is registered is not living away.
const RESIDENT_HERE =
  /\b(?:thuong tru|ho khau)\b(?:\s\w+){0,2}?\s(?:o day|tai day|o tp|tai tp|o thanh pho|luon)\b|\b(?:thuong tru|ho khau)(?: (?:o|tai))? (?:tp )?(?:hcm|tphcm|sai gon|ha noi)\b|\b(?:with |have |has |a )?permanent(?:ly)? (?:resident|residence|registered)\b(?! (?:in|at) (?:another|my home|our home|the countryside))/;
// …asking what to pay, or whether they must: the sum.
const PAY_ASKED =
  /\b(?:co phai (?:tu )?(?:mua|dong)|phai (?:mua|dong) khong|mien|what about (?:her|him|them)|have to pay|need to (?:buy|pay)|must (?:buy|pay)|exempt|free)\b/;
// An elder's question is answered by the elderly's topic, which knows the provinces that pay for them.
const ELDER = 60;
const ELDERLY = "contribution.elderly_social";
// "My grandfather is 82 and has no pension… must he buy it?": one person of the social pension's age, read as whether
// buying is compulsory or as a sum: the state pays through the social pension.
const ELDER_MISREAD = new Set([
  "contribution.overview",
  "contribution.overview.compulsory",
  "contribution.calculator",
  "contribution.household",
  // "ông ngoại 78 tuổi không có lương hưu" told alone: the state-paid elderly's case, not outside the bot's scope.
  "out_of_scope",
]);
const oneOnSocialPension = (message: string) => {
  const f = foldForSlots(message);
  const ages = agesOf(f) ?? [];
  return (
    ages.length === 1 &&
    ages[0]! >= SOCIAL_PENSION_AGE &&
    !saysPensioner(f) &&
    socialPensionAgeMentions(f) === 1 &&
    (householdSizeOf(f) ?? 1) === 1 &&
    !FAMILY_ASKED.test(f) &&
    notInAnotherGroup(f)
  );
};
// "ai phải mua, mỗi người bao nhiêu", "how much for each of us": the family's sum asked, not one elder's case.
const FAMILY_ASKED =
  /\b(?:moi nguoi|tung nguoi|ca nha|nhung ai|ai phai (?:mua|dong)|each of us|each person|everyone|whole family|all of us)\b/;
// "Mum's 72, dad's 79, no pensions": a couple of elders, one of them on the social pension by age.
const NO_PENSIONS =
  /\b(?:no pensions?|without (?:a |any )?pensions?|neither (?:has|gets|of them (?:has|gets)) a pension|(?:khong|ko|k|hong) (?:ai )?co luong huu|deu (?:khong|ko|k) co luong huu)\b/;
const eldersWithoutPension = (message: string) => {
  const f = foldForSlots(message);
  const ages = agesOf(f) ?? [];
  return (
    ages.length >= 2 &&
    ages.every((age) => age >= 60) &&
    NO_PENSIONS.test(f) &&
    socialPensionAgeMentions(f) >= 1 &&
    notInAnotherGroup(f)
  );
};
// A veteran named in one clause and another relative of 60 to under 75 in another.
const elderBesideVeteran = (message: string) => {
  const clauses = foldForSlots(message).split(/[,.;?!]/);
  const aged = (clause: string) =>
    (agesOf(clause) ?? []).some((age) => age >= 60 && age < SOCIAL_PENSION_AGE);
  return (
    clauses.some((clause) => saysVeteran(clause) && !aged(clause)) &&
    clauses.some((clause) => !saysVeteran(clause) && aged(clause) && !saysPensioner(clause))
  );
};
// "(78, no pension) had no veteran card": a group said only to be denied leaves the elder on the social pension.
const notInAnotherGroup = (f: string) => {
  const group = payerGroupOf(f);
  return group === undefined || deniedGroupsOf(f).includes(group);
};
const WHO_PAYS = /\b(?:who pays|who will pay|who covers|ai dong|ai tra|ai chi tra|ai lo)\b/;
const OWN_CARD = /\b(?:bhyt|bao hiem y te|health insurance|(?:my|own|a) card)\b/;
const PENSION_OR_CARD = /\b(?:luong huu|huu tri|pension|bhyt|bao hiem|the bh|insurance)\b/;
const LIVES_AWAY = /\b(?:tam tru|xa nha|que|noi khac|tinh khac|away from home|temporary residence)\b/;
const folded = foldSpaced;
// "mua chung với bố mẹ", "can he buy with our household instead": joining the family's household card.
const JOINS_FAMILY =
  /\b(?:(?:voi|cung|theo) (?:bo me|ba me|cha me|gia dinh|nha)|adds? me (?:to|on|onto) (?:her|his|their|our|the) (?:household|family)|(?:cho|them) (?:em|con|minh|toi) vao (?:bhyt |the )?(?:ho gia dinh|hgd|the cua)|vao chung|chung voi|with my (?:parents|family)|family s card|join (?:my|our) (?:parents|family|household)|parents (?:s )?household|(?:buy|join|be|go) (?:with|in|into|under|on) (?:our|my|the|his|her) (?:household|family)|(?:our|my|the) household (?:card|insurance|instead)|(?:co|da co|dang co|dung) (?:the|bhyt|bao hiem)(?: y te)? (?:theo )?(?:ho gia dinh|hgd)|(?:mua|dong) (?:the |bhyt |bao hiem (?:y te )?)?(?:theo )?(?:ho gia dinh|hgd) cho (?:minh|em|toi|con|e|tui)(?: \w+)? roi|(?:have|has|on) (?:a |the |our |my )?(?:household|family) (?:card|insurance|plan)|(?:dong|mua|tham gia) theo (?:ho gia dinh|ho gd|hgd|ho)(?: \w+){0,4}? (?:(?:co )?re hon|cho re hon|duoc khong|duoc ko|dc ko|dc khong|duoc k|dc k))\b/;
const STUDENT = "contribution.student";
// "đang ở trọ ở quận 7, hộ khẩu ở Bến Tre, mua bhyt ở đâu": living away from where one is registered, asking where.
const LIVES_RENTED =
  /\b(?:o tro|thue nha|thue tro|tam tru|ho khau (?:o|tai) (?:que|\w+)|que (?:o|tai)|ve que|o que|trong nay|ngoai nay|(?:vao|vo|ra|len) (?:sai gon|thanh pho|tp|ha noi)|renting|rent a room|registered (?:back )?(?:home|in my hometown)|(?:on |a |my )?temporary residence|my hometown is|hometown is)\b/;
const AWAY = "enroll.temporary_residence";

/** "đang ở trọ…", "I'm on temporary residence in Bac Ninh": the writer lives away from where they are registered. */
export const livesAway = (message: string): boolean => LIVES_RENTED.test(folded(message));
const JOB_ENDED_TOPIC = "card.job_transition";
const YOUNG_CHILD = "contribution.child_under6";
const BORN = /\b(?:born (?:in|on)|sinh (?:ngay|thang|nam)|sinh vao|ngay sinh)\b/;
const JOB_ENDED =
  /\b(?:lost (?:my|her|his|their|a) job|resign\w*|(?:quit|left|leaves|leaving) (?:my|her|his|their|the) (?:job|company|work)|laid off|made redundant|out of work|nghi viec|mat viec|bi cho nghi|thoi viec|nghi lam)\b/;
const STAYS_MONTHS =
  /\b(?:working|work|staying|stay|living|live|cong tac|lam viec|di lam|o)\b(?: \w+){0,4}? (?:for|trong) (?:[1-9]|1[01]|a few|several|mot vai|vai|hai|ba|two|three|four|six) (?:thang|months?)\b/;
const SEEN_OR_PAID = /\b(?:kham|om|benh|chua benh|see a doctor|doctor|hospital|clinic|sick|ill|treatment)\b/;
const GRADE_ONE =
  /\b(?:vao lop 1|len lop 1|vao lop mot|starts? (?:grade 1|first grade|primary school)|(?:going|goes) (?:in|into|to) (?:grade 1|first grade))\b/;
const GRADE_ONE_MISREAD = new Set([
  "enroll.where",
  "contribution.student",
  "contribution.child_under6",
  "card.lookup",
  "card.validity",
  "out_of_scope",
]);
const STUDIES =
  /\b(?:sinh vien|sv|hoc sinh|dai hoc|cao dang|student|studies|study|studying|university|college)\b/;

/** Whether a message asks about joining the family's household card. */
export function joinsFamily(message: string): boolean {
  return JOINS_FAMILY.test(folded(message));
}

const RETIREE_WORDS = 25;
// The writer, or people in general, drawing a pension.
const RETIREE_ASKS =
  /\b(?:i (?:have |ve )?retired|i (?:get|receive|draw|am on|m on) (?:a |my )?(?:monthly |retirement )?pension|i m (?:a )?(?:pensioner|retiree|retired)|i am (?:a )?(?:pensioner|retiree|retired)|retirees|pensioners|retired people|people on a pension|toi (?:da )?(?:nghi huu|ve huu)|(?:nguoi|ai) (?:da )?(?:nghi huu|ve huu)|(?:nguoi|ai) (?:co|huong|lanh) luong huu|toi (?:co|huong|lanh|dang huong|dang lanh) luong huu)\b/;
// "có phải mua không", "nhà nước có đóng không", "do we have to buy", "does the state pay".
// Topics an area's free card is read as for its other words (the children's ages, "vợ tôi", "miễn phí").
const AREA_MISREAD = new Set([
  "contribution.overview",
  "contribution.overview.compulsory",
  "contribution.elderly_social",
  "contribution.child_under6",
  "contribution.household",
  // (…and the free card's own topic, when unsure of it.)
  "contribution.other_group",
]);
const ASKS_PAYER =
  /\b(?:phai (?:mua|dong|tu mua|tu dong)|nha nuoc (?:co )?(?:dong|tra|ho tro)|mien phi|(?:have|has|need) to (?:buy|pay)|must (?:we |i )?(?:buy|pay)|state pay|government pay|free)\b/;

/** "thẻ dùng được đến khi nào", "hết hạn lúc nào", "valid until when": asks the card's end date (folded, spaced). */
// "thẻ bhyt của bé", "the baby's card": a young child's own card.
const BABY_CARD =
  /\b(?:the|bhyt)(?: bhyt)? (?:cua |cho )?(?:be|em be|be nha (?:em|e|minh|toi)|be con|chau be|tre so sinh)\b|\b(?:baby|newborn|toddler)(?: s)? (?:free )?(?:card|insurance|health insurance)\b/;
export const ASKS_CARD_END =
  /\b(?:het han|(?:thoi )?han (?:cua )?the|han su dung|(?:den|toi) (?:nam )?may tuoi|until what age|con (?:dung|han|hieu luc|gia tri)(?: duoc)?|still (?:valid|good|usable|works?)|can (?:she|he|it) still|is (?:it|the card|her card|his card) still|dung duoc den|co gia tri den|(?:den|toi) (?:khi nao|bao gio|luc nao|ngay nao|thang nao)|valid until|lasts? until|expire|expires|expiry|until when|how long(?! (?:does|will|would|did|do) (?:it|that|this|they) take)|(?:card|it) (?:ends?|runs out)|end date|until what (?:date|day|time)|what date|(?:card|it|coverage) (?:stops?|finish(?:es)?)|when does (?:her|his|the|my|their) (?:free )?card (?:stop|end|finish)|what happens to (?:her|his|the|my|their) (?:free )?(?:health )?(?:insurance )?card|(?<!\b(?:lam|cap|xin|dang ky|mua) )the(?: bhyt)?(?: cua (?:be|con|chau))? (?:the nao|ra sao)|(?:card|the) (?:co )?(?:bi )?(?:mat|dut|het)\b)\b/;

/**
 * A person's own case read as another topic: an elder living where registered, asking the price, is not living
 * away; one person of the social pension's age without a pension is the state-paid elderly's. Undefined otherwise.
 */
export function personReading(message: string, top: ScoredIntent, today: string): ScoredIntent | undefined {
  // Living where one is registered, asking what to pay: the sum (with the ages and the province said).
  const residentHere = RESIDENT_HERE.test(folded(message)) && !LIVES_AWAY.test(folded(message));
  // ("mẹ e 66 tuổi ở nhà nội trợ, hộ khẩu hcm": an elder's case told with no question asks the same.)
  const oldest = Math.max(0, ...(agesOf(foldForSlots(message)) ?? []));
  if (
    top.intent === "enroll.temporary_residence" &&
    residentHere &&
    (asksHowMuch(message) || PAY_ASKED.test(folded(message)) || oldest >= ELDER)
  )
    return {
      ...top,
      intent: oldest >= ELDER ? ELDERLY : "contribution.household",
    };
  // (Read as outside the bot's scope, only when the pension or the card is what the message is about: an elder's ID
  // card is not.)
  const elderTopic = top.intent !== "out_of_scope" || PENSION_OR_CARD.test(folded(message));
  // "I left my job last month, how much is it to buy my own card for 6 months?": between jobs, the price asked.
  if (
    top.intent === "out_of_scope" &&
    JOB_ENDED.test(folded(message)) &&
    asksHowMuch(message) &&
    OWN_CARD.test(folded(message)) &&
    monthsOf(foldForSlots(message)) !== undefined
  )
    return { ...top, intent: "card.job_transition" };
  // "My grandfather is 76, no pension… who pays his health insurance and how much does it cover?": who pays comes
  // first, and the state-paid elderly's answer gives the level too.
  const levelsWithPayer = top.intent === "benefit.levels" && WHO_PAYS.test(folded(message));
  // (Read as the elderly's topic already but unsure, the same case makes it sure.)
  const misread = ELDER_MISREAD.has(top.intent) || levelsWithPayer || top.intent === ELDERLY;
  // "bố em là bệnh binh…, còn mẹ em 63 tuổi thì sao": the veteran's answer is a line; the elder who pays is the ask.
  if (top.intent === "contribution.other_group" && elderBesideVeteran(message))
    return { ...top, intent: ELDERLY };
  if (misread && elderTopic && (oneOnSocialPension(message) || eldersWithoutPension(message)))
    return { ...top, intent: ELDERLY };
  if (
    (top.intent.startsWith("enroll.") || top.intent === "out_of_scope") &&
    top.intent !== AWAY &&
    LIVES_RENTED.test(folded(message)) &&
    asksWhere(message)
  )
    return { ...top, intent: AWAY };
  // "sv năm cuối… thẻ hết hạn khi nào": when a pupil's or a student's card ends, whatever the story around it.
  if (
    STUDIES.test(folded(message)) &&
    ASKS_CARD_END.test(folded(message)) &&
    (top.intent.startsWith("contribution.") || top.intent === "out_of_scope")
  )
    return { ...top, intent: STUDENT };
  // "con vào lớp 1 thì mua bhyt ở đâu": a first-grader's card, bought through the school.
  if (
    GRADE_ONE.test(folded(message)) &&
    (asksWhere(message) || asksHowMuch(message)) &&
    GRADE_ONE_MISREAD.has(top.intent)
  )
    return { ...top, intent: STUDENT };
  // "registered in Hanoi but in Đà Nẵng for work for 2 months: will insurance pay?": a stay of a month or more away
  // is care near a temporary residence, not a short trip.
  if (
    STAYS_MONTHS.test(folded(message)) &&
    SEEN_OR_PAID.test(folded(message)) &&
    !asksHowMuch(message) &&
    top.intent !== AWAY
  )
    return { ...top, intent: AWAY };
  // "thẻ bhyt của bé dùng được đến bao giờ", "until what age does the baby's card last": a young child's card.
  if (BABY_CARD.test(folded(message)) && ASKS_CARD_END.test(folded(message)) && top.intent !== YOUNG_CHILD)
    return { ...top, intent: YOUNG_CHILD };
  // "born in April 2021… when does her free card end": a young child's card, from the birth date.
  if (BORN.test(folded(message)) && ASKS_CARD_END.test(folded(message)) && top.intent !== YOUNG_CHILD) {
    const year = Number(/\b(20\d\d)\b/.exec(folded(message))?.[1] ?? 0);
    if (year >= Number(today.slice(0, 4)) - 7) return { ...top, intent: YOUNG_CHILD };
  }
  const story = storyReading(message, top);
  if (story) return story;
  // "we live in a commune on Côn Đảo island: do we buy or does the state pay?": the state-paid groups' answer.
  if (
    namesStatePaidArea(message) &&
    ASKS_PAYER.test(folded(message)) &&
    (!top.intent.startsWith("contribution.") || AREA_MISREAD.has(top.intent))
  )
    return { ...top, intent: "contribution.other_group" };
  // "I'm a pensioner, do I have to pay for my own insurance?", "người về hưu có phải tự mua không": social insurance
  // pays a pensioner's card (the elderly's answer says so for a pensioner).
  // (In a long story the pension is one detail among others.)
  if (
    message.split(/\s+/).length <= RETIREE_WORDS &&
    RETIREE_ASKS.test(folded(message)) &&
    ASKS_PAYER.test(folded(message)) &&
    !JOB_ENDED.test(folded(message))
  )
    return { ...top, intent: ELDERLY };
  // "my mom lost her job, how can she keep her insurance": a job that ended, for anyone, read unsure as its own topic.
  if ((top.intent === JOB_ENDED_TOPIC || top.intent === "card.validity") && JOB_ENDED.test(folded(message)))
    return { ...top, intent: JOB_ENDED_TOPIC };
  // "household or each buy our own? numbers please": the household's sum, which says what buying alone costs.
  if (
    comparesHouseholdWithAlone(message) &&
    (top.intent.startsWith("contribution.") ||
      top.intent.startsWith("enroll.") ||
      top.intent === "out_of_scope")
  )
    return { ...top, intent: "contribution.household" };
  // A student joining the family's household card is the students' question (they join through their school).
  if (top.intent.startsWith("contribution.") && STUDIES.test(folded(message)) && joinsFamily(message))
    return { ...top, intent: STUDENT };
  return undefined;
}
