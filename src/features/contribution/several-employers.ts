import { t, text } from "../../core/reply.ts";
import { worksForSeveralEmployers } from "../../nlu/several-employers.ts";
import type { Outcome, Turn } from "../handler.ts";

/**
 * "làm 2 công ty thì đóng bhyt mấy lần": health insurance is paid once, on the contract with the highest salary
 * (Law on Health Insurance, Art. 13 cl. 2; Decision 595/QĐ-BHXH, Art. 42 cl. 1). Undefined otherwise.
 */
export function answerSeveralEmployers(turn: Turn): Outcome | undefined {
  if (!worksForSeveralEmployers(turn.text)) return undefined;
  return {
    replies: [text(t("common:several_employers"))],
    session: { lastIntent: "contribution.employee", misses: 0 },
  };
}
