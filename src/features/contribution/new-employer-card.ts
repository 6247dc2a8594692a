import { foldWords } from "../../core/fold.ts";
import { type TextRef, t, text } from "../../core/reply.ts";
import type { ContributionResult } from "../../policy/contribution/contribution-types.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

// "chuyển sang cty mới", "đổi việc", "new employer", "changed jobs": another employer now pays.
const NEW_EMPLOYER =
  /\b(?:cty moi|cong ty moi|cho lam moi|noi lam moi|viec moi|chuyen (?:viec|cong ty|cty|sang (?:cty|cong ty))|doi (?:viec|cong ty|cty)|new (?:company|employer|job)|chang(?:e|ed|ing) (?:jobs?|companies|employers?)|switch(?:ed|ing)? (?:jobs?|companies|employers?))\b/;
// "có phải làm thẻ mới ko", "thẻ cũ thì sao", "do I need a new card": whether the card changes.
const CARD_ASKED =
  /\b(?:the (?:moi|cu)|lam (?:lai )?the|doi the|cap (?:lai )?the|new card|old card|same card|keep (?:my|the) card|new insurance card)\b/;
const SHORT_FOLLOW_UP = 14;

/** With an employee's sum for a new employer, "có phải làm thẻ mới ko": no, the same card and number carry on. */
export function newEmployerCardNote(turn: Turn, r: ContributionResult): TextRef[] {
  const folded = ` ${foldWords(turn.text)} `;
  const asked = r.input.group === "employee" && NEW_EMPLOYER.test(folded) && CARD_ASKED.test(folded);
  return asked ? [t("common:calc.note.new_employer_card")] : [];
}

/** "thế thẻ cũ thì sao, có phải làm thẻ mới ko" right after an employee's sum: the same answer on its own. */
export function answerCardAfterEmployeeSum(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const short = turn.text.trim().split(/\s+/).length <= SHORT_FOLLOW_UP;
  if (before.group !== "employee" || !short || !CARD_ASKED.test(folded)) return undefined;
  return {
    replies: [text(t("common:calc.note.new_employer_card"))],
    session: { ...turn.session, misses: 0 },
  };
}
