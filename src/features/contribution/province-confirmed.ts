import { foldWords } from "../../core/fold.ts";
import type { Outcome, Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { provinceNotesOnly } from "./calc-reply.ts";

const PROVINCE_PAYS =
  /\b(?:thanh pho|tinh|tp|city|province)\b(?:\s\w+){0,3}?\s(?:ho tro|dong|tra|chi tra|pays?|supports?|covers?)\b/;
const IS_IT_TRUE =
  /\b(?:phai khong|dung khong|co dung|that khong|that a|is (?:that|it) (?:true|right)|right|really|true)\b/;
const PROVINCE_WORDS = 14;
const PAYS_NOTHING =
  /\b(?:free|mien phi|khong mat tien|khong phai dong|khong dong gi|pays? nothing|pay nothing|0 dong|100 ?%|100 phan tram)\b/;

/**
 * "nghe nói thành phố hỗ trợ 100% phải không" after a sum in that city: the sum again, or only what the city adds
 * when the sum has such notes. Undefined for other messages.
 */
export function answerProvinceConfirmed(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (!before.province || turn.text.trim().split(/\s+/).length > PROVINCE_WORDS) return undefined;
  if (!IS_IT_TRUE.test(folded)) return undefined;
  // "my friend in Ho Chi Minh City says he pays nothing, is that true": that province's rule, not the one counted.
  const named = slotExtractorOf(turn)(turn.text, turn.today, ["province"]).province?.code;
  if (!PROVINCE_PAYS.test(folded) && !(named && PAYS_NOTHING.test(folded))) return undefined;
  const sum = continueCalc(turn, named ? { ...before, province: named } : before);
  return provinceNotesOnly(sum) ?? sum;
}
