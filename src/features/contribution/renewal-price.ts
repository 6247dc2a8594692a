import type { Understanding } from "../../nlu/recognize.ts";
import type { Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { slotExtractorOf } from "./calc-figures.ts";

// Topics about joining or renewing whose question may be its price.
const JOINING = new Set(["enroll.renew", "enroll.steps", "enroll.online_payment"]);

/**
 * "how much would it cost to renew for me and my husband for 6 months": a question about renewing that asks its
 * price with the figures of a sum is the household's sum. Undefined when it is not one.
 */
export function renewalPrice(turn: Turn, understanding: Understanding): Understanding | undefined {
  if (understanding.band === "fallback" || !JOINING.has(understanding.intent) || !asksHowMuch(turn.text))
    return undefined;
  const slots = slotExtractorOf(turn)(turn.text, turn.today);
  if (slots.householdSize === undefined && slots.months === undefined) return undefined;
  return { ...understanding, intent: "contribution.household", band: "answer", slots };
}
