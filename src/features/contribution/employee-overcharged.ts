import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

// "so they are overcharging me 141k?", "vậy cty trừ sai à, giờ làm sao": more taken than the share just worked out.
const OVERCHARGED =
  /\b(?:overcharg\w*|charg\w* (?:me )?too much|too much|taking too much|deduct\w* too much|tru (?:sai|nhieu|qua|du|thua|lo)|thu (?:sai|thua|nhieu)|bi tru (?:sai|nhieu|qua))\b/;
const WORDS = 20;

/** After an employee's sum, "they are overcharging me?": what a wrong deduction may be and whom to ask. */
export function answerOverchargedAfterSum(turn: Turn, before: CalcDraft): Outcome | undefined {
  const short = turn.text.trim().split(/\s+/).length <= WORDS;
  if (before.group !== "employee" || !short || !OVERCHARGED.test(` ${foldWords(turn.text)} `))
    return undefined;
  return {
    replies: [text(t("common:calc.note.employee_overcharged"))],
    session: { ...turn.session, misses: 0 },
  };
}
