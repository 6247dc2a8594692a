import { foldSpaced, foldWords } from "../core/fold.ts";
import { appReading } from "./app-readings.ts";
import { maternityMisread } from "./benefit-share.ts";
import { asksIssueTime, cardNotShownInApp } from "./card-issue.ts";
import { PUPIL_OR_STUDENT } from "./card-start.ts";
import { childrenAskedAlone } from "./children-asked.ts";
import type { ScoredIntent } from "./classifier.ts";
import { asksEmergencyCare, emergencyMisread } from "./emergency-readings.ts";
import { asksFamilyThroughWork, asksToShareCard } from "./family-card.ts";
import { asksListedInHousehold } from "./household-list.ts";
import { asksHowMuch, asksWhere } from "./how-much.ts";
import { livingReading } from "./living-readings.ts";
import { ASKS_CARD_END, personReading } from "./person-readings.ts";
import { renewalReading } from "./renewal-readings.ts";
import { worksForSeveralEmployers } from "./several-employers.ts";
import { illOnShortTrip } from "./short-trip.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { namesPupilAndStudent } from "./slots/group-part.ts";
import { householdSizeOf } from "./slots/household-size.ts";
import { payerGroupOf } from "./slots/payer-group.ts";
import { AMOUNT, IN_A_ROW, shortTopicReading, storyTopicReading } from "./topic-readings.ts";
import { asksPaidBack, asksSmallVisit, billGiven } from "./visit-bill.ts";
import { asksFreeFeesRoadmap, asksSlipValidity, visitReading } from "./visit-readings.ts";
import { differenceReading, whatIsReading } from "./what-is-asked.ts";

// "thẻ hết hạn đúng lúc đang nằm viện", "card expires while he is still in hospital": the card ends during a stay.
const EXPIRES = /\b(?:het han|het hieu luc|expires?|expiring|expired|runs out|ran out|run out|ends|ended)\b/;
const IN_TREATMENT =
  /\b(?:dang nam vien|nam vien|nhap vien|dang dieu tri|noi tru|chua ra vien|in (?:the )?hospital|admitted|hospitali[sz]ed|inpatient|in-patient|during (?:the )?(?:treatment|stay)|discharged)\b/;
// The taxonomy files a card lapsing during a stay under direct reimbursement; its answer leads with the 15-day rule.
const LAPSED_IN_STAY = "benefit.direct_reimbursement";
// "đăng ký khám ban đầu ở bệnh viện tỉnh", "register for primary care at the provincial hospital": where the card is
// to be registered, not a visit elsewhere (a story's "đăng ký khám ban đầu tại trạm y tế xã" is background).
const REGISTERS_AT_HOSPITAL =
  /\b(?:dang ky|doi|chuyen) (?:noi )?(?:kham chua benh |kcb |kham )?ban dau (?:\w+ ){0,3}?(?:o|tai|len|sang|ve) (?:(?:benh vien|bv) (?:da khoa )?(?:tinh|trung uong)|(?:tram y te|tyt|phong kham)(?: \w+){0,5}? (?:duoc|dc)\b)|\bregister(?:ed)? (?:for |my |our )?primary care (?:\w+ ){0,2}?at (?:the |a )?(?:(?:provincial|central) hospital|(?:\w+ )?(?:health station|clinic))\b/;
// A question of a few lines; in a long story these words are background to another question.
const SHORT = 30;
const EMERGENCY_STORY = 60;
const CHANGE_FACILITY = "card.change_facility";
const EMPLOYEE = "contribution.employee";
const SHORT_STAY = "benefit.referral";
const MOVED_OLD_PLACE =
  /\b(?:moved|move|moving|chuyen nha|chuyen (?:den|ve|vao|ra|len) \w+)\b.*\b(?:(?:the |our |my )?old (?:hospital|clinic|health station)|noi (?:dang ky|kham) (?:cu|o que)|benh vien cu|tram y te cu)\b/;
const PAYS_OR_CARD = /\b(?:bhyt|bh|bao hiem|insurance|dong|pay|pays|paid)\b/;
const PEOPLE_FOR_A_PERIOD =
  /^\s*(?:(?:the|con|vay|vay thi|neu|con neu|the con|what about|and|how about|so)\s+)*(?:[2-9]|1[0-9]) (?:nguoi|ng|people|persons)(?: (?:thi|trong|for|in))? (?:1|mot|3|ba|6|sau|12|muoi hai|a|one|three|six|twelve) (?:nam|thang|years?|months?)(?:\s+(?:thi sao|bao nhieu|bn|het bao nhieu|het bn|nhe|a|how much|then))*\s*$/;
const PAY_IN_VSSID =
  /\b(?:pay|paying|dong|nop|thanh toan|gia han|renew)\b(?: \w+){0,5} (?:qua|tren|trong|bang|in|through|via|on|with|using) (?:the )?(?:app |ung dung )?vssid\b/;
// "can I use the card there", "thẻ có dùng được ở quê không": care on a trip, not joining where one lives.
const USES_CARD =
  /\b(?:use (?:the|my|his|her|our|their) cards?|use (?:it|them)|dung (?:the|bhyt|duoc)|co dung duoc)\b/;
const AWAY = "enroll.temporary_residence";
const ISSUE = "card.validity";
const PAY_WHERE =
  /\b(?:dong|mua|nop|dang ky|pay|buy)\b(?: \w+){0,2} (?:o dau|cho nao)\b|\bwhere (?:do|can) (?:i|we) (?:pay|buy)\b/;
const WHERE_IN_COMMUNE =
  /\b(?:dang ky|dong|nop|mua|register|pay|buy)\b(?: \w+){0,3} (?:o dau|cho nao|where)\b.*\b(?:xa|phuong|thi tran|commune|ward)\b|\bwhere\b.*\b(?:register|pay|buy)\b.*\b(?:commune|ward)\b/;
// "tham gia từ 2019 không đứt quãng, năm nay đã tự trả 17 triệu, được 100% chưa": the five-year rule, applied.
const FIVE_YEARS = "benefit.five_year_continuous";
const COPAY_CAP =
  /\b(?:co payments? (?:cap|ceiling|limit|maximum)|(?:cap|ceiling|limit|maximum) (?:on|for) co payments?|(?:muc )?(?:tran|gioi han|nguong|han muc) (?:tien )?(?:cung|dong) chi tra)\b/;
const REFERRAL = "benefit.referral";
// "giờ hành chính là mấy giờ", "t7 có làm ko", "what are the opening hours", "open on Saturday": when to call or go.
const ASKS_HOURS =
  /\b(?:gio (?:hanh chinh|lam viec|mo cua)|may gio|thu (?:7|bay)|t7|chu nhat|cuoi tuan|ngay nghi|ngay le|opening hours|working hours|office hours|open on|what time|saturdays?|sundays?|weekends?)\b/;
// …of the hotline or an office of social insurance.
const CONTACT =
  /\b(?:tong dai|hotline|bhxh|bao hiem xa hoi|co quan|diem thu|social insurance|office|call cent(?:er|re))\b/;
const HOTLINE = "contact.hotline";
const COMPLAINT =
  /\b(?:complain|complaint|make a complaint|file a complaint|khieu nai|phan anh|to cao|kien)\b(?:\s\w+){0,4}?\s(?:o dau|cho nao|voi ai|where|to whom|who|online|truc tuyen|qua mang|by email|qua email)\b|\b(?:can|could|how (?:do|can|should)) (?:i|we) (?:file|make|lodge|send|submit) (?:a )?complaint\b|\b(?:where|who) (?:can|do|should) (?:i|we) (?:complain|report)\b/;
// "làm online được không hay phải lên xã", "can I do it online or must I go to the ward office": online or in person.
const ONLINE = /\b(?:online|truc tuyen|tren mang|qua mang|dich vu cong)\b/;
const IN_PERSON =
  /\b(?:len xa|ra xa|len phuong|ra phuong|uy ban|ubnd|buu dien|diem thu|co quan bhxh|commune|ward office|post office|in person)\b/;
const ONLINE_TOPIC = "enroll.online_payment";
const RENEW_ONLINE =
  /\b(?:renew|renewing|gia han|dong tiep)\b(?:\s\w+){0,4}?\s(?:online|truc tuyen|tren mang|qua mang|qua app|tren app|on the app|on my phone|tren dien thoai)\b/;
// "where do I sign up and what papers do I need?": both asked of enrolment, led by where.
const ASKS_PAPERS = /\b(?:giay to|ho so|papers?|documents?|what (?:do i|should i) (?:need|bring))\b/;
const ENROLMENT = new Set(["enroll.where", "enroll.documents", "enroll.steps"]);
// …read as outside health insurance ("làm thẻ cho cả nhà…"), unless another card is named (a bank's, an ID card).
const NAMES_OUR_CARD = /\b(?:the|bhyt|bao hiem|card|insurance)\b/;
const OTHER_CARD =
  /\b(?:ngan hang|atm|can cuoc|cccd|cmnd|ho chieu|bang lai|visa|tin dung|bank|passport|driving|credit)\b/;
// "BHXH tỉnh Đồng Nai ở đâu", "where is the social insurance office": the office, not a sum ("tỉnh" folds to "tính").
const BUYS_OWN =
  /\b(?:tu mua|tu dong|mua (?:mot|1) minh|buy (?:it )?(?:myself|my own|on my own)|pay for it myself)\b/;
const OFFICE_WHERE =
  /\b(?<!khac )(?:bhxh|bao hiem xa hoi|co quan bhxh)\b(?:\s\w+){0,4}?\s(?:o dau|den dau|toi dau|(?<!khac \w+ )cho nao|dia chi)\b|\bwhere (?:is|are) (?:the )?(?:\w+ ){0,3}?social insurance\b/;
// "thẻ của con tôi 3 tuổi cũng mất luôn", "lost my son's card": a card lost, whoever's it is.
const CARD_LOST =
  /\b(?:lam|danh|bi) (?:mat|roi) (?:cai )?the\b|\bmat the\b|\bthe (?:\w+ ){0,8}?(?:(?:cung|bi|da|lai) )*(?:mat|that lac) (?:luon|roi|het|mat)\b|\blost (?:my |his |her |our |their |the )?(?:\w+ ){0,2}(?:card|one)\b|\bcard (?:is |was |got )?lost\b/;
const LOST_CARD = "card.lost_reissue";
// "the date of birth on it is wrong", "sai năm sinh": details on the card to correct.
const WRONG_DETAILS =
  /\b(?:wrong|incorrect|sai|nham|mistakes?|errors?)\b(?: \w+){0,4} (?:birth|name|gender|ngay sinh|nam sinh|ho ten|ten|gioi tinh)\b|\b(?:birth|name|gender|ngay sinh|nam sinh|ho ten|gioi tinh)\b(?: \w+){0,5} (?:wrong|incorrect|sai|bi sai|nham)\b/;

/** Whether a message says a card was lost ("thẻ giấy của vợ tôi bị mất rồi", "lost my son's card"). */
export const saysCardLost = (message: string): boolean => CARD_LOST.test(foldSpaced(message));
// "chỉ còn nhớ số thẻ", "I only remember my card number": no card, no ID card, no phone — the number alone.
const CARD_NUMBER_ONLY =
  /\b(?:chi|con|chi con) (?:nho|biet|co|thuoc) (?:moi )?(?:so|ma|ma so) (?:the|bhyt)\b|\bonly (?:remember|know|have) (?:my |the |his |her )?(?:card |insurance |health insurance )?number\b|\b(?:just|only) the (?:card )?number\b/;

/** Whether a message says the writer has only the card's number (no card, ID card or phone). */
export function onlyCardNumber(message: string): boolean {
  return CARD_NUMBER_ONLY.test(` ${foldWords(message)} `);
}
const LEVELS = "benefit.levels";
const REIMBURSE = "benefit.direct_reimbursement";
// "my social insurance salary is 6.8 million", "lương đóng bhxh 9 triệu": the salary employees pay on, with a figure.
const INSURED_SALARY =
  /\b(?:social insurance salary|salary for social insurance|insured salary|contribution salary|salary (?:on|for) which (?:i|we) pay|luong (?:dong )?(?:bhxh|bao hiem xa hoi|bao hiem)|muc luong dong (?:bhxh|bao hiem))\b/;

/** Whether a message asks about a card that expires while its holder is being treated. */
export function expiresInTreatment(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return EXPIRES.test(folded) && IN_TREATMENT.test(folded);
}

const folded = foldSpaced;
// "đang hưởng trợ cấp thất nghiệp 4 triệu", "on unemployment benefit": the fund pays the card while it is paid.
const UNEMPLOYMENT =
  /\b(?:tro cap that nghiep|bao hiem that nghiep|tctn|unemployment (?:benefit|allowance|pay))\b/;
const NAMES_HEALTH_INSURANCE = /\b(?:bhyt|bao hiem y te|the|health insurance|card)\b/;
const JOB_ENDED = "card.job_transition";
// …of the writer, not a member of a household whose sum is asked ("nhà 4 người, chồng nhận trợ cấp thất nghiệp").
const A_HOUSEHOLD = /\b(?:ho gia dinh|hgd|household|family of|nha (?:\d|co \d)|\d (?:nguoi|people))\b/;

// "không được hưởng trợ cấp thất nghiệp", "no longer on unemployment benefit": not drawing it.
const NOT_DRAWING = /\b(?:khong|ko|k|chua|het|not|no longer|stopped|ended|without)(?: \w+){0,2} $/;

/** Whether a message says the writer draws the unemployment benefit. */
export function namesUnemploymentBenefit(message: string): boolean {
  const f = folded(message);
  const found = UNEMPLOYMENT.exec(f);
  return found !== null && !NOT_DRAWING.test(f.slice(0, found.index));
}
// A group named whose own answer says when its card comes (the household's does not).
const namesGroup = (message: string) => {
  const group = payerGroupOf(foldForSlots(message));
  return group !== undefined && group !== "household";
};

/** Whether a message asks when the hotline or an office works ("t7 có làm ko"). */
export function asksHours(text: string): boolean {
  return ASKS_HOURS.test(` ${foldWords(text)} `);
}

/** Whether a message asks if something can be done online instead of at an office ("hay phải lên xã"). */
export function onlineOrInPerson(text: string): boolean {
  const folded = ` ${foldWords(text)} `;
  return ONLINE.test(folded) && IN_PERSON.test(folded);
}

/** Whether a message asks both where to enrol and which papers to bring. */
export function asksWhereAndPapers(text: string): boolean {
  const f = folded(text);
  return asksWhere(text) && ASKS_PAPERS.test(f);
}

/**
 * A case a topic's words pull away from: a card expiring in hospital is what the fund pays then (not a job change
 * or the app); registering primary care at a hospital is changing the place (not a visit without referral). Undefined
 * when neither is asked.
 */
export function caseReading(message: string, top: ScoredIntent, today: string): ScoredIntent | undefined {
  const words = message.split(/\s+/).length;
  // An emergency decides what is paid however long the story around it ("đi du lịch… bị tai nạn phải cấp cứu…").
  if (words <= EMERGENCY_STORY && asksEmergencyCare(message) && emergencyMisread(message, top.intent))
    return { ...top, intent: REFERRAL };
  const renewal = renewalReading(message, top, today);
  if (renewal) return renewal;
  // "2 con 7 tuổi và 2 tuổi có phải mua bhyt cho con không": each child's card, whatever the parents' story around it.
  if (childrenAskedAlone(message)) return { ...top, intent: "contribution.child_under6" };
  // "làm 2 công ty thì đóng bhyt mấy lần", "two labour contracts, do I pay twice?": an employee's question.
  if (words <= SHORT && worksForSeveralEmployers(message) && PAYS_OR_CARD.test(folded(message)))
    return { ...top, intent: EMPLOYEE };
  // "thế 5 người 1 năm", "what about 4 people for 6 months?": a household's sum for that many, not "5 năm liên tục".
  if (PEOPLE_FOR_A_PERIOD.test(folded(message))) return { ...top, intent: "contribution.household" };
  // "can I pay in the VssID app?", "đóng qua app vssid được ko": paying, whatever the app's name pulls towards.
  if (top.intent.startsWith("vssid.") && PAY_IN_VSSID.test(folded(message)))
    return { ...top, intent: "enroll.online_payment" };
  // A person's own case (where they live, their age, their studies) decides however long the story around it.
  const personal = personReading(message, top, today);
  if (personal) return personal;
  // …and so does the free-fees roadmap ("nghe nói từ năm 2030 đi viện được miễn viện phí hết phải không").
  if (asksFreeFeesRoadmap(message)) return { ...top, intent: LEVELS };
  // …and so does how long a transfer slip lasts ("bv huyện viết giấy chuyển lên tỉnh… dùng được bao lâu").
  if (asksSlipValidity(message)) return { ...top, intent: REFERRAL };
  // …and so does a bill with the share asked ("nằm viện hết 15 triệu, thẻ hộ gia đình trả bao nhiêu").
  const billRead =
    top.intent.startsWith("contribution.") ||
    top.intent === LEVELS ||
    (top.intent === REIMBURSE && !asksPaidBack(message));
  if (words <= SHORT * 2 && billGiven(message) && billRead) return { ...top, intent: LEVELS };
  // …and so do a few readings of one topic's own words (a business household's owner, years of co-payments).
  const ownWords = storyTopicReading(message, top);
  if (ownWords) return ownWords;
  // "bà nội ở quê có được dùng chung thẻ bhyt với cháu không": one card, one person, however the words around it read.
  if (words <= SHORT * 2 && asksToShareCard(message) && !asksHowMuch(message) && top.intent !== EMPLOYEE)
    return { ...top, intent: EMPLOYEE };
  if (words > SHORT) return undefined;
  if (asksFamilyThroughWork(message)) return { ...top, intent: EMPLOYEE };
  if (expiresInTreatment(message)) return { ...top, intent: LAPSED_IN_STAY };
  // "có cần kê bố (có lương hưu) vào danh sách hộ gia đình không": who the household's list and ladder count.
  if (asksListedInHousehold(message)) return { ...top, intent: "contribution.overview.compulsory" };
  const tripCare =
    !top.intent.startsWith("enroll.") || (top.intent === AWAY && USES_CARD.test(folded(message)));
  if (illOnShortTrip(message) && tripCare) return { ...top, intent: SHORT_STAY };
  if (INSURED_SALARY.test(folded(message)) && AMOUNT.test(folded(message)) && top.intent !== EMPLOYEE)
    return { ...top, intent: EMPLOYEE };
  if (asksSmallVisit(message) && !top.intent.startsWith("contribution.employee"))
    return { ...top, intent: LEVELS };
  const outsideButOurs =
    top.intent === "out_of_scope" &&
    NAMES_OUR_CARD.test(folded(message)) &&
    !OTHER_CARD.test(folded(message));
  // "con gái lớp 8, con trai năm 2 đại học: BHYT của 2 đứa hết bao nhiêu": a pupil's price and a student's.
  if (
    top.intent.startsWith("contribution.") &&
    asksHowMuch(message) &&
    namesPupilAndStudent(foldForSlots(message))
  )
    return { ...top, intent: "contribution.student" };
  // "thẻ bhyt của con trai học lớp 12 hết hạn khi nào": when a pupil's or a student's card ends.
  const pupilCardEnd = PUPIL_OR_STUDENT.test(folded(message)) && ASKS_CARD_END.test(folded(message));
  if (top.intent === ISSUE && pupilCardEnd && !asksHowMuch(message)) return top;
  // "đóng ở đâu, có đóng online được không": where, whose answer gives the online way too.
  if (top.intent === "enroll.online_payment" && PAY_WHERE.test(folded(message)))
    return { ...top, intent: "enroll.where" };
  // "đăng ký ở đâu, tôi ở xã Mỹ An": where to register, in a commune named.
  if (top.intent === "enroll.where" && WHERE_IN_COMMUNE.test(folded(message))) return top;
  if ((ENROLMENT.has(top.intent) || outsideButOurs) && asksWhereAndPapers(message))
    return { ...top, intent: "enroll.where" };
  if (
    namesUnemploymentBenefit(message) &&
    NAMES_HEALTH_INSURANCE.test(folded(message)) &&
    !A_HOUSEHOLD.test(folded(message)) &&
    // (A family with one on benefit, asked what the others pay, is the household's sum.)
    !(asksHowMuch(message) && (householdSizeOf(foldForSlots(message)) ?? 1) > 1)
  )
    return { ...top, intent: JOB_ENDED };
  // "không được hưởng trợ cấp thất nghiệp, giờ tự mua bhyt một mình 12 tháng hết bao nhiêu": one's own card bought.
  if (top.intent === JOB_ENDED && asksHowMuch(message) && BUYS_OWN.test(folded(message)))
    return { ...top, intent: "contribution.household" };
  // ("gặp trực tiếp cán bộ BHXH ở Vinh thì đến đâu": the office to go to, not a person in this chat.)
  if (
    (top.intent.startsWith("contribution.") || top.intent === "handoff.human") &&
    OFFICE_WHERE.test(folded(message))
  )
    return { ...top, intent: HOTLINE };
  // ("I lost my card and the birth year on it is wrong": the correction, whose answer says what to do without the card.)
  if (CARD_LOST.test(folded(message)) && WRONG_DETAILS.test(folded(message)))
    return { ...top, intent: "card.change_info" };
  if ((!top.intent.startsWith("reminder.") && CARD_LOST.test(folded(message))) || onlyCardNumber(message))
    return { ...top, intent: LOST_CARD };
  // "why can't I find my card in the VNeID app": why it is missing, not how to show it.
  if (cardNotShownInApp(message) && !top.intent.startsWith("contribution.")) return { ...top, intent: ISSUE };
  const app = appReading(message, top);
  if (app) return app;
  // Read as outside health insurance for "online" (shopping, work): doing it online instead of going in person is ours.
  if (top.intent === "out_of_scope" && onlineOrInPerson(message)) return { ...top, intent: ONLINE_TOPIC };
  // "my card expires this month, can I renew online?": renewing online is paying online, between the two topics.
  if ((top.intent === ONLINE_TOPIC || top.intent === "enroll.renew") && RENEW_ONLINE.test(folded(message)))
    return { ...top, intent: ONLINE_TOPIC };
  if (asksHours(message) && CONTACT.test(` ${foldWords(message)} `)) return { ...top, intent: HOTLINE };
  // "where can I complain?", "khiếu nại ở đâu": whom to complain to, whatever the complaint is about.
  if (COMPLAINT.test(folded(message)) && !top.intent.startsWith("card.change_info"))
    return { ...top, intent: HOTLINE };
  if (asksEmergencyCare(message) && emergencyMisread(message, top.intent))
    return { ...top, intent: REFERRAL };
  if (top.intent.startsWith("benefit.") && IN_A_ROW.test(folded(message)) && AMOUNT.test(folded(message)))
    return { ...top, intent: FIVE_YEARS };
  // "what is the co-payment cap for me this year?", "mức trần cùng chi trả năm nay": the five-year rule's ceiling.
  if (top.intent === FIVE_YEARS && COPAY_CAP.test(folded(message))) return top;
  // A group's own answer says when its card comes; only other readings are moved.
  const noCard = asksIssueTime(message) || cardNotShownInApp(message);
  if (noCard && !(top.intent.startsWith("contribution.") && namesGroup(message)))
    return { ...top, intent: ISSUE };
  if (
    (top.intent === REFERRAL || top.intent === AWAY) &&
    REGISTERS_AT_HOSPITAL.test(` ${foldWords(message)} `)
  )
    return { ...top, intent: CHANGE_FACILITY };
  const lives = livingReading(message, top);
  if (lives) return lives;
  // "we moved to Hanoi and their cards still show the old hospital": the registered place to change.
  if (MOVED_OLD_PLACE.test(` ${foldWords(message)} `)) return { ...top, intent: CHANGE_FACILITY };
  return (
    shortTopicReading(message, top) ??
    visitReading(message, top) ??
    whatIsReading(message, top) ??
    differenceReading(message, top) ??
    maternityMisread(message, top)
  );
}
