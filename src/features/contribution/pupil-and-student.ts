import { choices, t } from "../../core/reply.ts";
import type { PricedSum } from "../../core/session.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { namesPupilAndStudent } from "../../nlu/slots/group-part.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { schoolCard } from "./other-cards.ts";
import { MAX_PRICED_SUMS } from "./priced-sums.ts";

const STUDENT = "contribution.student";

/**
 * "my daughter is in grade 11 and my son is a first-year university student: what do we pay?": a school pupil's card
 * and a university student's, each at its own level (a province may pay all of the pupil's), and the two together,
 * instead of asking which of them the question is about (or the household's size). Undefined for other messages.
 */
export function answerPupilAndStudent(turn: Turn, intentId: string): Outcome | undefined {
  if (intentId !== STUDENT && intentId !== "contribution.household") return undefined;
  const folded = foldForSlots(turn.text);
  if (!namesPupilAndStudent(folded) || (householdSizeOf(folded) ?? 2) > 2) return undefined;
  const said = monthsOf(folded);
  const months = PAYMENT_MONTHS.find((m) => m === said) ?? 12;
  const province = turn.understanding?.slots.province?.code ?? turn.province ?? turn.session.province;
  const pupil = schoolCard(turn, "school_pupil", turn.today, province, months);
  const student = schoolCard(turn, "other", turn.today, province, months);
  const all = [
    ...new Set([pupil, student].flatMap((r) => r.parameters.flatMap((p) => p.legalBasis.split(/;\s*/)))),
  ];
  // ("Decree 188/2025" is said once, with the share it sets when one is given.)
  const basis = all.filter((b) => !all.some((other) => other !== b && other.startsWith(`${b} (`)));
  return {
    replies: [
      choices(
        [
          t("common:calc.note.pupil_and_student", {
            months,
            pupil: vnd(pupil.person.period),
            student: vnd(student.person.period),
            total: vnd(pupil.person.period + student.person.period),
            basis: law(basis.join("; ")),
          }),
        ],
        [intentChoice("enroll.where"), intentChoice("card.validity")],
      ),
    ],
    // (Both cards join the conversation's sums, so "vậy tổng cả nhà bao nhiêu" adds them up.)
    session: {
      lastIntent: STUDENT,
      misses: 0,
      priced: [...(turn.session.priced ?? []), schoolSum(pupil, months), schoolSum(student, months)].slice(
        -MAX_PRICED_SUMS,
      ),
    },
  };
}

// One child's school card as a sum of the conversation, counted for a year.
function schoolSum(card: ReturnType<typeof schoolCard>, months: number): PricedSum {
  const year = months === 12 ? card.person.period : card.person.month * 12;
  return { who: "child", group: "student", payers: 1, members: 1, month: card.person.month, year };
}
