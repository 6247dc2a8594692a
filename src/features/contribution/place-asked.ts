import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { saysPensioner } from "../../nlu/slots/insured-members.ts";
import { vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { Outcome, Turn } from "../handler.ts";
import { CALC_FLOW, draftFromSession, HOUSEHOLD_GROUPS } from "./calc-draft.ts";

// "is she person 1 or 2", "vợ tôi có được tính là người thứ 2 không", "who is the first person?": a member's place.
const PLACE_ASKED =
  /\b(?:person (?:1|2|one|two) or (?:1|2|one|two)|(?:first|1st) or (?:second|2nd)|is (?:she|he|my wife|my husband) (?:the )?(?:person|first|second|1st|2nd)|(?:tinh|la|lam) (?:la )?nguoi thu (?:nhat|hai|1|2)|nguoi thu (?:nhat|1) hay (?:nguoi )?thu (?:hai|2)|ai (?:la|dung ten|dung) (?:nguoi )?thu nhat|(?:dong|la|tinh|dung) (?:la )?nguoi thu may|thu tu(?: \w+){0,6} co quan trong|(?:dung|xep) (?:thu|hang) (?:3|ba|hai|2|tu|4) (?:duoc|dc))\b/;
const PLACE_WORDS = 30;

/**
 * "what about my wife? is she person 1 or 2": beside a pensioner (insured by social insurance) she is the household's
 * first; in a household sum of several, anyone may be listed first, the total the same. Undefined otherwise.
 */
export function answerPlaceAsked(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  if (turn.text.trim().split(/\s+/).length > PLACE_WORDS || !PLACE_ASKED.test(folded)) return undefined;
  // (The sum may have been left for a side question: "ba có lương hưu thì khỏi mua đúng ko".)
  const { flow: current, suspended, lastSum } = turn.session;
  const flow = [current, suspended, lastSum].find((f) => f?.id === CALC_FLOW);
  const draft = flow ? draftFromSession(flow.data) : undefined;
  const payers = (draft?.members ?? 0) - (draft?.insuredElsewhere ?? 0);
  const several = draft && HOUSEHOLD_GROUPS.has(draft.group ?? "") && payers >= 2;
  const beside = saysPensioner(foldForSlots(turn.text)) || /\b(?:co |huong )?luong huu\b/.test(folded);
  if (!several && !beside) return undefined;
  const sum = calculateContribution(turn.content.policy, {
    group: "household",
    date: turn.today,
    months: 12,
    members: several ? payers : 1,
  });
  const [first, second] = sum.members;
  const vars = {
    first_month: vnd(first!.month),
    first_year: vnd(first!.period),
    second_month: vnd(second?.month ?? 0),
    second_year: vnd(second?.period ?? 0),
    total: vnd(sum.total.period),
    count: payers,
  };
  return {
    replies: [text(t(`common:place_in_household.${several ? "either" : "first"}`, vars))],
    session: { flow: turn.session.flow, lastIntent: "contribution.household", misses: 0 },
  };
}
