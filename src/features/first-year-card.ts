import { foldWords } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import { intentChoice } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";

// "con vừa vào đại học năm nhất, thẻ lớp 12 hết 30/9, có bị đóng trùng tiền không", "first-year student, will we pay
// twice?": a grade-12 card and a first-year card overlapping.
const FIRST_YEAR =
  /\b(?:nam nhat|sinh vien nam (?:1|mot)|sv nam (?:1|mot)|vao dai hoc|vao cao dang|nhap hoc|tan sinh vien|first[- ]year|freshman|(?:starts?|started|starting) (?:university|college))\b/;
const TWICE =
  /\b(?:dong trung|trung tien|thu trung|bi trung|2 lan|hai lan|pay(?:ing)? twice|double|overlap\w*|twice)\b/;
const OVERLAP_WORDS = 45;

/**
 * A first-year student's card after the grade-12 one: no double payment, the new card follows on from 1 October
 * when the old one runs to 30 September; a month paid twice can be refunded. Undefined for other messages.
 */
export function answerFirstYearOverlap(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > OVERLAP_WORDS) return undefined;
  if (!FIRST_YEAR.test(folded) || !TWICE.test(folded)) return undefined;
  return {
    replies: [
      choices(
        [t("common:first_year_card")],
        [intentChoice("contribution.refund"), intentChoice("contribution.student")],
      ),
    ],
    session: { lastIntent: "card.validity", misses: 0 },
  };
}
