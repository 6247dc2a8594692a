import { foldWords } from "../../core/fold.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { continueCalc } from "./calc-flow.ts";
import { provinceNotesOnly } from "./calc-reply.ts";

const PROVINCE_PAYS =
  /\b(?:thanh pho|tinh|tp|city|province)\b(?:\s\w+){0,3}?\s(?:ho tro|dong|tra|chi tra|pays?|supports?|covers?)\b/;
const IS_IT_TRUE =
  /\b(?:phai khong|dung khong|co dung|that khong|that a|is (?:that|it) (?:true|right)|right|really|true)\b/;
const PROVINCE_WORDS = 14;

/**
 * "nghe nói thành phố hỗ trợ 100% phải không" after a sum in that city: the sum again, or only what the city adds
 * when the sum has such notes. Undefined for other messages.
 */
export function answerProvinceConfirmed(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!before.province || turn.text.trim().split(/\s+/).length > PROVINCE_WORDS) return undefined;
  if (!PROVINCE_PAYS.test(folded) || !IS_IT_TRUE.test(folded)) return undefined;
  const sum = continueCalc(turn, before);
  return provinceNotesOnly(sum) ?? sum;
}
