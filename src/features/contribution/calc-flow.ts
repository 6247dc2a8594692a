import { type Reply, t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { coveredElsewhereMentions, SOCIAL_PENSION_AGE } from "../../nlu/slots/insured-members.ts";
import {
  ContributionInputError,
  calculateContribution,
} from "../../policy/contribution/calculate-contribution.ts";
import { CONTRIBUTION_GROUPS, type ContributionGroup } from "../../policy/contribution/contribution-types.ts";
import { PolicyGapError } from "../../policy/policy-data.ts";
import { startFromPayment } from "../card-from-payment.ts";
import type { Outcome, Turn } from "../handler.ts";
import { levelAskedNote } from "../own-benefit-level.ts";
import { formerProvinceNote } from "../places/province-merger.ts";
import { renewalStartAsked } from "../renewal-after-price.ts";
import { withAddedMembers } from "./added-members.ts";
import {
  CALC_FLOW,
  type CalcDraft,
  type CalcField,
  draftFromSession,
  draftFromSlots,
  HOUSEHOLD_GROUPS,
  payingAges,
  readFieldAnswer,
} from "./calc-draft.ts";
import { correctedDraft, nationalSumAsked, slotExtractorOf } from "./calc-figures.ts";
import { askCalcQuestion, partLevelOf, provincesWithOwnLevel } from "./calc-question.ts";
import { contributionReply } from "./calc-reply.ts";
import { childrenCardsNote } from "./children-cards.ts";
import { compulsoryNote } from "./compulsory-note.ts";
import { comparedDateNote } from "./date-compare.ts";
import { draftInContext } from "./draft-in-context.ts";
import { asksEachMember, deductionAsked, eachMemberNotes } from "./each-member.ts";
import {
  asksFamilyPrice,
  asksFamilyTotal,
  familyNotes,
  nearPoorBeside,
  studentTotalNote,
} from "./family-total.ts";
import { farmOptionNote } from "./farm-option.ts";
import { nearPoorComparedNote } from "./near-poor-compared.ts";
import { newEmployerCardNote } from "./new-employer-card.ts";
import { otherPeriodNotes } from "./other-period.ts";
import { pricedAfter } from "./priced-sums.ts";
import { provincePaysFor } from "./province-age-question.ts";
import { schoolAgeNote } from "./school-age-note.ts";
import { coveredMemberNote } from "./social-insurance-pays.ts";
import { statedSupportNote } from "./stated-support.ts";
import { studentWhereNote } from "./student-where-note.ts";

export { askCalcQuestion } from "./calc-question.ts";

/** Groups whose support level a province may raise: for them the province is asked. */
export const PROVINCE_DEPENDENT: ReadonlySet<ContributionGroup> = new Set([
  "near_poor",
  "student",
  "agri_household",
]);

// "mẹ chồng 68 tuổi thật sự không phải mua hả" after the family's sum: one member nobody pays for, asked aside. The
// family's sum stays the one a later "đóng 6 tháng thì bn" changes.
function keptFlow(turn: Turn, draft: CalcDraft, paid: number): { id: string; data: CalcDraft } {
  const last = turn.session.flow?.id === CALC_FLOW ? draftFromSession(turn.session.flow.data) : undefined;
  const aside =
    paid === 0 &&
    last !== undefined &&
    HOUSEHOLD_GROUPS.has(last.group ?? "") &&
    (last.members ?? 0) > (last.insuredElsewhere ?? 0) &&
    (draft.members ?? 1) < (last.members ?? 0);
  return { id: CALC_FLOW, data: aside ? last : draft };
}

/** Asks the next missing piece, one at a time, or gives the breakdown when nothing is missing. */
export function continueCalc(turn: Turn, said: CalcDraft, before: Reply[] = []): Outcome {
  // "I'm a student in Hanoi…" then "how much is it?": the province named earlier in the chat is not asked again.
  const known = turn.session.province;
  const placed = draftInContext(turn, said);
  const draft = !said.province && !turn.province && known ? { ...placed, province: known } : placed;
  const missing = nextQuestion(turn, draft);
  // "cả nhà hết bao nhiêu" asked first is still the question when the months are answered.
  // ("…tháng chồng bị trừ bao nhiêu, còn e với mẹ chồng…": the spouse's deduction is answered before the question.)
  const deduction = deductionAsked(turn);
  // "mua bây giờ có kịp dùng khi sinh không, bn tiền": from when the card works, said with the sum or its question.
  const start = renewalStartAsked(turn) ?? startFromPayment(turn);
  if (missing)
    return askCalcQuestion(
      turn,
      asksFamilyTotal(turn.text) || asksFamilyPrice(turn.text, draft) ? { ...draft, familyTotal: 1 } : draft,
      missing,
      [...before, ...(deduction.length > 0 ? [text(...deduction)] : []), ...(start ? [text(start)] : [])],
    );
  // A pre-2025 province name for a date before the merger is its own province, whose levels we do not have.
  const beforeMerger =
    Boolean(draft.formerProvince) && (draft.date ?? turn.today) < turn.content.policy.mergedOn;
  const province = draft.province === "none" || beforeMerger ? undefined : (draft.province ?? turn.province);
  // After it, the merged province's rules apply, which the answer says ("Bình Dương cũ nay thuộc TP. Hồ Chí Minh").
  const merged =
    draft.formerProvince && province ? formerProvinceNote(turn, draft.formerProvince, province) : undefined;
  const notes = beforeMerger
    ? [t("common:calc.note.former_province", { former: draft.formerProvince! })]
    : merged
      ? [merged]
      : [];
  try {
    const result = calculateContribution(turn.content.policy, {
      group: draft.group!,
      date: draft.date ?? turn.today,
      months: draft.months ?? 12,
      ...(draft.members ? { members: draft.members - nearPoorBeside(draft) } : {}),
      // More "already insured" than people is a misreading of the message: then nobody is left out. (A student's
      // own card counts students only: "I'm a university student" is who pays, not someone insured elsewhere.)
      ...(draft.group !== "student" &&
      draft.insuredElsewhere &&
      draft.members &&
      draft.insuredElsewhere <= draft.members
        ? { insuredElsewhere: draft.insuredElsewhere }
        : {}),
      ...(draft.salary ? { salary: draft.salary } : {}),
      ...(province ? { province } : {}),
      ...(draft.part ? { part: draft.part } : {}),
      ...(draft.ages ? { ages: payingAges(draft) } : {}),
    });
    const family = familyNotes(turn, draft, result);
    const extra = [
      schoolAgeNote(turn, draft, result),
      nearPoorComparedNote(turn, result),
      ...family,
      family.length === 0 ? studentTotalNote(turn, result) : undefined,
      ...otherPeriodNotes(turn, result),
      comparedDateNote(turn, result),
      coveredMemberNote(turn, result),
      childrenCardsNote(turn, result),
      ...eachMemberNotes(turn, draft, result),
      // (An employee's own sum is the deduction already.)
      ...(asksEachMember(turn.text) || draft.group === "employee" ? [] : deductionAsked(turn)),
      statedSupportNote(turn, result),
      start,
      farmOptionNote(turn, result),
      levelAskedNote(turn, draft.group),
      ...studentWhereNote(turn, result),
      ...compulsoryNote(turn, result),
      ...newEmployerCardNote(turn, result),
    ].filter((n) => n !== undefined);
    return {
      replies: [...before, contributionReply(turn, result, [...notes, ...extra])],
      session: {
        // (A family's total shown stays asked when the sum is redone: "chỉ tính bố mẹ vs 2 đứa em thôi".)
        flow: keptFlow(turn, family.length > 0 ? { ...draft, familyTotal: 1 } : draft, result.person.period),
        priced: pricedAfter(turn, result),
        // Everyone counted paid for by the province's age rule: where their card is made is the state-paid groups'.
        lastIntent:
          result.payers === 0 && result.ageBand
            ? "contribution.elderly_social"
            : `contribution.${draft.group}`,
        misses: 0,
      },
    };
  } catch (error) {
    if (error instanceof PolicyGapError) {
      const { date: _dropped, ...rest } = draft;
      const earliest = turn.content.policy.parameters.base_salary?.versions[0]?.from ?? "";
      return askCalcQuestion(turn, rest, "date", [
        ...before,
        text(t("common:calc.invalid.no_data", { from: { kind: "date", value: earliest } })),
      ]);
    }
    if (
      error instanceof ContributionInputError &&
      error.field !== "group" &&
      error.field !== "insuredElsewhere"
    ) {
      const { [error.field]: _dropped, ...rest } = draft;
      return askCalcQuestion(turn, rest, error.field, [
        ...before,
        text(t(`common:calc.invalid.${error.field}`)),
      ]);
    }
    throw error;
  }
}

/** Applies a tapped or typed answer to the question `field`; undefined when the text does not answer it. */
export function answerCalcQuestion(
  turn: Turn,
  field: CalcField,
  raw: string,
  fromButton = false,
): Outcome | undefined {
  const draft = draftFromSession(turn.session.flow?.id === CALC_FLOW ? turn.session.flow.data : undefined);
  const typedIndex = fromButton ? undefined : /^\s*(\d{1,2})\s*$/.exec(raw)?.[1];
  let answer = readFieldAnswer(field, raw, turn.content, turn.today);
  // A number typed back for a numbered list means that option, unless it is itself a valid answer ("12" months).
  if (!(answer && "ok" in answer) && typedIndex) {
    const picked = turn.session.pendingChoices[Number(typedIndex) - 1]?.action;
    const value = picked?.startsWith(`calc:${field}=`) ? picked.slice(`calc:${field}=`.length) : undefined;
    if (value) answer = readFieldAnswer(field, value, turn.content, turn.today);
  }
  if (!answer || "invalid" in answer) {
    const national = field === "province" && !fromButton ? nationalSumAsked(turn, draft, raw) : undefined;
    if (national) return continueCalc(turn, national);
    // "à không, 4 người thôi" while the months are asked: a correction of what was said, not an answer.
    const corrected = fromButton ? undefined : correctionOf(turn, draft, raw);
    if (corrected) return corrected;
  }
  if (!answer) return undefined;
  if ("invalid" in answer)
    return askCalcQuestion(turn, draft, field, [text(t(`common:calc.invalid.${answer.invalid}`))]);
  // Whatever else the reply says ("hộ cận nghèo ở Đồng Tháp, 3 người") fills the questions not yet answered.
  const extra = fromButton ? {} : draftFromSlots(slotExtractorOf(turn)(raw, turn.today)).draft;
  // "vậy e đóng 6 tháng ở trường thì hết bn" while a household's months are asked: the answer, for the group named.
  const otherGroup = extra.group !== undefined && draft.group !== undefined && extra.group !== draft.group;
  if (otherGroup) return continueCalc(turn, { ...extra, ...answer.ok });
  // "quay lại, nếu thêm 1 người nữa thì bao nhiêu, đóng 12 tháng": the answer, with the people added.
  const added =
    fromButton || field === "members" ? undefined : withAddedMembers(turn, draft, ADDED_WORDS)?.members;
  // "tôi đóng ở công ty rồi, vậy vợ tôi … 1 năm bao nhiêu" after the wife alone was counted: the writer was never
  // counted, so no one counted is left out.
  if (writerOutsideCount(draft, extra, raw)) delete extra.insuredElsewhere;
  const next: CalcDraft = { ...extra, ...draft, ...answer.ok, ...(added ? { members: added } : {}) };
  // "còn em gái em học cấp 3 ở TP.HCM" names who the sum is for now: a pupil, where the first was a student.
  if (extra.part !== undefined && field !== "part") next.part = extra.part;
  // The members question asks for the people who pay, already leaving out anyone insured elsewhere…
  // …unless the reply tells the household and who is covered ("ko ai, 2 vợ chồng có bhyt cty rồi còn con 4 tuổi").
  const told = field === "members" && extra.members !== undefined && extra.insuredElsewhere !== undefined;
  if (told) Object.assign(next, { members: extra.members, insuredElsewhere: extra.insuredElsewhere });
  else if (field === "members") delete next.insuredElsewhere;
  return continueCalc(turn, next);
}

const ADDED_WORDS = 14;

function writerOutsideCount(draft: CalcDraft, said: CalcDraft, raw: string): boolean {
  if (!draft.members || draft.insuredElsewhere !== undefined || (said.insuredElsewhere ?? 0) < draft.members)
    return false;
  const folded = foldForSlots(raw);
  const mentions = coveredElsewhereMentions(folded);
  const rest = mentions.reduce((text, m) => text.replace(folded.slice(m.start, m.end), " "), folded);
  return MEMBER.test(rest) && mentions.every((m) => WRITER.test(folded.slice(m.start, m.end)));
}
const WRITER = /^\W*(?:toi|tui|em|minh|i)\b/;
const MEMBER = /\b(?:vo|chong|me|bo|con|chau|wife|husband|mother|father|mum|mom|dad|son|daughter)\b/;

// A short message naming other figures of the sum replaces them and carries on; "Đã sửa" when one had a value.
function correctionOf(turn: Turn, draft: CalcDraft, raw: string): Outcome | undefined {
  const corrected = correctedDraft(turn, draft, raw);
  if (!corrected) return undefined;
  return continueCalc(turn, corrected.next, corrected.changed ? [text(t("common:calc.corrected"))] : []);
}

/** A calculator button: `calc:start=go` starts over, `calc:group=…` starts for a group, others fill one field. */
export function calcAction(turn: Turn, field: string, value: string): Outcome {
  if (field === "start") return continueCalc(turn, {});
  if (field === "group") {
    const group = CONTRIBUTION_GROUPS.find((g) => g === value);
    // The answer to "which group?" keeps what the sum already has ("4 người", "6 tháng" said before it).
    const flow = turn.session.flow;
    const asked = flow?.id === CALC_FLOW && flow.awaiting === "group" ? draftFromSession(flow.data) : {};
    return continueCalc(turn, group ? { ...asked, group } : {});
  }
  if (!isCalcField(field)) return continueCalc(turn, {});
  return answerCalcQuestion(turn, field, value, true) ?? continueCalc(turn, {});
}

/** Groups paid per household member: how many people is asked, never assumed to be one. */
const COUNTED_BY_MEMBER: ReadonlySet<ContributionGroup> = new Set([
  "household",
  "near_poor",
  "agri_household",
]);

function nextQuestion(turn: Turn, draft: CalcDraft): CalcField | undefined {
  if (!draft.group) return "group";
  if (draft.group === "employee") return draft.salary ? undefined : "salary";
  if (COUNTED_BY_MEMBER.has(draft.group) && !draft.members) return "members";
  if (draft.group === "household" && !draft.months && !nobodyPays(turn, draft)) return "months";
  if (
    PROVINCE_DEPENDENT.has(draft.group) &&
    !draft.province &&
    !turn.province &&
    provincesWithOwnLevel(turn, draft).size > 0
  )
    return "province";
  if (!draft.part && partLevelOf(turn, draft)) return "part";
  return undefined;
}

// "mẹ 70 bố 76 ở TP.HCM": everyone counted is insured elsewhere or paid for by the province, so no months are asked.
function nobodyPays(turn: Turn, draft: CalcDraft): boolean {
  if (!draft.members) return false;
  const payers = draft.members - (draft.insuredElsewhere ?? 0);
  if (payers <= 0) return true;
  const province = draft.province === "none" ? undefined : (draft.province ?? turn.province);
  const younger = payingAges(draft).filter((age) => age < SOCIAL_PENSION_AGE);
  return younger.length >= payers && provincePaysFor(turn, younger, province);
}

function isCalcField(field: string): field is CalcField {
  return ["members", "months", "province", "date", "salary", "part"].includes(field);
}
