import { t, text } from "../../core/reply.ts";
import { answerIntent } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksWhere } from "../typed-lexicon.ts";

/** Where a group pays: pupils and students through their school, everyone else at the household's places. */
export function wherePays(turn: Turn, group: string | undefined) {
  return group === "student" ? text(t("common:calc.where.student")) : answerIntent(turn, "enroll.where");
}

/** A sum, then where that group pays when the message asks where too. */
export function withWherePays(turn: Turn, sum: Outcome, group: string | undefined): Outcome {
  if (!asksWhere(turn.text)) return sum;
  return { ...sum, replies: [...sum.replies, wherePays(turn, group)] };
}
