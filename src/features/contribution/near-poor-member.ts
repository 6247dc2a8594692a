import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { countValue } from "../../nlu/slots/numbers.ts";
import type { Turn } from "../handler.ts";
import type { CalcDraft } from "./calc-draft.ts";

const WORDS = 16;
const NEAR_POOR = /\b(?:can ngheo|hcn|near[- ]poor)\b/;
// "1 người", "2 đứa", "one of us", "two of them": how many of the household's people the message means.
const SOME_OF_US =
  /\b(\d{1,2}|mot|hai|ba|bon|one|two|three|four) (?:nguoi|ng|dua|thanh vien|trong (?:nha|ho)|of (?:us|them)|members?|people|persons?)\b/;
// "vợ tôi là cận nghèo", "my mum is near-poor": one relative.
const ONE_RELATIVE =
  /\b(?:vo|chong|bo|me|ba|ma|ong|ba noi|ba ngoai|con|wife|husband|mum|mom|mother|dad|father|son|daughter|grandma|grandpa)\b/;
// "cả nhà đều cận nghèo", "nhà tôi là hộ cận nghèo": the whole household, a question of its own.
const WHOLE =
  /\b(?:ca nha|ca ho|nha (?:toi|em|minh|e|tui) (?:la|thuoc)|ho can ngheo|whole family|all of us|we are)\b/;

/**
 * "mà 1 người là cận nghèo thì tính sao", "what if one of us is near-poor?" after a household's sum: that many of its
 * people pay as near-poor people (the cheaper choice the law gives them), the others stay on the ladder. Undefined
 * when the message is not that, or names as many near-poor people as pay.
 */
export function withNearPoorMembers(turn: Turn, before: CalcDraft): CalcDraft | undefined {
  if (before.group !== "household" || !before.members) return undefined;
  if (turn.text.trim().split(/\s+/).length > WORDS) return undefined;
  const folded = foldForSlots(turn.text);
  if (!NEAR_POOR.test(folded) || WHOLE.test(folded)) return undefined;
  const counted = SOME_OF_US.exec(folded)?.[1];
  const count = counted ? countValue(counted) : ONE_RELATIVE.test(folded) ? 1 : undefined;
  const payers = before.members - (before.insuredElsewhere ?? 0);
  if (!count || count >= payers) return undefined;
  return { ...before, nearPoor: count };
}
