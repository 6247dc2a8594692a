import { foldWords } from "../core/fold.ts";
import { choices, t } from "../core/reply.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { day } from "../policy/answer-vars.ts";
import { addDays } from "../reminders/schedule-times.ts";
import { intentChoice } from "./answer-intent.ts";
import { WAIT_DAYS } from "./card-from-payment.ts";
import type { Outcome, Turn } from "./handler.ts";

// "vợ tôi … sắp sinh tháng sau", "my wife is due next month": a birth coming soon…
const BIRTH_SOON =
  /\b(?:sap sinh|sap de|(?:sinh|de) (?:vao )?(?:thang|tuan) (?:sau|toi)|(?:thang|tuan) (?:sau|toi) (?:la |thi |se |moi )?(?:sinh|de)|du sinh|bau (?:thang )?(?:[6-9]|sau|bay|tam|chin)(?: thang)?|mang thai (?:thang )?(?:[6-9]|sau|bay|tam|chin)|(?:is |s )?due (?:next month|in|soon|on)|(?:giving|give) birth (?:next month|soon|in)|pregnant)\b/;
// …by someone without a card yet…
const NO_CARD_YET =
  /\b(?:chua (?:co|mua|tham gia)|khong co|ko co|k co|chua tung co)(?: \w+){0,2}? (?:bhyt|bao hiem|the)\b|\b(?:no|not|without|doesn t have|does not have|hasn t got|never had)(?: \w+){0,2}? (?:health )?(?:insurance|card)\b|\b(?:uninsured|not insured)\b/;
// …bought now.
const BUYS_NOW = /\b(?:mua|dong|tham gia|buy|buying|get|getting|pay|join|sign (?:her |him )?up)\b/;
const BIRTH_WORDS = 60;
const NEXT = ["contribution.household", "enroll.where", "benefit.maternity"];

/**
 * "Vợ tôi chưa có BHYT, sắp sinh tháng sau, giờ mua thì đi sinh có được trả không?": a first card works 30 days after
 * full payment (Law Art. 16 §3c), so a birth before that day is not paid; the baby's own card is free.
 */
export function answerBirthBeforeFirstCard(turn: Turn): Outcome | undefined {
  // (A price asked is the calculator's: "chưa có bhyt, sắp sinh, mua cho vợ bao nhiêu".)
  if (turn.text.trim().split(/\s+/).length > BIRTH_WORDS || asksHowMuch(turn.text)) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (![BIRTH_SOON, NO_CARD_YET, BUYS_NOW].every((pattern) => pattern.test(folded))) return undefined;
  const vars = { paid: day(turn.today), from: day(addDays(turn.today, WAIT_DAYS)) };
  return {
    replies: [choices([t("common:birth_before_first_card", vars)], NEXT.map(intentChoice))],
    session: { lastIntent: "benefit.maternity", misses: 0 },
  };
}
