import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

// "chồng mình đi làm công ty có bhyt rồi, vậy mình mua 1 mình 12 tháng bao nhiêu": the work and its card are a
// relative's, and the writer buys for themself alone.
const RELATIVE_AT_WORK =
  /\b(?:chong|vo|ck|vk|bo|me|ba|con)(?: (?:minh|toi|em|e|tui))? (?:di lam|lam|dang lam)(?: \w+){0,3}? (?:cong ty|cty|nha may|co quan)\b[^.?!]{0,30}\bco (?:bhyt|bao hiem|the)\b/;
const WRITER_ALONE =
  /\b(?:minh|toi|em|e|tui) (?:mua|dong|tham gia)(?: bhyt| bao hiem)? (?:1 minh|mot minh|cho minh|rieng)\b|\b(?:mua|dong)(?: bhyt)? (?:cho )?(?:1 minh|mot minh) (?:minh|toi|em|e)\b/;
// "tôi đi làm có bhyt cty rồi, vợ tôi mua 1 mình 12 tháng bao nhiêu": the writer's work card, and a relative who buys.
const WRITER_AT_WORK =
  /\b(?:toi|minh|em|e|tui|anh|chi) (?:di lam|lam|dang lam)(?: \w+){0,3}? (?:co (?:bhyt|bao hiem|the)(?: \w+){0,2}? (?:cong ty|cty|co quan|nha may)|(?:cong ty|cty|nha may|co quan)\b[^.?!]{0,30}\bco (?:bhyt|bao hiem|the))\b/;
const RELATIVE_BUYS =
  /\b(?:vo|chong|ck|vk|bo|me|con)(?: (?:minh|toi|em|e|tui))?(?: \w+){0,2}? (?:mua|dong|tham gia)\b/;
const EMPLOYEE = "contribution.employee";
const HOUSEHOLD = "contribution.household";

/** A relative's job read as the writer's, or the writer's as a relative's: the one who buys is on the household's card. */
export function relativeAtWorkReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  const relativeWorks = RELATIVE_AT_WORK.test(folded) && WRITER_ALONE.test(folded);
  const writerWorks = WRITER_AT_WORK.test(folded) && RELATIVE_BUYS.test(folded);
  return top.intent === EMPLOYEE && (relativeWorks || writerWorks)
    ? { ...top, intent: HOUSEHOLD }
    : undefined;
}
