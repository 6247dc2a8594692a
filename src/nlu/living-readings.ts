import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";
import { agesOf } from "./slots/age.ts";
import { foldForSlots } from "./slots/extract-slots.ts";
import { householdSizeOf } from "./slots/household-size.ts";

const AWAY = "enroll.temporary_residence";
const AWAY_TOPICS = new Set(["benefit.referral", "card.change_facility", "enroll.temporary_residence"]);
const REGISTERED_BACK_HOME =
  /\b(?:chuyen|xuong|len|vao|ra) (?:\w+ ){0,4}?(?:lam|song|o tro|hoc)\b.*\b(?:dang ky kham|dang ky (?:noi )?kcb|noi kham ban dau|the (?:\w+ ){0,3}?dang ky)\b.*\bkham (?:o|tai) (?:\w+ ){0,3}?(?:dc|duoc|duoc khong|dc ko)\b/;
const ELDERLY = "contribution.elderly_social";
const ELDER_NO_PENSION =
  /\b(?:(?:khong|ko|k|chua) (?:co )?(?:luong huu|huu)|no pension|without (?:a |any )?pension|(?:don t|do not|doesn t) (?:get|have|receive) (?:a |any )?pension)\b/;
const OLD_AGE = 60;
const oldAgeSaid = (message: string) => (agesOf(foldForSlots(message)) ?? []).some((age) => age >= OLD_AGE);

/**
 * Readings of where and how people live that words pull elsewhere: one or two older people with their ages and no
 * pension ("My parents (66 and 70) live in HCMC with no pension. Do they need to buy…"), read as unsure or as whether
 * joining is compulsory, are the older people's question; someone who moved away with the card registered back home
 * ("chuyển từ Thái Nguyên xuống Hà Nội làm, thẻ đăng ký khám ở Thái Nguyên, giờ khám ở HN dc ko") asks about living
 * away. Undefined otherwise.
 */
export function livingReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  const folded = ` ${foldWords(message)} `;
  const elderTopic = top.intent === ELDERLY || top.intent === "contribution.overview.compulsory";
  const fewPeople = (householdSizeOf(foldForSlots(message)) ?? 1) <= 2;
  if (elderTopic && fewPeople && ELDER_NO_PENSION.test(folded) && oldAgeSaid(message))
    return { ...top, intent: ELDERLY };
  if (AWAY_TOPICS.has(top.intent) && REGISTERED_BACK_HOME.test(folded)) return { ...top, intent: AWAY };
  return undefined;
}
