import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";
import { agesOf } from "./slots/age.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { householdSizeOf } from "./slots/household-size.ts";

const AWAY = "enroll.temporary_residence";
const AWAY_TOPICS = new Set(["benefit.referral", "card.change_facility", "enroll.temporary_residence"]);
const REGISTERED_BACK_HOME =
  /\b(?:chuyen|xuong|len|vao|ra) (?:\w+ ){0,4}?(?:lam|song|o tro|hoc)\b.*\b(?:dang ky kham|dang ky (?:noi )?kcb|noi kham ban dau|the (?:\w+ ){0,3}?dang ky)\b.*\bkham (?:o|tai) (?:\w+ ){0,3}?(?:dc|duoc|duoc khong|dc ko)\b/;
// "trong lúc chờ có quyết định trợ cấp thì đi khám có dc bhyt ko", "while I wait for the benefit decision, am I
// covered?": the weeks before unemployment benefit starts.
const BENEFIT_PENDING =
  /\b(?:trong (?:luc|khi|thoi gian) cho|dang cho|cho (?:co )?quyet dinh|while (?:i m |i am |we )?wait\w*|until (?:the )?(?:benefit|decision))\b.*\b(?:kham|benh|bhyt|covered|insured|doctor|hospital)\b/;
const PENDING_WORDS = 25;
/** Whether a short message asks about cover while an unemployment benefit is pending. */
export const asksBenefitPending = (message: string): boolean =>
  message.trim().split(/\s+/).length <= PENDING_WORDS && BENEFIT_PENDING.test(` ${foldWords(message)} `);
/** "trợ cấp thất nghiệp", "unemployment benefit" named. */
export const BENEFIT_NAMED =
  /\b(?:tro cap that nghiep|quyet dinh (?:huong )?tro cap|unemployment (?:benefit|allowance|pay))\b/;
const JOB_ENDED = "card.job_transition";
const ELDERLY = "contribution.elderly_social";
const ELDER_NO_PENSION =
  /\b(?:(?:khong|ko|k|chua) (?:co )?(?:luong huu|huu)|no pension|without (?:a |any )?pension|(?:don t|do not|doesn t) (?:get|have|receive) (?:a |any )?pension)\b/;
const OLD_AGE = 60;
const oldAgeSaid = (message: string) => (agesOf(foldForSlots(message)) ?? []).some((age) => age >= OLD_AGE);

/**
 * Readings of where and how people live that words pull elsewhere: one or two older people with their ages and no
 * pension ("My parents (66 and 70) live in HCMC with no pension. Do they need to buy…"), read as unsure or as whether
 * joining is compulsory, are the older people's question; someone who moved away with the card registered back home
 * ("chuyển từ Thái Nguyên xuống Hà Nội làm, thẻ đăng ký khám ở Thái Nguyên, giờ khám ở HN dc ko") asks about living
 * away. Undefined otherwise.
 */
export function livingReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  // ("vợ tôi 64 tuổi không có lương hưu thì mua thẻ gì, bao nhiêu": read as about pensions, but a card is asked.)
  const elderTopic =
    top.intent === ELDERLY ||
    top.intent === "contribution.overview.compulsory" ||
    (top.intent === "out_of_scope" && CARD_ASKED.test(folded)) ||
    // ("thẻ ông hết hạn 31/1/2027. ông 70 tuổi không lương hưu…, có được miễn phí không": read as a reminder.)
    (top.intent === "reminder.create" && FREE_ASKED.test(folded));
  // (The size and ages are read only for such a reading: every message passes here.)
  const fewPeople = () => (householdSizeOf(foldForSlots(message)) ?? 1) <= 2;
  if (elderTopic && ELDER_NO_PENSION.test(folded) && fewPeople() && oldAgeSaid(message))
    return { ...top, intent: ELDERLY };
  if (AWAY_TOPICS.has(top.intent) && REGISTERED_BACK_HOME.test(folded)) return { ...top, intent: AWAY };
  // "chờ quyết định trợ cấp thất nghiệp thì đi khám có được bhyt không": the weeks before the benefit starts.
  if (BENEFIT_NAMED.test(folded) && asksBenefitPending(message)) return { ...top, intent: JOB_ENDED };
  // "hồ sơ thất nghiệp được duyệt thì e có bhyt ko, mua rồi có bị trùng ko": the card on the benefit, read as outside.
  if (top.intent === "out_of_scope" && UNEMPLOYED.test(folded) && CARD_NAMED.test(folded))
    return { ...top, intent: JOB_ENDED };
  // "e khám ở hn dc ko hay phải về nghệ an mới dc hưởng": care where one lives now, or only back home.
  if (BACK_HOME_OR_HERE.test(folded) && CARE_WORDS.test(folded)) return { ...top, intent: AWAY };
  return undefined;
}

const REFUND = "contribution.refund";
/**
 * "mua 3 tháng rồi mà sau đó được hưởng trợ cấp thất nghiệp thì tiền mua thẻ có được trả lại không": the money of a
 * card bought, asked back, whatever made it a second card. Undefined for other messages.
 */
export function refundReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  if (!MONEY_BACK.test(folded) || !CARD_BOUGHT.test(folded) || CARE_PAID.test(folded)) return undefined;
  return { ...top, intent: REFUND, confidence: Math.max(top.confidence, SURE_REFUND) };
}
const SURE_REFUND = 0.6;
const MONEY_BACK =
  /\b(?:(?:tra|hoan|gui|lay) lai (?:tien|cho)|(?:duoc|dc) (?:tra|hoan) lai|hoan tien|refund\w*|(?:get|have) (?:the |my |our |that )?money back|(?:get|be) (?:paid|reimbursed) back|money (?:be )?returned)\b/;
const CARD_BOUGHT =
  /\b(?:tien (?:mua|dong) (?:the|bhyt|bao hiem)|(?:da|vua|lo) (?:mua|dong) (?:the|bhyt)|the (?:ho gia dinh|hgd) (?:\d{1,2} thang )?(?:da )?(?:mua|dong)|(?:bought|paid for) (?:the |a |my |his |her |our )?(?:household )?(?:card|insurance)|household card)\b/;
// (Money back for care paid out of pocket is the reimbursement's question, not a card's price.)
const CARE_PAID =
  /\b(?:kham|chua|vien phi|thuoc|nam vien|mo|phau thuat|sinh|hospital|clinic|bill|medicine|treatment|doctor|surgery|operation)\b/;
const FREE_ASKED = /\b(?:mien phi|free|(?:duoc|dc) (?:cap|mien|nha nuoc dong)|phai mua (?:tiep|nua|lai))\b/;
const CARD_ASKED =
  /\b(?:bhyt|bao hiem y te|mua the|the bhyt|the gi|the nao|health insurance|insurance card|which card)\b/;
const UNEMPLOYED = /\b(?:that nghiep|tctn|unemployment)\b/;
const CARD_NAMED = /\b(?:bhyt|bao hiem y te|the|health insurance|card)\b/;
const BACK_HOME_OR_HERE =
  /\bhay (?:la )?(?:phai )?(?:ve|quay ve) (?:que|\w+ \w+|\w+)(?: \w+){0,2} (?:moi )?(?:duoc|dc) (?:huong|kham|tra)\b|\bor (?:do|must) i (?:have to )?go (?:back )?home\b/;
const CARE_WORDS = /\b(?:kham|chua benh|di vien|treated|see a doctor|treatment)\b/;
