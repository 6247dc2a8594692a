import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { insuredSalaryOf } from "../../nlu/slots/salary.ts";
import type { Outcome, Turn } from "../handler.ts";
import { answerStatedCase, type StatedCase } from "../stated-cases.ts";
import { continueCalc } from "./calc-flow.ts";

// "tôi là giáo viên hợp đồng 1 năm…", "I have a 2-month contract": someone working under a labour contract…
const UNDER_CONTRACT = /\b(?:hop dong|hd|hdld|contract)\b/;
// …whose employer does not insure them or tells them to buy a card themselves.
const EMPLOYER_SAYS_BUY_OWN =
  /\b(?:truong|cong ty|cty|co quan|chu|xuong|cua hang|employer|company|school|boss|they)\b(?: \w+){0,3} (?:khong|ko|k|chua|doesn t|does not|won t|will not|isn t|is not) (?:dong|mua|pay|insure|paying)\b|\b(?:bao|bat|yeu cau|kêu|keu|told|tells|asked|asks|says|said)(?: \w+){0,2} (?:tu )?(?:mua|dong|buy|pay for)\b(?: \w+){0,3} (?:ho gia dinh|hgd|household|myself|my own|tu mua)|\b(?:employer|company|boss|school)\b (?:\w+ ){0,2}(?:says|said|told me|tells me|asked me|asks me|wants me)[^.?!]{0,40}\b(?:buy|get|pay for) (?:\w+ ){0,3}(?:household|myself|my own)\b/;
const REFUSES_WORDS = 45;

/** An employer who does not insure a worker under contract, or tells them to buy a household card: not allowed. */
export const EMPLOYER_REFUSES: StatedCase = {
  maxWords: REFUSES_WORDS,
  needs: [UNDER_CONTRACT, EMPLOYER_SAYS_BUY_OWN],
  key: "employer_refuses",
  next: ["contribution.employee", "contact.hotline"],
  topic: "contribution.employee",
};

// "làm giúp việc nhà, chủ nhà không ký hợp đồng", "I clean houses with no contract": work with no labour contract…
const NO_CONTRACT =
  /\b(?:khong|ko|k|chua|chang) (?:co |ky |lam |duoc ky )?(?:hop dong|hd|hdld)\b|\b(?:no|without a|without any|don t have a|do not have a|never signed a) (?:labour |labor |written |work )?contract\b|\b(?:giup viec|osin|lam thue|lam thoi vu|lam cong nhat|phu ho|domestic (?:worker|helper)|housemaid|maid|day labou?rer)\b/;
// …and whether or how such a worker gets a card.
const CARD_ASKED =
  /\b(?:co (?:duoc|dc) (?:bhyt|bao hiem|the)|(?:tham gia|mua|dong) (?:bhyt|bao hiem)?\s?(?:kieu gi|the nao|nhu nao|ra sao)|hay (?:phai )?tu mua|(?:can|do) i (?:get|buy|need)|how (?:do|can) i (?:get|join|buy)|am i (?:covered|insured)|(?:does|will|must) (?:my )?(?:employer|boss) (?:pay|insure))\b/;

// (A price or a place asked has answers of its own, with the same advice.)
const NO_PRICE_OR_PLACE = /^(?!.*\b(?:bao nhieu|bn|how much|o dau|where|ve que|mua ngoai)\b)/;

/** A worker with no labour contract: no employer's card; they join as a household (Law 51 Art. 12). */
export const NO_CONTRACT_WORKER: StatedCase = {
  maxWords: REFUSES_WORDS,
  needs: [NO_CONTRACT, CARD_ASKED, NO_PRICE_OR_PLACE],
  key: "no_contract_worker",
  next: ["contribution.household", "enroll.where", "enroll.temporary_residence"],
  topic: "contribution.household",
  uses: ["full_year"],
};

/**
 * The employer who does not insure a worker, and with a salary said ("a 1-year contract at 9 million"), what each
 * side owes on it. Undefined when the case is not stated.
 */
export function answerEmployerRefuses(turn: Turn): Outcome | undefined {
  const refused = answerStatedCase(turn, EMPLOYER_REFUSES);
  const salary = refused ? insuredSalaryOf(foldForSlots(turn.text)) : undefined;
  if (!refused || salary === undefined) return refused;
  const owed = continueCalc(turn, { group: "employee", salary, months: 12 });
  return { ...owed, replies: [...refused.replies, ...owed.replies] };
}
