import { encodeAction } from "../core/actions.ts";
import { foldWords } from "../core/fold.ts";
import { choices, type Reply, t, text } from "../core/reply.ts";
import type { Session } from "../core/session.ts";
import {
  CALC_FLOW,
  type CalcField,
  draftFromSession,
  readFieldAnswer,
} from "../features/contribution/calc-draft.ts";
import { figuresIn } from "../features/contribution/calc-figures.ts";
import { askCalcQuestion } from "../features/contribution/calc-flow.ts";
import { asksFamilyTotal } from "../features/contribution/family-total.ts";
import type { Outcome, Turn } from "../features/handler.ts";
import { PLACE_FLOW } from "../features/places/where-to-enroll.ts";
import { REMIND_FLOW } from "../features/reminders/remind-flow.ts";
import { asksHowMuch } from "../nlu/how-much.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { monthsOf } from "../nlu/slots/months.ts";

type Flow = NonNullable<Session["flow"]>;

// A side question keeps the interrupted question for this many more messages.
const KEPT_FOR_TURNS = 3;
// A finished sum is gone back to after a few side questions ("…có lấy lại được không", then "vậy mua 3 tháng thôi").
const SUM_KEPT_FOR_TURNS = 5;
// "tiếp tục", "tiep tuc tinh", "continue", "quay lại": back to the interrupted question.
const RESUME =
  /^(?:tiep tuc|tiep|quay lai|continue|resume|go on|back)(?: (?:tinh|di|nhe|nha|a|ạ|voi|please))*$/;

/** The question each guided flow asks again when the user comes back to it. */
const REASK: Record<string, (turn: Turn, flow: Flow) => Outcome> = {
  [CALC_FLOW]: (turn, flow) =>
    askCalcQuestion(turn, draftFromSession(flow.data), flow.awaiting as CalcField, []),
  [REMIND_FLOW]: (_turn, flow) => ({ replies: [text(t("common:reminders.ask_expiry"))], session: { flow } }),
  [PLACE_FLOW]: (_turn, flow) => ({ replies: [text(t("common:places.ask"))], session: { flow } }),
};

/**
 * After a side question: the answer to it, with the interrupted question kept aside and a "Tiếp tục" button.
 * A side answer that starts the same flow again replaces the old one; one that asks a question of its own
 * ("which commune?") keeps the old one aside with the same words but no button, which would compete with it.
 */
export function keepInterrupted(flow: Flow, side: Outcome): Outcome {
  if (!Object.hasOwn(REASK, flow.id) || !flow.awaiting || side.session?.flow?.id === flow.id) {
    return { ...side, session: { flow: undefined, ...side.session } };
  }
  const suspended = { ...flow, turns: KEPT_FOR_TURNS };
  if (side.session?.flow?.awaiting)
    return {
      ...side,
      replies: [...side.replies, text(t("common:resume.prompt"))],
      session: { ...side.session, suspended },
    };
  const offer: Reply = choices(
    [t("common:resume.prompt")],
    [{ label: t(`common:resume.${flow.id}`), action: encodeAction({ type: "resume" }) }],
  );
  return {
    ...side,
    replies: [...side.replies, offer],
    session: { flow: undefined, ...side.session, suspended },
  };
}

/** The interrupted question asked again ("tiếp tục" typed, or the button); undefined when there is none. */
export function resumeInterrupted(turn: Turn): Outcome | undefined {
  const suspended = turn.session.suspended;
  if (!suspended || !Object.hasOwn(REASK, suspended.id)) return undefined;
  const { turns: _turns, ...flow } = suspended;
  const asked = REASK[suspended.id]!(turn, flow);
  return { ...asked, session: { ...asked.session, suspended: undefined } };
}

/**
 * True when a message may be the answer to the interrupted question: for the calculator only a valid answer
 * ("12 tháng") or another short figure of the sum, so "cảm ơn" is not taken for a wrong one; other flows' readers
 * return nothing for non-answers.
 */
export function answersQuestion(turn: Turn, flow: Flow, message: string): boolean {
  if (flow.id !== CALC_FLOW) return true;
  const answer = readFieldAnswer(flow.awaiting as CalcField, message, turn.content, turn.today);
  if (answer !== undefined && "ok" in answer) return true;
  // "12 tháng" while the group was asked: another figure of the same sum, kept with it.
  const figures = figuresIn(turn, message, FIGURE_REPLY_WORDS);
  return figures?.fields.every((field) => field !== "group") ?? false;
}

const FIGURE_REPLY_WORDS = 4;

/** True when the text asks to go back to the interrupted question. */
export function asksToResume(message: string): boolean {
  return RESUME.test(foldWords(message));
}

/** The session change for a message that neither answered nor resumed the interrupted question: one turn less. */
export function ageInterrupted(turn: Turn, outcome: Outcome): Outcome {
  const aged = withLastSum(turn, outcome);
  const suspended = turn.session.suspended;
  if (!suspended || aged.session?.suspended !== undefined) return aged;
  const left = suspended.turns - 1;
  const kept = left > 0 && !aged.session?.flow ? { ...suspended, turns: left } : undefined;
  return { ...aged, session: { ...aged.session, suspended: kept } };
}

/**
 * A finished sum the turn moved away from is kept aside for a few messages (a new sum replaces it); one kept aside
 * already counts down.
 */
function withLastSum(turn: Turn, outcome: Outcome): Outcome {
  const { flow, lastSum } = turn.session;
  // (…left for no flow, or for another one: a reminder offered after the sum.)
  const left = outcome.session && "flow" in outcome.session && outcome.session.flow?.id !== CALC_FLOW;
  const finished = flow?.id === CALC_FLOW && !flow.awaiting ? flow : undefined;
  const next = outcome.session?.flow;
  const kept =
    next?.id === CALC_FLOW
      ? undefined
      : finished && left
        ? { ...finished, turns: SUM_KEPT_FOR_TURNS }
        : lastSum && lastSum.turns > 1
          ? { ...lastSum, turns: lastSum.turns - 1 }
          : undefined;
  if (!kept && !lastSum) return outcome;
  return { ...outcome, session: { ...outcome.session, lastSum: kept } };
}

// "vậy e mua 3 tháng thôi cho chắc, 3 tháng bn": another period of the sum, asked in a few words.
const PERIOD_WORDS = 14;
function otherPeriodAsked(text: string): boolean {
  const folded = foldForSlots(text);
  return (
    text.trim().split(/\s+/).length <= PERIOD_WORDS && monthsOf(folded) !== undefined && asksHowMuch(text)
  );
}

/**
 * "tổng bao nhiêu", "vậy tổng cả nhà vẫn là 4 triệu 508 hả" after a side question: the sum kept aside, put back as
 * the flow, answers it. Undefined when there is none or the message asks no total.
 */
export function totalOfLastSum(
  turn: Turn,
  followUp: (turn: Turn) => Outcome | undefined,
): Outcome | undefined {
  const { flow, lastSum } = turn.session;
  if (flow || !lastSum || !(asksFamilyTotal(turn.text) || otherPeriodAsked(turn.text))) return undefined;
  const { turns: _turns, ...restored } = lastSum;
  return followUp({ ...turn, session: { ...turn.session, flow: restored } });
}
