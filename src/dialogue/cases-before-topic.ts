import { answerCareAfterEmergency } from "../features/after-emergency.ts";
import { APP_PHONE_CHANGE, SHARED_APP_ACCOUNT } from "../features/app-account-cases.ts";
import { answerBirthBeforeFirstCard } from "../features/birth-before-first-card.ts";
import { answerCardStartAsked, answerStartAfterPrice, withCardStart } from "../features/card-from-payment.ts";
import { CARD_NOT_INTEGRATED } from "../features/card-not-integrated.ts";
import { CARD_NUMBER_FORGOTTEN } from "../features/card-number-forgotten.ts";
import { CARE_BEFORE_ANY_CARD, CARE_BEFORE_ANY_CARD_BACK } from "../features/care-before-any-card.ts";
import { answerChangeInfoWaiting } from "../features/change-info-where.ts";
import { CHANGE_TOGETHER } from "../features/change-together.ts";
import { answerChargedMore } from "../features/charged-more.ts";
import { CHRONIC_EACH_VISIT, CHRONIC_REFERRAL } from "../features/chronic-referral.ts";
import { answerCityPaidPupil, CITY_PAID_CARD, CITY_PAID_ELDER } from "../features/city-paid-card.ts";
import { answerAfterGradeTwelve } from "../features/contribution/after-grade-twelve.ts";
import { answerAloneOrTogether } from "../features/contribution/alone-or-together.ts";
import { answerPriceWithoutJob } from "../features/contribution/between-jobs-price.ts";
import { answerBuysWithEarlier } from "../features/contribution/buys-with-earlier.ts";
import { answerPupilPriceAfterChildCard } from "../features/contribution/child-card.ts";
import { answerChildrenCards } from "../features/contribution/children-cards.ts";
import { EMPLOYED_BUYS_OWN } from "../features/contribution/employed-buys-own.ts";
import { answerEmployeeCeilingAsked } from "../features/contribution/employee-ceiling.ts";
import { answerEmployeeFamily } from "../features/contribution/employee-family.ts";
import { answerEmployerDuty } from "../features/contribution/employer-duty.ts";
import { answerEmployerRefuses, NO_CONTRACT_WORKER } from "../features/contribution/employer-refuses.ts";
import { answerGapBetweenJobs } from "../features/contribution/gap-between-jobs.ts";
import { answerGraduated, answerGraduateJoins } from "../features/contribution/graduated.ts";
import { answerLadderOrder } from "../features/contribution/ladder-order.ts";
import { answerLeftPovertyStated } from "../features/contribution/left-poverty.ts";
import { answerMemberJoins } from "../features/contribution/member-joins.ts";
import { answerNotSameHousehold } from "../features/contribution/not-same-household.ts";
import { answerPaidBackAfterSum } from "../features/contribution/paid-back-after-sum.ts";
import { answerAreaLeftList } from "../features/contribution/paid-in-full.ts";
import { answerPayroll } from "../features/contribution/payroll-sum.ts";
import { answerPlaceAsked } from "../features/contribution/place-asked.ts";
import { answerPriceThen } from "../features/contribution/price-then.ts";
import { answerRelativePrice } from "../features/contribution/relative-price.ts";
import { answerRetiredOnPension } from "../features/contribution/retired-on-pension.ts";
import { answerSalaryCoefficient } from "../features/contribution/salary-coefficient.ts";
import { answerSchoolCardInstalments } from "../features/contribution/school-card-instalments.ts";
import { answerCardOnLeave } from "../features/contribution/social-insurance-pays.ts";
import { STUDENT_PAYS_AT_SCHOOL } from "../features/contribution/student-pays-online.ts";
import { answerVeteranRelative } from "../features/contribution/veteran-relative.ts";
import { answerCopayExcessBack } from "../features/copay-excess-back.ts";
import { DENTAL_CARE } from "../features/dental-care.ts";
import { DISABLED_CARD, DISABLED_LEVEL_AFTER } from "../features/disabled-card.ts";
import { DRUG_SHORTAGE } from "../features/drug-shortage.ts";
import { answerRenewNowBeforeEnd } from "../features/early-renewal.ts";
import { EMPLOYER_PAID_CHECK, PAYMENT_HISTORY } from "../features/employer-paid-check.ts";
import { ETHNIC_IN_AREA, ETHNIC_OUTSIDE_AREA } from "../features/ethnic-outside-area.ts";
import { FIRST_PLACE_CHOICE, PLACE_NEAR_LODGING } from "../features/first-place-choice.ts";
import { answerCapLaterYear, answerCopayNewYear } from "../features/five-year-case.ts";
import { answerFiveYearMax } from "../features/five-year-max.ts";
import { FOREIGN_LOGIN, FOREIGN_PAPERS_CASE, FOREIGN_RESIDENT } from "../features/foreign-resident.ts";
import { answerGapAsked, answerGapCorrected } from "../features/gap-corrected.ts";
import type { Outcome, Turn } from "../features/handler.ts";
import { answerHospitalElsewhere } from "../features/hospital-elsewhere.ts";
import { HOTLINE_LANGUAGE } from "../features/hotline-language.ts";
import { HOUSEHOLD_UNTIL_JOB } from "../features/household-until-job.ts";
import { INCAPACITY_ALLOWANCE } from "../features/incapacity-allowance.ts";
import {
  INVALID_OWN_CARD,
  INVALID_RELATIVE_AFTER,
  INVALID_RELATIVE_BELOW,
  INVALID_RELATIVE_CARD,
} from "../features/invalid-relative-card.ts";
import { answerLegalDocument } from "../features/legal-documents.ts";
import { OFF_LIST_CARE, REHABILITATION_CARE } from "../features/listed-care.ts";
import { answerCareBeforeStart, answerNewCardSpan } from "../features/new-card-dates.ts";
import { NEW_EMPLOYER_PENDING } from "../features/new-employer-pending.ts";
import { NEWBORN_CARD_ONLINE } from "../features/newborn-card-online.ts";
import { answerCodeNotReceived } from "../features/otp-expired.ts";
import { OVERLAPPING_CARD } from "../features/overlapping-card.ts";
import { answerLevelOnRightRoute } from "../features/own-benefit-level.ts";
import {
  PRIVATE_BESIDE_BHYT,
  PRIVATE_CLINIC_CARD,
  PRIVATE_CLINIC_REFUSED,
} from "../features/private-insurance.ts";
import { answerStationVisit } from "../features/referral-share-case.ts";
import { answerOtherReminderAsked } from "../features/reminders/other-reminder.ts";
import { answerRenewalAfterPrice } from "../features/renewal-after-price.ts";
import { answerRenewedEarlier } from "../features/renewed-earlier.ts";
import { answerSalaryCapThen } from "../features/salary-cap-then.ts";
import { SCAM_CALL } from "../features/scam-call.ts";
import { answerServingMember, answerServingSibling } from "../features/serving-sibling.ts";
import { SHORT_CONTRACT } from "../features/short-contract.ts";
import {
  answerAmountRestated,
  answerBillAgain,
  answerBillGiven,
  answerLevelForBill,
} from "../features/small-visit.ts";
import { answerSpanConfirmed } from "../features/span-confirmed.ts";
import { SPOUSE_OWN_CARD, SPOUSES_CARD_NOT_YOURS } from "../features/spouse-own-card.ts";
import {
  answerServingFamilyAfter,
  answerStatedCase,
  CHARGED_AT_HOSPITAL,
  CONSCRIPT_CARD,
  CONSCRIPT_FAMILY_CARD,
  EMPLOYER_BEHIND_CARD,
  FIRST_YEAR_CARD,
  MATERNITY_ALLOWANCE,
  NEAR_POOR_PROOF,
  PROBATION_CARD,
  REGISTERED_CHILD_CARD,
  RENEWED_TOGETHER,
  SERVING_FAMILY_CARD,
  VOLUNTARY_SI_ONLY,
} from "../features/stated-cases.ts";
import { STATION_REFUSED } from "../features/station-refused.ts";
import { answerFigureConfirmed, answerTypedSum } from "../features/typed-sum.ts";
import { UNEMPLOYMENT_PENDING } from "../features/unemployment-pending.ts";
import { VETERAN_CARD } from "../features/veteran-card.ts";
import { answerVneidLevelOne, answerVneidLevelTwo } from "../features/vneid-level.ts";
import { answerWhereTreated } from "../features/where-treated.ts";
import { answerWorkCardEnded } from "../features/work-card-ended.ts";
import { childrenAskedAlone } from "../nlu/children-asked.ts";
import { asksToShareCard } from "../nlu/family-card.ts";

// Cases a message says outright, answered whatever topic it reads as and however sure that reading is: their words
// are specific enough ("nghị định 161 ký ngày nào", "nghỉ thai sản thẻ có bị gián đoạn không", a bill without a
// referral at a former provincial hospital) that a "did you mean…?" or a neighbouring topic's answer would only be
// worse. Each returns undefined for messages it does not cover; the first that answers wins.
const CASES: readonly ((turn: Turn) => Outcome | undefined)[] = [
  answerTypedSum,
  answerFigureConfirmed,
  answerSpanConfirmed,
  answerLegalDocument,
  answerGapCorrected,
  answerChangeInfoWaiting,
  answerCareBeforeStart,
  answerNewCardSpan,
  (turn) => answerStatedCase(turn, OVERLAPPING_CARD),
  answerRenewNowBeforeEnd,
  answerSalaryCapThen,
  answerPriceThen,
  answerCardOnLeave,
  answerAloneOrTogether,
  answerNotSameHousehold,
  (turn) => answerStatedCase(turn, INVALID_RELATIVE_CARD),
  (turn) => answerStatedCase(turn, INVALID_RELATIVE_AFTER),
  (turn) => answerStatedCase(turn, INVALID_RELATIVE_BELOW),
  (turn) => answerStatedCase(turn, INCAPACITY_ALLOWANCE),
  (turn) => answerStatedCase(turn, VETERAN_CARD),
  (turn) => answerStatedCase(turn, INVALID_OWN_CARD),
  answerSchoolCardInstalments,
  answerVeteranRelative,
  (turn) => answerStatedCase(turn, DISABLED_CARD),
  (turn) => answerStatedCase(turn, DISABLED_LEVEL_AFTER),
  (turn) => answerStatedCase(turn, ETHNIC_OUTSIDE_AREA),
  (turn) => answerStatedCase(turn, ETHNIC_IN_AREA),
  answerServingMember,
  (turn) => answerStatedCase(turn, CONSCRIPT_FAMILY_CARD),
  (turn) => answerStatedCase(turn, CONSCRIPT_CARD),
  (turn) => answerStatedCase(turn, SERVING_FAMILY_CARD),
  answerServingSibling,
  answerServingFamilyAfter,
  (turn) => answerStatedCase(turn, EMPLOYER_BEHIND_CARD),
  (turn) => answerStatedCase(turn, EMPLOYER_PAID_CHECK),
  (turn) => answerStatedCase(turn, PAYMENT_HISTORY),
  (turn) => answerStatedCase(turn, SHORT_CONTRACT),
  // (Asked outright whatever the topic: "thẻ bhyt cty của e có dùng cho chồng với con e được ko".)
  (turn) => (asksToShareCard(turn.text) ? answerEmployeeFamily(turn) : undefined),
  (turn) => answerStatedCase(turn, EMPLOYED_BUYS_OWN),
  (turn) => answerStatedCase(turn, STUDENT_PAYS_AT_SCHOOL),
  (turn) => answerStatedCase(turn, CHARGED_AT_HOSPITAL),
  (turn) => answerStatedCase(turn, DRUG_SHORTAGE),
  (turn) => answerStatedCase(turn, CITY_PAID_CARD),
  (turn) => answerStatedCase(turn, CITY_PAID_ELDER),
  answerCityPaidPupil,
  (turn) => answerStatedCase(turn, STATION_REFUSED),
  (turn) => answerStatedCase(turn, NEW_EMPLOYER_PENDING),
  (turn) => answerStatedCase(turn, UNEMPLOYMENT_PENDING),
  (turn) => answerStatedCase(turn, PROBATION_CARD),
  answerEmployerRefuses,
  (turn) => answerStatedCase(turn, NO_CONTRACT_WORKER),
  answerLevelOnRightRoute,
  answerCardStartAsked,
  answerRenewalAfterPrice,
  answerStartAfterPrice,
  (turn) => answerStatedCase(turn, SCAM_CALL),
  (turn) => answerStatedCase(turn, SPOUSE_OWN_CARD),
  (turn) => answerStatedCase(turn, SPOUSES_CARD_NOT_YOURS),
  (turn) => answerStatedCase(turn, HOUSEHOLD_UNTIL_JOB),
  answerCopayExcessBack,
  answerLadderOrder,
  answerPupilPriceAfterChildCard,
  (turn) => answerStatedCase(turn, CARE_BEFORE_ANY_CARD),
  (turn) => answerStatedCase(turn, CARE_BEFORE_ANY_CARD_BACK),
  answerBirthBeforeFirstCard,
  answerCareAfterEmergency,
  answerHospitalElsewhere,
  answerWhereTreated,
  // ("bhyt 2 đứa đóng bao nhiêu": the children's own cards, whatever the topic reads as.)
  (turn) => (childrenAskedAlone(turn.text) ? answerChildrenCards(turn) : undefined),
  answerStationVisit,
  answerAreaLeftList,
  answerFiveYearMax,
  answerCopayNewYear,
  answerCapLaterYear,
  answerChargedMore,
  // ("mua hôm nay thì bao giờ dùng được, sinh mổ hết 15tr thì trả bn": the card's start asked beside the bill.)
  (turn) => withCardStart(turn, answerBillGiven(turn)),
  answerRelativePrice,
  answerBillAgain,
  answerAmountRestated,
  answerLevelForBill,
  answerEmployerDuty,
  answerEmployeeCeilingAsked,
  answerPayroll,
  answerSalaryCoefficient,
  answerGraduateJoins,
  answerGraduated,
  answerGapBetweenJobs,
  answerWorkCardEnded,
  answerAfterGradeTwelve,
  answerPriceWithoutJob,
  answerRetiredOnPension,
  answerMemberJoins,
  answerBuysWithEarlier,
  answerPaidBackAfterSum,
  answerPlaceAsked,
  answerLeftPovertyStated,
  (turn) => answerStatedCase(turn, FIRST_YEAR_CARD),
  (turn) => answerStatedCase(turn, FIRST_PLACE_CHOICE),
  (turn) => answerStatedCase(turn, PLACE_NEAR_LODGING),
  (turn) => answerStatedCase(turn, CHANGE_TOGETHER),
  (turn) => answerStatedCase(turn, REGISTERED_CHILD_CARD),
  (turn) => answerStatedCase(turn, NEWBORN_CARD_ONLINE),
  (turn) => answerStatedCase(turn, MATERNITY_ALLOWANCE),
  (turn) => answerStatedCase(turn, NEAR_POOR_PROOF),
  (turn) => answerStatedCase(turn, DENTAL_CARE),
  (turn) => answerStatedCase(turn, OFF_LIST_CARE),
  (turn) => answerStatedCase(turn, REHABILITATION_CARE),
  (turn) => answerStatedCase(turn, CHRONIC_REFERRAL),
  (turn) => answerStatedCase(turn, CHRONIC_EACH_VISIT),
  (turn) => answerStatedCase(turn, FOREIGN_LOGIN),
  (turn) => answerStatedCase(turn, HOTLINE_LANGUAGE),
  (turn) => answerStatedCase(turn, FOREIGN_PAPERS_CASE),
  (turn) => answerStatedCase(turn, FOREIGN_RESIDENT),
  (turn) => answerStatedCase(turn, PRIVATE_BESIDE_BHYT),
  (turn) => answerStatedCase(turn, PRIVATE_CLINIC_REFUSED),
  (turn) => answerStatedCase(turn, PRIVATE_CLINIC_CARD),
  (turn) => answerStatedCase(turn, CARD_NUMBER_FORGOTTEN),
  (turn) => answerStatedCase(turn, CARD_NOT_INTEGRATED),
  (turn) => answerStatedCase(turn, APP_PHONE_CHANGE),
  (turn) => answerStatedCase(turn, SHARED_APP_ACCOUNT),
  (turn) => answerStatedCase(turn, VOLUNTARY_SI_ONLY),
  (turn) => answerStatedCase(turn, RENEWED_TOGETHER),
  answerCodeNotReceived,
  answerOtherReminderAsked,
  // "my VNeID is only level 1": said outright, whichever topic the rest of the message leans to.
  (turn) => answerVneidLevelTwo(turn, "vssid.show_card") ?? answerVneidLevelOne(turn, "vssid.show_card"),
  // (Last: the cases above that name a new job, a renewal ahead or a price say more.)
  answerRenewedEarlier,
  answerGapAsked,
];

/** The answer of the first case the message says outright, or undefined when it says none. */
export function answerCaseBeforeTopic(turn: Turn): Outcome | undefined {
  for (const answer of CASES) {
    const outcome = answer(turn);
    if (outcome) return outcome;
  }
  return undefined;
}
