import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { asksWhere } from "../../nlu/how-much.ts";
import { ageOf, agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots, type Slots } from "../../nlu/slots/extract-slots.ts";
import { KIND_OF_CARD_ASKED, SOCIAL_PENSION_AGE, saysPensioner } from "../../nlu/slots/insured-members.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { CONTRIBUTION_GROUPS } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import { answerLadderPlace } from "../ladder-member.ts";
import { levelAskedAfterBenefit } from "../own-benefit-level.ts";
import { answerStatePaidCardWhere } from "../state-paid-enrolment.ts";
import { TRIAGE_START, triageStep } from "../triage/walk-triage.ts";
import { asksHowMuch, asksToCalculate } from "../typed-lexicon.ts";
import { adultsAfterChild } from "./adults-after-child.ts";
import { answerWithCalculator } from "./answer-with-calculator.ts";
import { answerBelowSocialPension, payersBesidePensioner } from "./below-social-pension.ts";
import { answerBusinessOwner } from "./business-owner.ts";
import { CALC_FLOW, draftFromSession, draftFromSlots, HOUSEHOLD_GROUPS } from "./calc-draft.ts";
import { recountedGroup, slotExtractorOf } from "./calc-figures.ts";
import { askCalcQuestion, continueCalc, PROVINCE_DEPENDENT } from "./calc-flow.ts";
import { rememberedOwnLevel } from "./calc-question.ts";
import { answerChildCardEnd, answerChildRenewal, answerTurningSix } from "./child-card.ts";
import { answerChildrenCards } from "./children-cards.ts";
import { answerCommuneWorker } from "./commune-worker.ts";
import { coveredRelatives } from "./covered-relatives.ts";
import { answerEmployeeCeiling } from "./employee-ceiling.ts";
import { answerEmployeeFamily } from "./employee-family.ts";
import { withHouseholdBesideStudent } from "./family-total.ts";
import { withGapAsked } from "./gap-asked.ts";
import { mergedWithLast } from "./merged-with-last.ts";
import { answerNearPoorStudent } from "./near-poor-student.ts";
import { ownCardBesidePupils, saysSelfEmployed } from "./own-card-beside-pupils.ts";
import { answerOwnShareSum } from "./own-share-sum.ts";
import { answerNearPoorPaidInFull, answerStatePaidArea, nearPoorElderNote } from "./paid-in-full.ts";
import { answerPartSupported } from "./part-supported-groups.ts";
import { answerPaymentPeriod } from "./payment-period.ts";
import { answerPupilAndStudent } from "./pupil-and-student.ts";
import { withQuestionDefaults } from "./question-defaults.ts";
import {
  asksAboutYoungChild,
  belowSocialPensionAge,
  elderlyQuestionGroup,
  HOUSEHOLD_OWN_GROUPS,
  mixedHouseholdGroup,
  saysOnSocialPension,
} from "./question-group.ts";
import {
  afterOwnCard,
  asksOwnGroup,
  employeeAboutFamily,
  PENSIONER_ASKS,
  REGROUPED,
  worksWithoutContract,
  YOUNG_CHILD_MISREAD,
} from "./read-groups.ts";
import {
  answerSocialInsurancePays,
  pensionerBesideElder,
  pensionerCard,
  rememberedPensioner,
} from "./social-insurance-pays.ts";
import { answerSocialPensionApplication, asksAllowanceAmount } from "./social-pension-application.ts";
import { answerNotYetOnPension } from "./social-pension-pending.ts";
import { stateGroupUnsaid } from "./state-group-unsaid.ts";
import { withStoryBefore } from "./story-before.ts";
import { answerStudentCardDates, answerStudentJoinsFamily } from "./student-card.ts";
import { answerStudentCompulsory, withOlderPupilNote } from "./student-where-note.ts";
import { answerTemporaryResident } from "./temporary-resident.ts";

// Groups the state pays for in full: their card is made from the commune's list, not bought.
const STATE_PAID_INTENTS: ReadonlySet<string> = new Set(["contribution.other_group", "contribution.poor"]);
/**
 * Handler of the "how much?" intents: with figures in the message (people, months, a date, a salary, a province
 * that sets its own level) it calculates at once and asks for what is missing; otherwise it gives the FAQ answer
 * with a button to calculate.
 */
export function contribution(turn: Turn, intentId: string): Outcome {
  if (intentId === "contribution.overview" && asksOwnGroup(turn.text)) return triageStep(turn, TRIAGE_START);
  const level =
    levelAskedAfterBenefit(turn) ??
    answerOwnShareSum(turn) ??
    (intentId === "contribution.household" ? answerLadderPlace(turn, intentId) : undefined);
  if (level) return level;
  // Living where the state pays everyone's card: said before any sum.
  const area = intentId === "contribution.employee" ? undefined : answerStatePaidArea(turn, intentId);
  if (area) return area;
  if (stateGroupUnsaid(turn, intentId) === "farming")
    return contribution(turn, "contribution.agri_household");
  const enrolment = STATE_PAID_INTENTS.has(intentId) ? answerStatePaidCardWhere(turn, intentId) : undefined;
  if (enrolment) return enrolment;
  const adults = adultsAfterChild(turn, intentId);
  if (adults) return contribution(adults.turn, adults.intent);
  const special =
    answerPartSupported(turn) ??
    answerTemporaryResident(turn) ??
    (intentId === "contribution.child_under6"
      ? (answerChildrenCards(turn) ?? answerTurningSix(turn) ?? answerChildRenewal(turn))
      : undefined) ??
    // "my dad is 80 and gets a pension, my mum is 77 with none: who pays?": one card each way.
    pensionerBesideElder(turn, intentId) ??
    answerNotYetOnPension(turn, intentId) ??
    // (…unless someone beside the pensioner pays: their sum, below, says both.)
    (payersBesidePensioner(turn.text) === undefined ? answerSocialInsurancePays(turn) : undefined) ??
    answerCommuneWorker(turn) ??
    // (A student pays at school, on the school's terms: the student's own sum says what a month costs.)
    answerPupilAndStudent(turn, intentId) ??
    (intentId === "contribution.student" ? undefined : answerPaymentPeriod(turn)) ??
    // "trợ cấp hưu trí xã hội bao nhiêu 1 tháng": the allowance itself, however the question was read.
    (asksAllowanceAmount(turn.text) ? answerSocialPensionApplication(turn) : undefined);
  if (special) return special;
  const slots = turn.understanding?.slots ?? {};
  // Every detail of the message, read only when a rule below needs them.
  let read: Slots | undefined;
  const slotsOf = () => (read ??= slotExtractorOf(turn)(turn.text, turn.today));
  const ownCard = ownCardBesidePupils(turn.text, slotsOf);
  // (A near-poor single mother's own card is a near-poor one: the group named is kept, and asked only once.)
  const ownGroup = HOUSEHOLD_OWN_GROUPS.has(ownCard?.payerGroup ?? "") ? ownCard!.payerGroup : "household";
  const ownIntent = `contribution.${ownGroup}`;
  if (ownCard && (intentId !== ownIntent || slots.householdSize !== ownCard.householdSize)) {
    const own = contribution(withSlots(turn, ownCard), ownIntent);
    // "làm tự do, thuộc diện nào": the group said before its sum.
    if (!saysSelfEmployed(turn.text) || intentId === ownIntent) return own;
    return { ...own, replies: [text(t("common:calc.note.no_contract")), ...own.replies] };
  }
  // A household of several with a pupil or student in it: its sum, and the child's share after it (below).
  const nearPoorStudent = answerNearPoorStudent(turn, intentId);
  if (nearPoorStudent && (slots.householdSize ?? 1) === 1) return nearPoorStudent;
  // "đi làm phụ quán ko có hđ, mua bhyt 1 mình bn": no employer pays, so the household's price, said why.
  if (intentId === "contribution.employee" && worksWithoutContract(` ${foldWords(turn.text)} `)) {
    const own = contribution(withSlots(turn, slotsOf()), "contribution.household");
    return { ...own, replies: [text(t("common:calc.note.no_contract")), ...own.replies] };
  }
  const family = intentId === "contribution.employee" ? answerEmployeeFamily(turn) : undefined;
  if (family) return family;
  // "bé sinh ngày 18/11/2026 thì thẻ dùng được đến khi nào": the card's end date, from the birth date.
  const cardEnd =
    intentId === "contribution.child_under6"
      ? answerChildCardEnd(turn)
      : intentId === "contribution.student"
        ? (answerStudentCardDates(turn, intentId) ?? answerStudentCompulsory(turn, intentId))
        : undefined;
  if (cardEnd) return cardEnd;
  // "còn con lớn 7 tuổi thì sao": a child of 6 or more is no longer in the free group; pupils' rules apply.
  const age = intentId === "contribution.child_under6" ? ageOf(foldForSlots(turn.text)) : undefined;
  if (age !== undefined && age >= 6 && age < 25) {
    const asPupil = contribution(turn, "contribution.student");
    return { ...asPupil, replies: [text(t("common:calc.note.over_six", { age })), ...asPupil.replies] };
  }
  const ages = agesOf(foldForSlots(turn.text)) ?? [];
  // "con tôi 2 tuổi có được nhà nước đóng không", read as another state-paid group: the young child's answer.
  if (YOUNG_CHILD_MISREAD.has(intentId) && asksAboutYoungChild(turn.text, slots))
    return contribution(turn, "contribution.child_under6");
  // "con út 4 tuổi có phải tính vào không" in the middle of a household's sum: answered, and the household's sum
  // stays the one a "tính lại cho 3 người" changes.
  const flow = turn.session.flow;
  const running = flow?.id === CALC_FLOW ? draftFromSession(flow.data).group : undefined;
  const joins = ownCard ? undefined : answerStudentJoinsFamily(turn, intentId, running);
  if (joins) return joins;
  // An elderly or a one-person question may be another group's, which takes details this one does not: read with
  // every detail; so may an employee's about the family (read-groups.ts).
  const regroup =
    REGROUPED.has(intentId) ||
    (intentId === "contribution.employee" && employeeAboutFamily(turn.text, slots.salary));
  const all = regroup ? withHouseholdBesideStudent(turn.text, slotsOf()) : undefined;
  const regrouped =
    all &&
    (intentId === "contribution.elderly_social"
      ? elderlyQuestionGroup(turn.text, all, ages)
      : mixedHouseholdGroup(all));
  if (all && regrouped) return contribution(withSlots(turn, all), regrouped);
  // "nhà em hộ cận nghèo 4 người, …, mua bhyt 12 tháng hết bao nhiêu", read as the household's price: the group named.
  // (The group is read first: the household's price is asked often, and the other details only matter then.)
  const named = intentId === "contribution.household" ? payerGroupOf(foldForSlots(turn.text)) : undefined;
  // "thẻ bhyt sinh viên mua 12 tháng bao nhiêu", with no household named: the student's own card.
  const studentCard =
    named === "student" &&
    slots.householdSize === undefined &&
    KIND_OF_CARD_ASKED.test(foldForSlots(turn.text));
  if (named && (HOUSEHOLD_OWN_GROUPS.has(named) || studentCard))
    return contribution(
      withSlots(turn, slotExtractorOf(turn)(turn.text, turn.today)),
      `contribution.${named}`,
    );
  // "tôi nghỉ hưu có lương hưu, vợ 60 tuổi nội trợ…": those beside the pensioner who pay, with the pensioner's line.
  const beside = intentId === "contribution.elderly_social" || PENSIONER_ASKS.has(intentId);
  const payer = beside ? payersBesidePensioner(turn.text) : undefined;
  if (payer !== undefined) {
    const { householdSize: _n, insuredElsewhere: _e, ...alone } = all ?? slotsOf();
    // (Summed directly: the household's topic would read the pensioner again.)
    return answerBelowSocialPension(turn, alone, payer, (slots) =>
      continueCalc(turn, { ...draftFromSlots(slots).draft, group: "household" }),
    );
  }
  // "bố tôi 65 tuổi đang hưởng lương hưu có phải mua bhyt không": social insurance pays for pensioners of any age.
  // (…read as an employee's question with no salary: "mẹ tôi lương hưu 8 triệu" is a pension, not a wage.)
  const pensionAsked =
    PENSIONER_ASKS.has(intentId) || (intentId === "contribution.employee" && !slots.salary);
  if (
    pensionAsked &&
    (slots.householdSize ?? 1) === 1 &&
    // "does he need to be in the household list?" asks whether, not what the household pays.
    (slots.payerGroup !== "household" || !asksHowMuch(turn.text)) &&
    (saysPensioner(foldForSlots(turn.text)) || rememberedPensioner(turn))
  )
    return pensionerCard(turn, intentId);
  if (all && intentId === "contribution.elderly_social" && belowSocialPensionAge(turn.text, ages))
    return answerBelowSocialPension(turn, all, ages, (slots) =>
      contribution(withSlots(turn, slots), "contribution.household"),
    );
  // A near-poor person aged 70 to under 75 on the social pension or a survivor allowance pays nothing: said before
  // the sum, which is what they pay without it; one who already receives it is in the group the state pays for.
  // In a household of several, that person is left out of the others' sum.
  const socialPensionAge = ages.some((a) => a >= 70 && a < SOCIAL_PENSION_AGE);
  const several = (slots.householdSize ?? 1) > 1;
  // A near-poor family the state pays for in full, or a near-poor elder on the social pension: said for them.
  const paidInFull = answerNearPoorPaidInFull(turn, intentId, socialPensionAge && !several);
  if (paidInFull) return paidInFull;
  if (intentId === "contribution.near_poor" && socialPensionAge && saysOnSocialPension(turn.text) && !several)
    return contribution(turn, "contribution.elderly_social");
  if (
    intentId === "contribution.near_poor" &&
    socialPensionAge &&
    !(several && saysOnSocialPension(turn.text))
  ) {
    const sum = answerOrSum(turn, intentId);
    return { ...sum, replies: [text(nearPoorElderNote(turn, ages)), ...sum.replies] };
  }
  const owner =
    answerBusinessOwner(turn, intentId, () => answerOrSum(turn, intentId)) ??
    answerEmployeeCeiling(turn, intentId);
  if (owner) return owner;
  if (intentId === "contribution.child_under6" && running && HOUSEHOLD_GROUPS.has(running)) {
    const answered = answerOrSum(turn, intentId);
    return { ...answered, session: { ...answered.session, flow } };
  }
  const sum = answerOrSum(turn, intentId);
  return nearPoorStudent && intentId === "contribution.near_poor"
    ? { ...sum, replies: [...sum.replies, ...nearPoorStudent.replies] }
    : sum;
}

const ASKS_RULE =
  /\b(?:phai khong|co phai|dung khong|co dung|duoc mien|mien (?:tien|phi)|is it true|is that true|is it free|exempt)\b/;

// The FAQ answer with a button to calculate, or the sum when the message gives figures.
function answerOrSum(turn: Turn, intentId: string): Outcome {
  const slots = withStoryBefore(turn, turn.understanding?.slots ?? {});
  const group =
    recountedGroup(turn, intentId) ??
    CONTRIBUTION_GROUPS.find((g) => intentId === `contribution.${g}`) ??
    slots.payerGroup;
  // "từ năm 2026 người cận nghèo được miễn tiền đóng phải không": a date in a yes/no question about the rule.
  // …and "starts grade 1 in September, where do we buy it": a date in a question about where.
  const ruleAsked =
    ASKS_RULE.test(` ${foldWords(turn.text)} `) || (asksWhere(turn.text) && !asksHowMuch(turn.text));
  // "how much for 12 months", "hết trợ cấp rồi mua kiểu gì, bn" right after the writer's own card (its validity,
  // leaving a job): one person's card.
  const ownCard = afterOwnCard(turn.text, turn.session.lastIntent);
  const wantsFigures =
    (ownCard && group === "household" && asksHowMuch(turn.text)) ||
    intentId === "contribution.calculator" ||
    asksToCalculate(turn.text) ||
    slots.householdSize !== undefined ||
    slots.insuredElsewhere !== undefined ||
    slots.months !== undefined ||
    (slots.date !== undefined && !ruleAsked) ||
    slots.salary !== undefined ||
    // (…the province said, or named earlier in the chat where that province sets its own level for the group.)
    (group !== undefined &&
      PROVINCE_DEPENDENT.has(group) &&
      (slots.province !== undefined || (asksHowMuch(turn.text) && rememberedOwnLevel(turn, group))));
  if (!wantsFigures || stateGroupUnsaid(turn, intentId))
    return withOlderPupilNote(turn, intentId, answerWithCalculator(turn, intentId, group));
  const { draft: said, invalid } = draftFromSlots(slots);
  // "ở Đồng Tháp có hỗ trợ thêm không" after a sum for the same group: that sum's people and months still hold.
  const last = turn.session.flow?.id === CALC_FLOW ? draftFromSession(turn.session.flow.data) : {};
  // "calculate for 3 months" after a near-poor sum: the calculator carries on with that sum's group; asked with no
  // figure ("tính giúp tôi tiền bảo hiểm"), it starts afresh.
  const carriesOn = intentId === "contribution.calculator" && Object.keys(said).length > 0;
  const same = last.group !== undefined && (last.group === group || carriesOn);
  const draft = mergedWithLast(last, said, turn.text, same);
  if (group) draft.group = group;
  // (Who was left out as insured elsewhere is kept, so "vậy ông ko phải mua đúng ko" can be confirmed.)
  const covered = draft.insuredElsewhere ? coveredRelatives(turn.text) : undefined;
  if (covered) draft.covered = covered;
  // "mua 1 mình thì bn 1 tháng": the monthly figure, which a year's sum leads with (the period is 3, 6 or 12 months).
  withQuestionDefaults(turn.text, draft, ruleAsked);
  if (draft.group === "household" && !draft.members && ownCard) draft.members = 1;
  // A wrong date or period is said back and asked again, never silently replaced by a default.
  if (invalid === "date") return askCalcQuestion(turn, draft, "date", [text(t("common:calc.invalid.date"))]);
  if (invalid === "months" && draft.group !== "employee")
    return askCalcQuestion(turn, draft, "months", [text(t("common:calc.invalid.months"))]);
  return withGapAsked(turn, continueCalc(turn, draft));
}

// The turn with the message read for other details than its intent takes.
function withSlots(turn: Turn, slots: Slots): Turn {
  return turn.understanding ? { ...turn, understanding: { ...turn.understanding, slots } } : turn;
}
