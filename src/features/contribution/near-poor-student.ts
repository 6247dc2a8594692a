import { foldWords } from "../../core/fold.ts";
import { choices, t } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { deniedGroupsOf, payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { law, pct, vnd } from "../../policy/answer-vars.ts";
import { percentOf } from "../../policy/money.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { fullMonthToday, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, draftFromSession } from "./calc-draft.ts";
import { pricedAfter } from "./priced-sums.ts";

const STUDENT = "contribution.student";
const NEAR_POOR = "contribution.near_poor";
const ASKED_AS = new Set([STUDENT, NEAR_POOR, "contribution.household"]);
const STUDIES =
  /\b(?:hoc sinh|hs|sinh vien|sv|lop \d{1,2}|dai hoc|cao dang|dh|cd|len (?:dh|dai hoc|cao dang|cd)|pupils?|students?|university|college|grade \d{1,2})\b/;
const NEAR_POOR_WORDS = /\b(?:can ngheo|near[- ]poor)\b/;
const WHERE_OR_PRICE =
  /\b(?:(?:dong|mua|nop) (?:o|tai|qua)|o dau|cho nao|hay o|bao nhieu|bn|how much|where (?:do|should|can))\b/;

/**
 * "nhà em cận nghèo thì sinh viên được hỗ trợ 70% chứ?": a pupil or student of a near-poor household gets the higher
 * of the two supports (Law 51 Art. 13 §5), still through the school. Undefined unless both are said or carried.
 */
export function answerNearPoorStudent(turn: Turn, intentId: string): Outcome | undefined {
  if (!ASKED_AS.has(intentId)) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  // (A near-poor student's follow-up, "đóng ở trường hay ở xã", is still theirs.)
  const same = onNearPoorStudent(turn) && WHERE_OR_PRICE.test(folded);
  // ("My family is a near-poor household in Long An. Do I pay less?" right after the students' answer: the student.)
  const afterStudent =
    turn.session.lastIntent === STUDENT &&
    turn.text.trim().split(/\s+/).length <= FOLLOW_UP_WORDS &&
    PAYS_ASKED.test(folded);
  if (!(STUDIES.test(folded) || same || afterStudent) || !nearPoorSaid(turn, folded)) return undefined;
  // "I'm the mum, not a pupil!": the pupil named only to deny it; "if we are no longer near-poor": the pupil's own.
  const denied = deniedGroupsOf(foldForSlots(turn.text));
  if (denied.includes("student") || denied.includes("near_poor")) return undefined;
  const at = { date: turn.today };
  const nearPoor = parameterAt(turn.content.policy, "support.near_poor", at);
  const student = parameterAt(turn.content.policy, "support.student", at);
  const higher = nearPoor.value >= student.value ? nearPoor : student;
  const full = fullMonthToday(turn);
  const own = (support: number) => full - percentOf(full, support);
  const vars = {
    higher: pct(higher.value),
    student: pct(student.value),
    own: vnd(own(higher.value)),
    own_year: vnd(own(higher.value) * 12),
    student_own: vnd(own(student.value)),
    basis: law(higher.legalBasis),
  };
  return {
    replies: [
      choices(
        [t("common:calc.note.near_poor_student", vars)],
        [intentChoice("enroll.where"), intentChoice("card.validity")],
      ),
    ],
    // "lên đại học thì sao" later is still the near-poor student's question.
    session: {
      lastIntent: STUDENT,
      misses: 0,
      people: { ...turn.session.people, self: "near_poor" },
      priced: pricedAfter(turn, {
        group: "student",
        members: 1,
        payers: 1,
        month: own(higher.value),
        year: own(higher.value) * 12,
      }),
    },
  };
}

const FOLLOW_UP_WORDS = 20;
const PAYS_ASKED =
  /\b(?:pay|pays|less|cheaper|discount|support|dong|it hon|re hon|giam|ho tro|bao nhieu|bn)\b/;

/** Whether the conversation is on a near-poor pupil's or student's card, just answered. */
export function onNearPoorStudent(turn: Turn): boolean {
  return turn.session.lastIntent === STUDENT && turn.session.people?.self === "near_poor";
}

// Near-poor said in the message, or the household's sum or answer just given was the near-poor's.
function nearPoorSaid(turn: Turn, folded: string): boolean {
  if (NEAR_POOR_WORDS.test(folded) || payerGroupOf(foldForSlots(turn.text)) === "near_poor") return true;
  const flow = turn.session.flow;
  const running = flow?.id === CALC_FLOW ? draftFromSession(flow.data).group : undefined;
  return (
    running === "near_poor" ||
    turn.session.lastIntent === NEAR_POOR ||
    turn.session.people?.self === "near_poor"
  );
}
