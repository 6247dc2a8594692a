import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { fullMonthToday, intentChoice } from "../answer-intent.ts";
import { WAIT_ASKED } from "../card-validity-cases.ts";
import type { Outcome, Turn } from "../handler.ts";
import { renewalAfterGap } from "../renewal-gap.ts";
import { answerMemberJoins } from "./member-joins.ts";
import { courseEnd, LAST_YEAR } from "./student-card.ts";

// "e moi ra truong chua co viec", "vừa tốt nghiệp tháng 6", "I just graduated": the course is over already (a final-year
// student asking about afterwards is the student card's own case, student-card.ts).
const GRADUATED =
  /\b(?:(?:moi|vua|da) (?:ra truong|tot nghiep)|ra truong (?:roi|duoc)|ra truong (?:(?:dai hoc|cao dang|trung cap|dh|cd) )?(?:thang \d{1,2}|nam (?:nay|ngoai|roi|qua)|hoi thang \d{1,2})|hoc xong (?:dai hoc|cao dang|trung cap|dh|cd)|tot nghiep (?:roi|xong)|tot nghiep (?:(?:dai hoc|cao dang|trung cap|dh|cd) )?(?:thang \d{1,2}|nam (?:nay|ngoai|roi|qua))|(?:just|recently|have|ve|already) graduated|graduated (?:last|in|this|from)|finished (?:university|college|my degree|my studies))\b/;
// …and asks what to buy, where, how much, or says the student card is over.
const ASKS_CARD =
  /\b(?:mua|dong|o dau|bao nhieu|bn|het han|buy|pay|where|how much|expired?|ran out|run out|bhyt|insurance)\b/;
const GRADUATED_WORDS = 50;

/**
 * "em mới ra trường chưa có việc, thẻ sv hết hạn, giờ mua ở đâu, bao nhiêu": after the course the school no longer
 * sells the card; the graduate joins as a household (alone at the full amount, or with the family for less), and
 * the card follows on if paid within 90 days of the student card's end (Law 51/2024 Art. 16 cl. 3).
 */
export function answerGraduated(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > GRADUATED_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!GRADUATED.test(folded) || !ASKS_CARD.test(folded)) return undefined;
  const full = fullMonthToday(turn);
  // ("my student card ended on 30 June 2026 … if I buy now, is there a wait": the gap since that day, worked out.)
  const gap = WAIT_ASKED.test(folded) ? renewalAfterGap(turn, "card.validity") : undefined;
  if (gap) return gap;
  return {
    replies: [
      choices(
        [t("common:student_card.graduated", { month: vnd(full), year: vnd(full * 12) })],
        [
          intentChoice("enroll.where"),
          intentChoice("enroll.online_payment"),
          intentChoice("contribution.household"),
        ],
      ),
    ],
    session: { lastIntent: "contribution.household", misses: 0 },
  };
}

/**
 * "năm cuối, tháng 6/2027 ra trường…, ra trường mua chung với bố mẹ (bố mẹ đã đóng 2 người) thì em đóng bao nhiêu, có
 * phải chờ 30 ngày không": the student card's last day, the graduate's place on the parents' card, and no wait when
 * paid within 90 days of that card's end. Undefined unless a final-year student joining the family's card is asked.
 */
export function answerGraduateJoins(turn: Turn): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  if (!LAST_YEAR.test(folded)) return undefined;
  const joins = answerMemberJoins(turn);
  if (!joins) return undefined;
  const [first, ...rest] = joins.replies;
  if (!first) return undefined;
  return {
    ...joins,
    replies: [
      {
        ...first,
        parts: [...courseEnd(turn, folded), ...first.parts, t("common:student_card.graduate_no_wait")],
      },
      ...rest,
    ],
  };
}
