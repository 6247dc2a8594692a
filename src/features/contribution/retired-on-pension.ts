import { foldWords } from "../../core/fold.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { saysPensioner } from "../../nlu/slots/insured-members.ts";
import type { Outcome, Turn } from "../handler.ts";
import { contribution } from "./contribution-handler.ts";

// "bố em mới nghỉ hưu tháng trước", "my dad retired last month": someone who has just retired…
const JUST_RETIRED = /\b(?:nghi huu|ve huu|retired|retiring|retirement)\b/;
// …asking whether to buy a card, or what becomes of the card (not the pension's amount, nor a hospital's share).
const CARD_ASKED =
  /\b(?:mua|dong|buy|pay for|join)\b[^.?!]{0,30}\b(?:bhyt|bao hiem|insurance|the)\b|\b(?:card|the)\b[^.?!]{0,25}\b(?:what happens|the nao|ra sao|sao)\b/;
const AT_CARE = /\b(?:hospital|clinic|benh vien|bv|kham|nam vien|referral|chuyen tuyen)\b/;
const RETIRED_WORDS = 40;

/**
 * "My dad retired last month on a pension. Does he need to buy household insurance now?": a pension brings a card that
 * social insurance pays (the pensioner's answer), not the list for people leaving a job. Undefined otherwise.
 */
export function answerRetiredOnPension(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > RETIRED_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!JUST_RETIRED.test(folded) || !CARD_ASKED.test(folded) || AT_CARE.test(folded)) return undefined;
  if (!saysPensioner(foldForSlots(turn.text))) return undefined;
  return contribution(turn, "contribution.elderly_social");
}
