import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";
import { ASKS_END } from "./child-card.ts";

// "thẻ học sinh lớp 12", "sinh viên năm cuối", "final-year university student", "grade 1 pupil".
const PUPIL_OR_STUDENT =
  /\b(?:hoc sinh|hs|sinh vien|sv|lop (?:1|12|mot|muoi hai)|nam cuoi|nam nhat|pupils?|students?|grade (?:1|12)|final[- ]year|first[- ]year|freshman|senior year)\b/;
// "từ khi nào", "bắt đầu", "from when", "start": when the card begins.
const ASKS_START =
  /\b(?:tu khi nao|tu bao gio|tu ngay nao|bat dau|co the tu|from when|when does .* start|starts?)\b/;

/**
 * "thẻ bhyt học sinh lớp 12 hết hạn khi nào", "when does a final-year student's card end": the dates a pupil's or a
 * student's card starts and ends (policy.md §6). Undefined when the message asks something else.
 */
export function answerStudentCardDates(turn: Turn, intent: string): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!PUPIL_OR_STUDENT.test(folded) || !(ASKS_END.test(folded) || ASKS_START.test(folded))) return undefined;
  return {
    replies: [text(t("common:student_card.dates"))],
    session: { lastIntent: intent, misses: 0 },
  };
}
