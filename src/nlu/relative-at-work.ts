import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

// "chồng mình đi làm công ty có bhyt rồi, vậy mình mua 1 mình 12 tháng bao nhiêu": the work and its card are a
// relative's, and the writer buys for themself alone.
const RELATIVE_AT_WORK =
  /\b(?:chong|vo|ck|vk|bo|me|ba|con)(?: (?:minh|toi|em|e|tui))? (?:di lam|lam|dang lam)(?: \w+){0,3}? (?:cong ty|cty|nha may|co quan)\b[^.?!]{0,30}\bco (?:bhyt|bao hiem|the)\b/;
const WRITER_ALONE =
  /\b(?:minh|toi|em|e|tui) (?:mua|dong|tham gia)(?: bhyt| bao hiem)? (?:1 minh|mot minh|cho minh|rieng)\b|\b(?:mua|dong)(?: bhyt)? (?:cho )?(?:1 minh|mot minh) (?:minh|toi|em|e)\b/;
const EMPLOYEE = "contribution.employee";
const HOUSEHOLD = "contribution.household";

/** A relative's job read as the writer's: the writer's own card is the household's. */
export function relativeAtWorkReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  return top.intent === EMPLOYEE && RELATIVE_AT_WORK.test(folded) && WRITER_ALONE.test(folded)
    ? { ...top, intent: HOUSEHOLD }
    : undefined;
}
