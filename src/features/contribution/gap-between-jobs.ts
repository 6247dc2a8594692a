import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { fullMonthToday, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

// "nghỉ cty cũ ngày 20/11, 1/1 mới vào cty mới", "I stopped working on 30 November and start a new job in February":
// a job left…
const LEFT =
  /\b(?:nghi (?:cty|cong ty|viec|lam)|thoi viec|stopped working|left (?:my|the) (?:job|company)|quit (?:my|the) job|my (?:last )?job ended)\b/;
// …and the next one's start said…
const NEXT_JOB =
  /\b(?:vao|sang|qua|di lam) (?:cty|cong ty) moi|di lam lai|(?:di|vao) lam (?:o )?(?:cho|noi) moi|(?:start|starting|begin|beginning|join|joining)(?: at)? a new (?:job|company|employer)|new (?:job|employer|company) (?:starts|from|on|in)\b/;
// …with the gap between asked about.
const GAP_ASKED =
  /\b(?:can|phai|nen) (?:mua|dong)|(?:khoang|thoi gian) (?:giua|o giua|nghi)|cho 30 ngay|phai cho|(?:need|have|should) (?:i )?(?:to )?buy|in between|meantime|wait 30 days|waiting period|gap\b/;
const GAP_WORDS = 60;
const SHORTEST = 3;

/**
 * Between two jobs: the new employer's card works from the day it pays (the 30-day wait is a household card's);
 * the weeks between are uncovered unless a household card is bought for them, from 3 months, at once usable within
 * 90 days of the old card. Undefined for other messages.
 */
export function answerGapBetweenJobs(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > GAP_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!LEFT.test(folded) || !NEXT_JOB.test(folded) || !GAP_ASKED.test(folded)) return undefined;
  const full = fullMonthToday(turn);
  return {
    replies: [
      choices(
        [t("common:gap_between_jobs", { three: vnd(full * SHORTEST) })],
        [intentChoice("card.job_transition"), intentChoice("contribution.refund")],
      ),
    ],
    session: { lastIntent: "card.job_transition", misses: 0 },
  };
}
