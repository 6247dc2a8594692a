import { foldWords } from "../core/fold.ts";
import { billGiven } from "../nlu/visit-bill.ts";
import { answerIntent } from "./answer-intent.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerReferralShare } from "./referral-share-case.ts";

// "muốn vào Chợ Rẫy TP.HCM khám tim, thẻ đăng ký ở Huế, có được trả không", "a hospital in HCMC, my card is from
// Hue: is that covered?": a hospital away from where the card is registered…
const HOSPITAL = /\b(?:benh vien|bv|hospital|cho ray|bach mai|viet duc)\b/;
const ELSEWHERE =
  /\b(?:tinh khac|thanh pho khac|another (?:province|city)|card is (?:from|registered in)|(?:the )?dang ky (?:o|tai)|registered (?:in|at)|(?:vao|ra|len|xuong|to|in|o|tai)(?: \w+){0,4} (?:tp ?hcm|tphcm|sai gon|ha noi|hanoi|hcmc|ho chi minh(?: city)?)|(?:vao|ra|len|xuong|to|at) (?:bv |benh vien )?(?:cho ray|bach mai|viet duc|k hospital|(?:benh vien|bv) k|(?:benh vien|bv)(?: \w+){0,2} trung uong))\b/;
// …whose share is asked, outside an emergency (which has its own answer).
const COVERED =
  /\b(?:co duoc (?:huong )?(?:bhyt )?(?:tra|thanh toan|huong)|duoc huong bhyt|(?:bhyt|bao hiem) (?:co )?(?:tra|chi tra)|(?:is|are) (?:that|it|this) covered|covered|does (?:the )?insurance pay|will (?:the )?insurance pay)\b/;
const EMERGENCY = /\b(?:cap cuu|emergency|tai nan|accident|dot quy|stroke)\b/;
const ELSEWHERE_WORDS = 60;
const WITH_REFERRAL =
  /\b(?:with (?:a |the |his |her |my )?(?:referral|transfer)|co giay (?:chuyen|gioi thieu)|duoc chuyen (?:vien|len))\b/;

/** A visit planned at a hospital away from the card's registered place: the referral and self-referral rules. */
export function answerHospitalElsewhere(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > ELSEWHERE_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (![HOSPITAL, ELSEWHERE, COVERED].every((pattern) => pattern.test(folded)) || EMERGENCY.test(folded))
    return undefined;
  // (A bill given is worked out by its own answer, and a kind of care at a kind of place by the share it is paid;
  // with a referral, the card's whole level is paid, which the level's answer says.)
  if (billGiven(turn.text) || WITH_REFERRAL.test(folded)) return undefined;
  const share = answerReferralShare(turn);
  if (share) return share;
  return {
    replies: [answerIntent(turn, "benefit.referral")],
    session: { lastIntent: "benefit.referral", misses: 0 },
  };
}
