import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { clausesOf, isAboutSomeoneInsured } from "../../nlu/already-insured.ts";
import { relativeNamed } from "../../nlu/person-said.ts";
import { youngestAge } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import {
  coveredElsewhereMentions,
  SOCIAL_PENSION_AGE,
  saysPensioner,
} from "../../nlu/slots/insured-members.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

/** The relatives a message says have a card from another group ("ông nội 80 đang lĩnh trợ cấp"), comma-joined. */
export function coveredRelatives(message: string): string | undefined {
  const named = clausesOf(foldForSlots(message))
    .filter(coveredClause)
    .map(relativeNamed)
    .filter((relative): relative is string => relative !== undefined);
  return named.length > 0 ? [...new Set(named)].join(",") : undefined;
}

// A clause whose person has a card from another group: through work, school or a pension, or from 75 on an allowance.
function coveredClause(clause: string): boolean {
  if (coveredElsewhereMentions(clause).length > 0 || isAboutSomeoneInsured(clause) || saysPensioner(clause))
    return true;
  const age = youngestAge(clause);
  return age !== undefined && ((age >= SOCIAL_PENSION_AGE && ALLOWANCE.test(clause)) || age < CHILD_AGE);
}
const ALLOWANCE = /\b(?:tro cap|huu tri xa hoi|social pension|allowance)\b/;
const CHILD_AGE = 6;

// "vậy ông e ko phải mua đúng ko", "so grandpa doesn't need to pay, right?": whether one left out of the sum pays.
const NOT_PAYING_CONFIRMED =
  /\b(?:khong|ko|k|chang) (?:phai|can) (?:mua|dong|tra)\b|\b(?:doesn t|does not|don t|do not|won t) (?:need to |have to )?(?:pay|buy)\b|\b(?:is|s) (?:free|not counted|left out)\b/;
const CONFIRM_WORDS = 16;

/**
 * After a household's sum that left out a relative as insured elsewhere, "vậy ông e ko phải mua đúng ko": yes, and
 * the sum is for the others. Undefined when the relative asked about was not one left out.
 */
export function answerNotCountedConfirmed(turn: Turn, before: CalcDraft): Outcome | undefined {
  if (!before.covered || turn.text.trim().split(/\s+/).length > CONFIRM_WORDS) return undefined;
  if (!NOT_PAYING_CONFIRMED.test(` ${foldWords(turn.text)} `)) return undefined;
  const relative = relativeNamed(turn.text);
  if (!relative || !before.covered.split(",").includes(relative)) return undefined;
  const payers = (before.members ?? 0) - (before.insuredElsewhere ?? 0);
  return {
    replies: [text(t("common:calc.note.not_counted_confirmed", { count: payers }))],
    session: { ...turn.session, misses: 0 },
  };
}
