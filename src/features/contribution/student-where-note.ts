import { foldWords } from "../../core/fold.ts";
import { type TextRef, t, text } from "../../core/reply.ts";
import { asksHowMuch, asksWhere } from "../../nlu/how-much.ts";
import { agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { groupPartOf } from "../../nlu/slots/group-part.ts";
import { law, vnd } from "../../policy/answer-vars.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import { answerIntent } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { pupilCard } from "./other-cards.ts";

// "đóng ở trường hay về quê", "at my university or back home?": where a student away from home pays.
const HOMETOWN =
  /\b(?:ve que|o que|tai que|que nha|dia phuong|noi thuong tru|noi co ho khau|back home|my hometown|home province|where my family lives)\b/;

/**
 * "e là sv năm 2 ở HN, quê Nghệ An, bhyt sv đóng bn, đóng ở trường hay về quê": with a student's sum, where it is
 * paid (through the school), and for a student away from home, that the school's province is the one that counts.
 */
export function studentWhereNote(turn: Turn, r: ContributionResult): TextRef[] {
  if (r.input.group !== "student") return [];
  const hometown = HOMETOWN.test(` ${foldWords(turn.text)} `);
  if (!hometown && !asksWhere(turn.text)) return [];
  return [t("common:calc.where.student"), ...(hometown ? [t("common:calc.where.student_away")] : [])];
}

// "bhyt học sinh có bắt buộc không", "is student health insurance compulsory?".
const COMPULSORY_ASKED =
  /\b(?:bat buoc|co phai (?:mua|dong|tham gia) (?:khong|ko|k)|compulsory|mandatory|required|have to (?:buy|join|pay)|must (?:they|we|i|he|she) (?:buy|join|pay))\b/;

/** "bhyt học sinh có bắt buộc không": yes, through the school, before the pupils' and students' answer. */
export function answerStudentCompulsory(turn: Turn, intentId: string): Outcome | undefined {
  // (With the price asked, the sum says it: compulsory-note.ts.)
  if (intentId !== "contribution.student" || asksHowMuch(turn.text)) return undefined;
  if (!COMPULSORY_ASKED.test(` ${foldWords(turn.text)} `)) return undefined;
  // "ở tphcm con học lớp 7 có phải đóng không": where the province pays a pupil's whole card, nothing to pay.
  const free = pupilPaidInFull(turn);
  return {
    replies: free
      ? [text(t("common:student_card.pupil_paid_in_full", { basis: law(free) }))]
      : [text(t("common:student_card.compulsory")), answerIntent(turn, intentId)],
    session: { lastIntent: intentId, misses: 0 },
  };
}

// The resolution by which the province named pays a school pupil's whole card, when it does.
function pupilPaidInFull(turn: Turn): string | undefined {
  if (groupPartOf(foldForSlots(turn.text)) !== "school_pupil") return undefined;
  const province = turn.understanding?.slots.province?.code;
  const pupil = province ? pupilCard(turn, turn.today, province) : undefined;
  return pupil && pupil.person.period === 0 ? pupil.parameters.at(-1)?.legalBasis : undefined;
}

const SCHOOL_AGE = { from: 6, below: 19 };

/**
 * "con e 3 tuổi và 7 tuổi ở tphcm có phải đóng không", answered for the child under six: the older child, of school
 * age, joins through the school, at the province's level (free where it pays pupils' whole card).
 */
export function withOlderPupilNote(turn: Turn, intentId: string, answer: Outcome): Outcome {
  if (intentId !== "contribution.child_under6") return answer;
  const older = (agesOf(foldForSlots(turn.text)) ?? []).find(
    (a) => a >= SCHOOL_AGE.from && a < SCHOOL_AGE.below,
  );
  if (older === undefined) return answer;
  const pupil = pupilCard(turn, turn.today, turn.understanding?.slots.province?.code ?? turn.province);
  const note =
    pupil.person.period === 0
      ? t("common:student_card.older_pupil_free", { age: older })
      : t("common:student_card.older_pupil", { age: older, price: vnd(pupil.person.period) });
  return { ...answer, replies: [...answer.replies, text(note)] };
}
