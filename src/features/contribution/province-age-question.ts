import { foldWords } from "../../core/fold.ts";
import type { Understanding } from "../../nlu/recognize.ts";
import { ageBandOverridesAt } from "../../policy/parameter-at.ts";
import type { Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { slotExtractorOf } from "./calc-figures.ts";

// "có được hỗ trợ 100% không", "có được miễn không", "có phải mua không", "is it free": whether someone pays.
const ASKS_WHO_PAYS =
  /\b(?:ho tro|mien|mien phi|phai (?:mua|dong)|mat tien|free|pay|pays|cover|covered|support)\b/;
const ELDERLY = "contribution.elderly_social";
const CITY_ASKED = /\b(?:thanh pho|tinh|the city|the province|city pay|province pay)\b/;

/**
 * Every age is in a band the province (named, or the deployment's own) pays for in full today ("TP.HCM, 65 to under
 * 75").
 */
export function provincePaysFor(turn: Turn, ages: readonly number[], province?: string): boolean {
  const code = province ?? turn.understanding?.slots.province?.code ?? turn.province;
  if (ages.length === 0) return false;
  const bands = paidAgeBands(turn, code);
  return ages.every((age) => bands.some((band) => age >= band.ages!.from && age < band.ages!.below));
}

// The bands of ages whose card the province pays in full today; none without a province.
function paidAgeBands(turn: Turn, code: string | undefined) {
  if (!code) return [];
  const at = { date: turn.today, province: code };
  return ageBandOverridesAt(turn.content.policy, "support.household", at).filter(
    (band) => band.value === 100,
  );
}

/**
 * "mẹ em 68t ở Gò Vấp, có được thành phố hỗ trợ 100% không": an unsure reading of a question about whether someone
 * pays, whose ages fall in a band the province pays for, is the elderly question (answered with the province's rule).
 * Undefined otherwise.
 */
export function provinceAgeQuestion(turn: Turn, understanding: Understanding): Understanding | undefined {
  if (understanding.band === "answer" && understanding.intent !== "out_of_scope") return undefined;
  const words = ` ${foldWords(turn.text)} `;
  if (!ASKS_WHO_PAYS.test(words) && !asksHowMuch(turn.text)) return undefined;
  const slots = slotExtractorOf(turn)(turn.text, turn.today);
  const code = slots.province?.code;
  // "I'm 50 and live in Ho Chi Minh City. Does the city pay anything?": an age the band leaves out, asked all the same.
  const cityAsked =
    (slots.ages?.length ?? 0) > 0 && CITY_ASKED.test(words) && paidAgeBands(turn, code).length > 0;
  if (!provincePaysFor(turn, slots.ages ?? [], code) && !cityAsked) return undefined;
  return { ...understanding, intent: ELDERLY, band: "answer", slots };
}
