import { foldWords } from "../../core/fold.ts";
import { type TextRef, t, text } from "../../core/reply.ts";
import { asksHowMuch, asksWhere } from "../../nlu/how-much.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import { answerIntent } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

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
  return {
    replies: [text(t("common:student_card.compulsory")), answerIntent(turn, intentId)],
    session: { lastIntent: intentId, misses: 0 },
  };
}
