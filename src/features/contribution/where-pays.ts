import { t, text } from "../../core/reply.ts";
import { answerIntent } from "../answer-intent.ts";
import type { Turn } from "../handler.ts";

/** Where a group pays: pupils and students through their school, everyone else at the household's places. */
export function wherePays(turn: Turn, group: string | undefined) {
  return group === "student" ? text(t("common:calc.where.student")) : answerIntent(turn, "enroll.where");
}
