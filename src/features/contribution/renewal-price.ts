import type { Understanding } from "../../nlu/recognize.ts";
import type { Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { slotExtractorOf } from "./calc-figures.ts";

// Topics about joining or renewing whose question may be its price.
const HOUSEHOLD = "contribution.household";
const JOINING = new Set(["enroll.renew", "enroll.steps", "enroll.online_payment"]);

/**
 * "how much would it cost to renew for me and my husband for 6 months": a question about renewing that asks its
 * price with the figures of a sum is the household's sum. Undefined when it is not one.
 */
export function renewalPrice(turn: Turn, understanding: Understanding): Understanding | undefined {
  if (understanding.band === "fallback" || !JOINING.has(understanding.intent) || !asksHowMuch(turn.text))
    return undefined;
  const slots = slotExtractorOf(turn)(turn.text, turn.today);
  // "gia hạn ntn và hết bn tiền": how to renew, and the household's price beside it (with a button to calculate).
  if (slots.householdSize === undefined && slots.months === undefined) {
    const asked = understanding.also ?? [];
    if (asked.some((a) => a.intent.startsWith("contribution."))) return undefined;
    return {
      ...understanding,
      also: [{ intent: HOUSEHOLD, confidence: understanding.confidence }, ...asked],
    };
  }
  return { ...understanding, intent: HOUSEHOLD, band: "answer", slots };
}
