import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { ETHNIC_MINORITY } from "../../nlu/area-words.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { SOCIAL_PENSION_AGE, saysPensioner } from "../../nlu/slots/insured-members.ts";
import { namesMember } from "../../nlu/slots/named-members.ts";
import { namesBill, ownShareOfAmount } from "../../nlu/visit-bill.ts";
import type { Outcome, Turn } from "../handler.ts";
import { levelAskedAfterBenefit } from "../own-benefit-level.ts";
import { asksHowMuch, asksWhere, markedFollowUp, saysCorrection } from "../typed-lexicon.ts";
import { withPeopleChanged } from "./added-members.ts";
import { adultsAfterChild } from "./adults-after-child.ts";
import { answerAgriAndHousehold } from "./agri-instead.ts";
import { CALC_FLOW, carriedDraft, HOUSEHOLD_GROUPS } from "./calc-draft.ts";
import { figuresIn, withFigures, withoutGroup } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { provinceNotesOnly } from "./calc-reply.ts";
import { answerChildFollowUp, childAskedAgain } from "./child-card.ts";
import { answerChildrenAfterSum, answerYoungChildAfterSum } from "./children-after-sum.ts";
import { contribution } from "./contribution-handler.ts";
import { answerNotCountedConfirmed } from "./covered-relatives.ts";
import { answerElderAfterSum, answerMemberReachesBand, answerMemberTurnsElder } from "./elder-after-sum.ts";
import { answerCeilingAfterSum, answerSalaryAfterEmployee } from "./employee-ceiling.ts";
import { familyAtHomeSum } from "./employee-family.ts";
import { answerGroupLeft } from "./left-poverty.ts";
import { answerNearPoorStudent } from "./near-poor-student.ts";
import { nearPoorEthnicNote } from "./paid-in-full.ts";
import { answerPaysMonthly } from "./pays-monthly.ts";
import { answerProvinceConfirmed } from "./province-confirmed.ts";
import { withQuestionDefaults } from "./question-defaults.ts";
import { answerSchoolCardAfterSum } from "./school-card-after-sum.ts";
import { answerShortFollowUp } from "./short-follow-ups.ts";
import { answerNoAllowance, applicationAfterSum } from "./social-pension-application.ts";
import { answerElderNotYetOnPension, answerPensionGranted } from "./social-pension-pending.ts";
import { answerStudentWhere } from "./student-card.ts";
import { sumAskedAgain, yearOfShareAsked } from "./sum-asked-again.ts";
import { withWherePays } from "./where-pays.ts";

// A follow-up is short ("còn 6 tháng?", "thế 3 người thì sao"); a longer one is a new question, even naming months.
// Said as a follow-up ("còn lương 8 triệu rưỡi thì sao", "thế nhà 5 người thì thế nào"), a few more words still count.
const FOLLOW_UP_WORDS = 6;
const MARKED_FOLLOW_UP_WORDS = 9;
const INSURED_ELSEWHERE_WORDS = 12;
const HOW_MUCH_WORDS = 14;
const PLACE_WORDS = 10;
const COUNTED_WORDS = 16;
const ASKS_COUNTED =
  /\b(?:co tinh|tinh (?:\w+ ){0,2}vao|tinh luon|tinh ca|co duoc tinh|is (?:he|she|it|that|my \w+) (?:counted|included)|counted|included|count (?:him|her|them))\b/;
const CHILD = "contribution.child_under6";
const HOUSEHOLD = "household";
const words = (text: string) => text.trim().split(/\s+/).length;
const folded = (text: string) => ` ${foldWords(text)} `;
// "and if we pay for 3 months only?": a period said with paying is how long to pay for.
const PAYING = /\b(?:dong|nop|mua|pay|paid|paying)\b/;
const REDO = /\b(?:tinh lai|tinh giup lai|recalculate|redo the sum|work it out again)\b/;
const TOO = /\b(?:cung|nua|also|too|as well)\b/;
// A correction may give its reason too ("à nhầm, chỉ có 3 người đóng thôi, đứa con đi học có thẻ ở trường rồi").
const CORRECTION_WORDS = 30;
const BACK_TO_SUM = /^\s*(?:quay lai|tro lai|back to)\b/;
const PLACE_SUPPORT =
  /\b(?:ho tro them|tinh ho tro|duoc ho tro|extra support|more support|top[- ]?up|support there)\b/;
/**
 * A short message that carries on from the last sum or the last "how much" answer: after a result, one that
 * changes a figure redoes the sum with the rest kept (the group, the people, the months, the province), so "còn
 * 6 tháng?" is the 6-month total; after the near-poor answer, "3 người" or "Đồng Tháp" starts the sum for the
 * near-poor, not for the household. Undefined otherwise.
 */
const LEVELS = "benefit.levels";

export function answerCalcFollowUp(turn: Turn): Outcome | undefined {
  const flow = turn.session.flow;
  // ("vậy 8 triệu bà ấy trả bao nhiêu" after a card's level, "viện phí 8 triệu thẻ 80%": a bill, not the sum again.)
  const bill = namesBill(turn.text) || (turn.session.lastIntent === LEVELS && ownShareOfAmount(turn.text));
  if (flow?.awaiting || bill) return undefined;
  const child = answerChildFollowUp(turn);
  if (child) return child;
  // "còn con lớn 7 tuổi thì sao" after the under-6 answer, "con nhỏ 5 tuổi thì sao" after the pupils': that child's.
  if (childAskedAgain(turn)) return contribution(turn, CHILD);
  // "chồng e làm tự do, mua 1 năm bao nhiêu" after a young child's or a pupil's answer: the grown-ups' own sum.
  const adults = adultsAfterChild(turn, turn.session.lastIntent ?? "");
  if (adults) return contribution(adults.turn, adults.intent);
  // "we are Khmer, living in a village in Sóc Trăng — does it change anything?" after a near-poor sum (a question on
  // the card's level may come between).
  const before = carriedDraft(turn);
  const nearPoor = turn.session.lastIntent === "contribution.near_poor" || before?.group === "near_poor";
  if (nearPoor && words(turn.text) <= COUNTED_WORDS && ETHNIC_MINORITY.test(` ${foldWords(turn.text)} `))
    return nearPoorEthnicNote(turn);
  // "and when mum turns 75 next year?" after a household's sum: the sum without her, from then.
  const turned =
    before && words(turn.text) <= CORRECTION_WORDS
      ? (answerMemberTurnsElder(turn, before) ?? answerMemberReachesBand(turn, before))
      : undefined;
  if (turned) return turned;
  const application = applicationAfterSum(turn, before);
  if (application) return { ...application, session: { ...application.session, flow } };
  if (!before) return undefined;
  // "vậy ông em là cựu chiến binh thì được 100% đúng ko" after a benefit answer: the card's share, not the sum again.
  const level = levelAskedAfterBenefit(turn);
  if (level) return { ...level, session: { ...level.session, flow } };
  // ("khi mẹ có trợ cấp rồi, còn tôi với vợ và con gái học lớp 11, tổng bao nhiêu": the elder left out first.)
  const children =
    answerPensionGranted(turn, before) ??
    answerYoungChildAfterSum(turn, before) ??
    answerSchoolCardAfterSum(turn, before) ??
    answerChildrenAfterSum(turn, before);
  if (children) return { ...children, session: { ...children.session, flow } };
  const short =
    answerNotCountedConfirmed(turn, before) ??
    answerSalaryAfterEmployee(turn) ??
    answerCeilingAfterSum(turn, before) ??
    answerShortFollowUp(turn, before);
  if (short) return short;
  const left = answerGroupLeft(turn, before, HOW_MUCH_WORDS);
  if (left) return left;
  const monthly =
    answerPaysMonthly(turn, before) ??
    answerAgriAndHousehold(turn, before, figuresIn(turn, turn.text, CORRECTION_WORDS)?.said.members) ??
    answerElderNotYetOnPension(turn, before);
  if (monthly) return monthly;
  const added = withPeopleChanged(turn, before);
  if (added) return continueCalc(turn, added);
  // "ba tôi có lương hưu thì sao", "what about my dad? he gets a government pension": a pensioner's card is paid by
  // social insurance, said as such, after any sum.
  // (In a household's sum, "à nhầm, bố e có lương hưu rồi" corrects who pays: one more left out, below.)
  // (…and so does "à mẹ vợ có lương hưu rồi": a member of the sum named as covered already.)
  const alreadyCovered = namesMember(foldForSlots(turn.text)) && /\broi\b/.test(foldWords(turn.text));
  const correctsHousehold =
    HOUSEHOLD_GROUPS.has(before.group ?? "") && (saysCorrection(turn.text) || alreadyCovered);
  if (
    words(turn.text) <= INSURED_ELSEWHERE_WORDS &&
    !correctsHousehold &&
    saysPensioner(foldForSlots(turn.text))
  )
    return contribution(turn, "contribution.elderly_social");
  const school = before.group === "student" ? answerStudentWhere(turn, flow) : undefined;
  if (school) return school;
  // "vậy e là sv thì mua ở trường hay chung với ba mẹ" after a near-poor household's sum: the child's share, the higher.
  const nearPoorStudent =
    before.group === "near_poor" && words(turn.text) <= CORRECTION_WORDS && !saysCorrection(turn.text)
      ? answerNearPoorStudent(turn, "contribution.student")
      : undefined;
  if (nearPoorStudent) return { ...nearPoorStudent, session: { ...nearPoorStudent.session, flow } };
  // "what about my mum? she stays at home" after an employee's sum: the family named pays as a household.
  const family = before.group === "employee" ? familyAtHomeSum(turn) : undefined;
  if (family) return withWherePays(turn, family, HOUSEHOLD);
  // "mẹ tôi chưa nhận trợ cấp gì", "còn bà ngoại 67 tuổi…", "thành phố hỗ trợ 100% phải không": the elder's case.
  const elder =
    words(turn.text) <= COUNTED_WORDS
      ? (answerNoAllowance(turn, before, flow) ??
        answerElderAfterSum(turn, before) ??
        answerProvinceConfirmed(turn, before))
      : undefined;
  if (elder) return elder;
  // "chồng em có bhyt công ty rồi" says who is covered elsewhere in a few more words than a question would take.
  // "à nhầm, bố e có lương hưu, vậy tính lại cho 3 người thôi dc ko": asked to redo the sum, in a few more words.
  const redo = REDO.test(foldWords(turn.text));
  const countedAsked = ASKS_COUNTED.test(` ${foldWords(turn.text)} `);
  const corrects = saysCorrection(turn.text);
  // "quay lại vụ tiền, nếu … là 4 người thì thế nào": back to the sum after a side question, in more words.
  const back = BACK_TO_SUM.test(foldWords(turn.text));
  const named = figuresIn(
    turn,
    turn.text,
    corrects ||
      back ||
      PLACE_SUPPORT.test(folded(turn.text)) ||
      (TOO.test(folded(turn.text)) && asksHowMuch(turn.text))
      ? CORRECTION_WORDS
      : redo || countedAsked
        ? COUNTED_WORDS
        : HOW_MUCH_WORDS,
  );
  // In a household's sum, a member's group said as why they are left out ("vợ mới vào làm công ty có bhxh rồi") is
  // who is left out, not a question about that group.
  const said =
    named?.said.group !== undefined &&
    named.said.insuredElsewhere !== undefined &&
    named.said.group !== before.group &&
    HOUSEHOLD_GROUPS.has(before.group ?? "")
      ? withoutGroup(named)
      : named;
  // "đứa 8 tuổi cũng đi học lớp 3 rồi, có bhyt ở trường", "2 đứa đi học thì đóng ở trường hay đóng theo cận nghèo":
  // one more left out said "too", or pupils asked about, in a few more words.
  const more = TOO.test(folded(turn.text)) || (said?.said.pupils ?? 0) > 0;
  const insuredWords = more ? CORRECTION_WORDS : INSURED_ELSEWHERE_WORDS;
  // "à mẹ tôi có thẻ người có công rồi": one relative named (read alone as a household of one) is one of those counted.
  const oneOfCounted = said?.said.members === 1 && (before.members ?? 0) > 1;
  const onlyInsured =
    words(turn.text) <= insuredWords &&
    said?.fields.every(
      (field) =>
        field === "insuredElsewhere" ||
        (field === "members" && oneOfCounted) ||
        // "à nhầm, đứa 22 đang học đại học": a student, whose school is only why they are left out.
        (field === "part" &&
          said.said.insuredElsewhere !== undefined &&
          HOUSEHOLD_GROUPS.has(before.group ?? "")) ||
        // "dua 8 tuoi thi dong o truong roi": one of those counted, named by the age given before.
        (field === "ages" && before.ages !== undefined),
    );
  // "nhà e có 1 đứa đang học đại học, nó có tính vào 4 người ko": whether someone covered elsewhere is counted, with
  // the household's size said again.
  const asksCounted =
    countedAsked &&
    said?.fields.includes("insuredElsewhere") === true &&
    said.fields.every((field) => field === "insuredElsewhere" || field === "members" || field === "part");
  // In the longer window a number of months is too often about something else ("vậy thẻ hết hạn 12 tháng thì
  // sao"): only a salary or a number of people carries on there.
  // "à nhầm, nhà em 5 người chứ không phải 4": a correction of the sum just shown, in a few more words.
  const correcting =
    ((corrects || back) && words(turn.text) <= CORRECTION_WORDS) ||
    (redo && words(turn.text) <= COUNTED_WORDS);
  const marked =
    (correcting || (markedFollowUp(turn.text) && words(turn.text) <= MARKED_FOLLOW_UP_WORDS)) &&
    said?.fields.every(
      (field) =>
        field === "salary" ||
        field === "members" ||
        field === "province" ||
        field === "insuredElsewhere" ||
        (field === "months" && (correcting || PAYING.test(foldWords(turn.text)))),
    );
  // "nhà có 3 người thì đóng cả năm bao nhiêu" after the farming-household answer: the same group's sum, for a
  // group a whole household joins in (a pupil's or an employee's family is a household question).
  // "neu dong 6 thang thi het bao nhieu" after a student's sum: another period is the same person's sum, whatever
  // the group.
  // ("just me. 6 months for 1 person?", "mum is still 63, how much now?": the figures asked again, as a question.)
  const restated = (f: string) =>
    f === "ages" && said!.said.ages!.split(",").every((a) => before.ages?.includes(a));
  const howMuch =
    words(turn.text) <= HOW_MUCH_WORDS &&
    (asksHowMuch(turn.text) || turn.text.trim().endsWith("?")) &&
    (said?.fields.every((field) => field === "months") ||
      (HOUSEHOLD_GROUPS.has(before.group ?? "") &&
        said?.fields.every((field) => field === "members" || field === "months" || restated(field))));
  // "can I pay only 3 months instead of 12?", "e với mẹ chồng đóng trước 6 tháng được ko": another period, said with
  // paying, for the same sum (the same people may be named again).
  const samePeople = (field: string) => field === "members" && said?.said.members === before.members;
  const paysFor =
    words(turn.text) <= (said?.fields.includes("members") ? COUNTED_WORDS : MARKED_FOLLOW_UP_WORDS) &&
    PAYING.test(foldWords(turn.text)) &&
    said?.fields.includes("months") &&
    said.fields.every((field) => field === "months" || samePeople(field));
  // "we live in Ho Chi Minh City", "nhà bố mẹ em ở thành phố Hồ Chí Minh": a place alone, whose name takes words.
  // "tôi ở Đồng Tháp, ở đây có được hỗ trợ thêm không": the place and its own support, asked in more words. "đóng ở
  // đâu? tôi ở phường Hoàn Kiếm" asks where, not the sum again.
  const onlyPlace = said?.fields.every((field) => field === "province") === true;
  const whereAsked = asksWhere(turn.text);
  const placeOnly =
    onlyPlace &&
    !whereAsked &&
    (words(turn.text) <= PLACE_WORDS ||
      (words(turn.text) <= CORRECTION_WORDS && PLACE_SUPPORT.test(` ${foldWords(turn.text)} `)));
  // "Can I pay for only 6 months? And where do I pay it?": the other period's sum, then where that group pays.
  if (
    whereAsked &&
    words(turn.text) <= HOW_MUCH_WORDS &&
    PAYING.test(foldWords(turn.text)) &&
    said?.fields.every((field) => field === "months")
  )
    return withWherePays(turn, continueCalc(turn, withFigures(before, said, turn.text)), before.group);
  if (whereAsked && !asksHowMuch(turn.text) && said?.fields.includes("members")) return undefined; // "3 người kia đóng ở đâu"
  // ("đóng ở đâu, gò vấp": where, with the place, not the sum again for it.)
  if (whereAsked && onlyPlace && !asksHowMuch(turn.text)) return undefined;
  const brief = words(turn.text) <= FOLLOW_UP_WORDS;
  const figures =
    onlyInsured || asksCounted || marked || howMuch || paysFor || placeOnly || brief ? said : undefined;
  if (!figures)
    return flow?.id === CALC_FLOW && sumAskedAgain(turn, before) ? continueCalc(turn, before) : undefined;
  // Another group is a new question ("sinh viên đóng bao nhiêu"): its own answer, not this sum redone.
  if (figures.said.group && figures.said.group !== before.group) return undefined;
  // An employee's share has no people or months: "mua bhyt 1 người 3 tháng" after it is someone paying for
  // themselves, read on its own.
  const notAnEmployeesFigure = figures.fields.some((field) => field === "members" || field === "months");
  if (before.group === "employee" && notAnEmployeesFigure && figures.said.salary === undefined)
    return yearOfShareAsked(turn.text, figures.said) ? continueCalc(turn, before) : undefined;
  const next = withFigures(before, figures, turn.text);
  // "bố e 72 tuổi thì sao" after two grandparents on the social pension: someone under 75 is not in that group.
  const ages = figures.said.ages?.split(",").map(Number) ?? [];
  const underPensionAge = ages.length > 0 && ages.every((age) => age < SOCIAL_PENSION_AGE);
  if (next.group === "elderly_social" && underPensionAge)
    return continueCalc(turn, { ...next, group: HOUSEHOLD });
  // "Does Can Tho give extra support?" of the sum just shown for Can Tho: what the province adds, not the sum again.
  const sameSum = onlyPlace && next.province === before.province && PLACE_SUPPORT.test(folded(turn.text));
  // "mỗi người một năm đóng bao nhiêu" after a near-poor or farming household's answer: one person's year.
  withQuestionDefaults(turn.text, next, false);
  const sum = continueCalc(turn, next);
  // "mẹ tôi 72 tuổi rồi" after a near-poor sum: from 70 to under 75 the social pension may make the card free.
  const pensionAge = ages.length > 0 && ages.every((age) => age >= 70 && age < SOCIAL_PENSION_AGE);
  if (next.group === "near_poor" && pensionAge)
    return { ...sum, replies: [text(t("common:calc.note.near_poor_social_pension")), ...sum.replies] };
  return (sameSum && provinceNotesOnly(sum)) || sum;
}
