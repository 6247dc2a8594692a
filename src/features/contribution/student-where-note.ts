import { foldWords } from "../../core/fold.ts";
import { type TextRef, t } from "../../core/reply.ts";
import { asksWhere } from "../../nlu/how-much.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";

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
