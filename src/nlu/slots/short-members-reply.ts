import { LARGEST_HOUSEHOLD } from "../../policy/contribution/contribution-types.ts";
import { COUNT, countValue, UNIT_GAP } from "./numbers.ts";

const ALONE =
  /\b(?:minh toi|minh minh|minh em|mot minh|1 minh|chi minh (?:toi|em|minh)|moi minh (?:toi|em)|just me|only me|myself)\b/;
const ANY_COUNT = new RegExp(`\\b${COUNT}\\b`, "g");
const SHORT_REPLY_WORDS = 5;
// "đóng 12 tháng", "2 năm", "7 triệu", "72 tuổi": a count with a unit of its own is not a number of people.
// "năm 2024 thì sao": a year ("năm" is also five), not five people.
const A_YEAR = /\b(?:nam|year|in) (?:19|20)\d\d\b/;
const OTHER_UNIT = new RegExp(
  `\\b${COUNT}${UNIT_GAP}(?:thang|nam|trieu|tr|cu|k|nghin|ngan|tuoi|ngay|lan|quy|months?|years?|days?)\\b`,
);

/**
 * A brief answer to "how many people?" ("nhà có 5", "5 đứa", "4 mạng", "có 3", "mình tôi"): its only count, when the
 * message is at most five words. Read only while that question waits, so "5" elsewhere is never taken for people.
 */
export function shortMembersReplyOf(folded: string): number | undefined {
  if (folded.split(/\s+/).filter(Boolean).length > SHORT_REPLY_WORDS) return undefined;
  if (ALONE.test(folded)) return 1;
  if (OTHER_UNIT.test(folded) || A_YEAR.test(folded)) return undefined;
  const counts = [...folded.matchAll(ANY_COUNT)].map((m) => countValue(m[1]!));
  const [only] = counts;
  return counts.length === 1 && only && only <= LARGEST_HOUSEHOLD ? only : undefined;
}
