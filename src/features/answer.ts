import { foldWords } from "../core/fold.ts";
import { text } from "../core/reply.ts";
import { comparesWaysOfJoining } from "../nlu/what-is-asked.ts";
import { answerCareAfterEmergency } from "./after-emergency.ts";
import { answerIntent } from "./answer-intent.ts";
import { contentWords, overlap, TELLING_WORDS } from "./answer-lines.ts";
import { answerInstallAndLogin } from "./app-install-and-login.ts";
import { answerPasswordOtherWay } from "./app-password-other-way.ts";
import { answerFirstPassword } from "./app-password-pending.ts";
import { answerBirthPlace } from "./birth-place.ts";
import { withCardStart } from "./card-from-payment.ts";
import { answerCardNumberOnly } from "./card-number-only.ts";
import { answerCardCase } from "./card-validity-cases.ts";
import { answerFacilityCase } from "./change-facility-cases.ts";
import { answerChangeInfoWhere, answerChangeInfoWithLostCard } from "./change-info-where.ts";
import { answerChildAtVisit } from "./child-at-visit.ts";
import { answerClaimDeadline } from "./claim-deadline.ts";
import { answerHotlineAsked, answerHotlineUnanswered, answerOfficeAddress } from "./contact-hours.ts";
import { answerBaseChangeCompare } from "./contribution/base-change-compare.ts";
import { answerPriceBetweenJobs } from "./contribution/between-jobs-price.ts";
import { answerListedInHousehold } from "./contribution/listed-in-household.ts";
import { answerNearPoorRenewal } from "./contribution/near-poor-renewal.ts";
import { answerStatePaidArea } from "./contribution/paid-in-full.ts";
import { answerPartSupported } from "./contribution/part-supported-groups.ts";
import { answerPeriodAllowed } from "./contribution/payment-period.ts";
import { answerPensionerRenewal, pensionerBesideElder } from "./contribution/social-insurance-pays.ts";
import { answerStudentRenewal } from "./contribution/student-card.ts";
import { answerTemporaryResident } from "./contribution/temporary-resident.ts";
import { answerDetailsFirst } from "./details-first.ts";
import { answerEarlyRenewal, answerRenewalDeadline } from "./early-renewal.ts";
import { answerContinuityAfterGap, answerCopayTracked, answerFiveYearCase } from "./five-year-case.ts";
import { answerFreeFeesRoadmap } from "./free-fees-roadmap.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerIdReplacesCode } from "./id-replaces-code.ts";
import { answerWithLadderMember } from "./ladder-member.ts";
import { answerLostCardFollowUp } from "./lost-card-follow-up.ts";
import { answerMaternityLevel } from "./maternity-level.ts";
import { answerOldPaperCard } from "./old-paper-card.ts";
import { answerCodeExpired } from "./otp-expired.ts";
import { answerOwnLevel, levelAskedAfterBenefit } from "./own-benefit-level.ts";
import { answerWallet } from "./payment-wallet.ts";
import { answerRateCeiling } from "./rate-ceiling.ts";
import { answerReferralShare, answerStatedLevelShare } from "./referral-share-case.ts";
import { answerReferralSlip } from "./referral-slip.ts";
import { answerRegionalPolyclinic } from "./regional-polyclinic.ts";
import { renewalAfterGap, renewalLate } from "./renewal-gap.ts";
import { answerWithoutChipId } from "./seen-without-chip.ts";
import { showMore } from "./show-more.ts";
import { answerSmallVisit } from "./small-visit.ts";
import { answerStatePaidEnrolment } from "./state-paid-enrolment.ts";
import { answerBenefitEnded, answerUnemploymentShare } from "./unemployment-share.ts";
import { answerVneidLevelOne, answerVneidLevelTwo } from "./vneid-level.ts";
import { answerBenefitPending, answerUseNowDuringWait } from "./waiting-without-card.ts";

/** The default handler: answer the recognised intent from the content. */
export function answer(turn: Turn, intent: string): Outcome {
  return (
    CASES[intent]?.(turn, intent) ??
    answerAgain(turn, intent) ?? {
      replies: [answerIntent(turn, intent)],
      session: { lastIntent: intent, misses: 0 },
    }
  );
}

// Questions about one case of a topic that its general answer buries.
const CASES: Readonly<Record<string, (turn: Turn, intent: string) => Outcome | undefined>> = {
  "card.validity": (turn, intent) => answerUseNowDuringWait(turn, intent) ?? answerCardCase(turn, intent),
  "benefit.direct_reimbursement": (turn, intent) =>
    answerClaimDeadline(turn, intent) ?? answerCardCase(turn, intent),
  "card.change_facility": answerFacilityCase,
  // "bệnh viện tỉnh không giấy chuyển, hết 2 triệu": the bill shared at that place's rate, else the rate.
  // (…and "con tôi 4 tuổi thì hưởng mấy %" after the rules, with no place named: that child's level.)
  "benefit.referral": (turn) =>
    answerCareAfterEmergency(turn) ??
    answerReferralSlip(turn) ??
    answerSmallVisit(turn) ??
    answerReferralShare(turn) ??
    levelAskedAfterBenefit(turn),
  "benefit.levels": (turn) =>
    answerFreeFeesRoadmap(turn) ??
    answerRegionalPolyclinic(turn) ??
    withCardStart(turn, answerSmallVisit(turn)) ??
    answerStatedLevelShare(turn) ??
    (turn.session.lastIntent === "benefit.five_year_continuous" ? answerFiveYearCase(turn) : undefined) ??
    // "đưa thẳng vào bv Nhi tỉnh thì có được trả không": the share at the place named, without a referral.
    answerReferralShare(turn) ??
    answerOwnLevel(turn),
  // "hết hạn tháng trước rồi, gia hạn sao": the gap said first, then how to renew.
  "enroll.renew": (turn, intent) => {
    const own = answerPensionerRenewal(turn) ?? answerStudentRenewal(turn) ?? answerNearPoorRenewal(turn);
    if (own) return own;
    // "thẻ hết hạn 31/12, gia hạn sớm được ko": the days of that card, then how to renew.
    const early = answerEarlyRenewal(turn, intent, true);
    if (early) return { ...early, replies: [...early.replies, answerIntent(turn, intent)] };
    // "hết hạn 31/12/2026, hạn chót là ngày nào, có phải làm lại tờ khai không": those, before how to renew.
    const deadline = answerRenewalDeadline(turn);
    if (deadline)
      return {
        replies: [text(...deadline), answerIntent(turn, intent)],
        session: { lastIntent: intent, misses: 0 },
      };
    const gap = renewalAfterGap(turn, intent) ?? renewalLate(turn, intent);
    return gap && { ...gap, replies: [...gap.replies, answerIntent(turn, intent)] };
  },
  "enroll.steps": answerStatePaidEnrolment,
  // "cần giấy tờ gì, đóng 3 tháng được không": the papers, and yes to the period.
  "enroll.documents": (turn, intent) =>
    answerStatePaidEnrolment(turn, intent) ?? answerPeriodAllowed(turn, intent),
  "benefit.five_year_continuous": (turn, intent) =>
    answerContinuityAfterGap(turn) ??
    answerCopayTracked(turn) ??
    answerFiveYearCase(turn) ??
    answerDetailsFirst(turn, intent),
  "contact.hotline": (turn, intent) =>
    answerHotlineAsked(turn) ?? answerHotlineUnanswered(turn) ?? answerOfficeAddress(turn, intent),
  // "lực lượng an ninh cơ sở, nhà nước hỗ trợ bao nhiêu phần trăm": the group's own support, not the rate alone.
  "contribution.overview.rate_base": (turn, intent) =>
    answerPartSupported(turn) ??
    answerRateCeiling(turn, intent) ??
    answerBaseChangeCompare(turn, { group: "household", members: 1 }) ??
    answerWithLadderMember(turn, intent),
  "card.lookup": answerIdReplacesCode,
  "enroll.temporary_residence": answerTemporaryResident,
  // "tự nguyện với hộ gia đình khác nhau chỗ nào": the part on joining alone or as a household, not "yes, it is compulsory".
  "contribution.overview.compulsory": (turn, intent) =>
    pensionerBesideElder(turn, intent) ??
    answerListedInHousehold(turn, intent) ??
    answerStatePaidArea(turn, intent) ??
    (comparesWaysOfJoining(turn.text) ? showMore(turn, intent) : undefined),
  "card.job_transition": (turn, intent) =>
    answerBenefitPending(turn, intent) ??
    answerBenefitEnded(turn) ??
    answerUnemploymentShare(turn) ??
    answerPriceBetweenJobs(turn) ??
    answerDetailsFirst(turn, intent),
  "enroll.online_payment": (turn, intent) => answerWallet(turn) ?? answerDetailsFirst(turn, intent),
  "vssid.login_password": (turn, intent) =>
    answerCodeExpired(turn, intent) ??
    answerFirstPassword(turn) ??
    answerPasswordOtherWay(turn) ??
    answerInstallAndLogin(turn),
  "card.lost_reissue": (turn, intent) =>
    answerOldPaperCard(turn, intent) ??
    answerCardNumberOnly(turn) ??
    answerWithoutChipId(turn, intent) ??
    answerLostCardFollowUp(turn),
  "vssid.show_card": (turn, intent) =>
    answerOldPaperCard(turn, intent) ??
    answerVneidLevelTwo(turn, intent) ??
    answerVneidLevelOne(turn, intent) ??
    answerWithoutChipId(turn, intent) ??
    answerChildAtVisit(turn, intent),
  "benefit.maternity": (turn, intent) => answerBirthPlace(turn, intent) ?? answerMaternityLevel(turn, intent),
  "card.change_info": (turn, intent) =>
    answerChangeInfoWhere(turn) ?? answerChangeInfoWithLostCard(turn, intent),
  "vssid.install_register": (turn) => answerFirstPassword(turn) ?? answerInstallAndLogin(turn),
};

/**
 * A question typed again right after its answer wants what the answer did not say: when its words are in the
 * answer's details more than in the answer just given, the details come ("Xem thêm") instead of the same block.
 * Undefined for a first asking, and when the answer given says it better.
 */
export function answerAgain(turn: Turn, intent: string): Outcome | undefined {
  if (turn.session.lastIntent !== intent || turn.message.action !== undefined) return undefined;
  const answer = turn.content.answers[turn.locale].get(intent);
  if (!answer?.more) return undefined;
  // The topic's own button label typed ("Referrals, other hospitals"): the answer itself, not its details.
  if (foldWords(turn.text) === foldWords(answer.title)) return undefined;
  const asked = contentWords(turn.text);
  const inBody = overlap(asked, contentWords(answer.body));
  const inMore = overlap(asked, contentWords(answer.more));
  return inMore > inBody && inMore >= TELLING_WORDS ? showMore(turn, intent) : undefined;
}
