import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

// "đóng 1 lần 12 tháng có dc giảm gì ko", "is it cheaper if I pay the whole year at once?": a discount for a period.
const DISCOUNT_ASKED =
  /\b(?:giam gia|duoc giam|co giam|giam gi|uu dai|khuyen mai|re hon|discount|cheaper|any reduction|pay less)\b/;
const AT_ONCE =
  /\b(?:1 lan|mot lan|ca nam|12 thang|6 thang|nam|at once|whole year|a year|12 months|6 months|upfront|in advance)\b/;
const WORDS = 16;

/** After a household's sum, "đóng 12 tháng một lần có được giảm gì không": no, the same amount a month. */
export function answerPeriodDiscount(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (before.group === "employee" || turn.text.trim().split(/\s+/).length > WORDS) return undefined;
  if (!DISCOUNT_ASKED.test(folded) || !AT_ONCE.test(folded)) return undefined;
  return {
    replies: [text(t("common:calc.note.no_period_discount"))],
    session: { ...turn.session, misses: 0 },
  };
}
