import { choices, t } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { namesPupilAndStudent } from "../../nlu/slots/group-part.ts";
import { householdSizeOf } from "../../nlu/slots/household-size.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { schoolCard } from "./other-cards.ts";

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
    session: { lastIntent: STUDENT, misses: 0 },
  };
}
