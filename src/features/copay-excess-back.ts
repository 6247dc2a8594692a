import { foldWords } from "../core/fold.ts";
import type { Outcome, Turn } from "./handler.ts";
import { answerStatedCase, type StatedCase } from "./stated-cases.ts";

// "How does he get the money back once he is over the cap?", "vượt mức rồi thì lấy lại tiền thế nào": money back…
const MONEY_BACK =
  /\b(?:(?:get|getting|gets) (?:the |my |his |her |our |that )?money back|paid back|pay (?:it |me |him |her )?back|refund\w*|reimburs\w*|lay lai tien|hoan (?:lai )?(?:tien|tra)|(?:duoc|dc) tra lai|nhan lai tien|thanh toan lai|doi lai tien)\b/;

/**
 * …after the five-year co-payment cap: nothing to claim as a rule (the records track it and the hospital stops
 * charging); what was paid over it is paid back by the local social insurance office on the receipts.
 */
const COPAY_EXCESS_BACK: StatedCase = {
  maxWords: 30,
  needs: [MONEY_BACK],
  key: "copay_excess_back",
  next: ["benefit.direct_reimbursement", "contact.hotline"],
  topic: "benefit.five_year_continuous",
  uses: ["copay_cap"],
};

const FIVE_YEARS = "benefit.five_year_continuous";
// "…once he is over the cap" after a bill worked out against the cap (the topic then is the bill's).
const CAP_NAMED = /\b(?:cap|ceiling|limit|tran|nguong|muc tran|vuot muc|5 nam|nam nam|five years?)\b/;

/** Money back asked after the five-year cap, or after a bill worked out against it with the cap named. */
export function answerCopayExcessBack(turn: Turn): Outcome | undefined {
  const topic = turn.session.lastIntent;
  const afterCap =
    topic === FIVE_YEARS || (topic === "benefit.levels" && CAP_NAMED.test(` ${foldWords(turn.text)} `));
  return afterCap ? answerStatedCase(turn, COPAY_EXCESS_BACK) : undefined;
}
