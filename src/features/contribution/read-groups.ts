// The intents a question about one person's or one group's payment may be read as, which the handler reads again.

/** Intents a household of several groups may be read as (about one person's group). */
export const REGROUPED = new Set([
  "contribution.elderly_social",
  "contribution.child_under6",
  "contribution.student",
  "contribution.other_group",
  "contribution.overview",
]);
// (When it says "nhà nước đóng" but not "trẻ em".)
/** State-paid groups a question about a young child may be read as. */
export const YOUNG_CHILD_MISREAD = new Set([
  "contribution.elderly_social",
  "contribution.other_group",
  "contribution.poor",
  "contribution.overview",
]);
// (The employee's and the pupil's have their own.)
/** Intents a pensioner's question about paying may be read as. */
export const PENSIONER_ASKS = new Set([
  "contribution.elderly_social",
  "contribution.household",
  "contribution.calculator",
  "contribution.overview",
  "contribution.other_group",
  "contribution.overview.compulsory",
]);

// "đi làm phụ quán ko có hđ", "I work without a contract": no employer pays; the worker buys as a household.
const NO_CONTRACT =
  /\b(?:(?:khong|ko|k|chua|chang) (?:co |ky )?(?:hop dong|hd|hdld)|(?:no|without a|without any|not on a|don t have a|do not have a|have no) (?:labou?r |work |employment )?contract)\b/;

/** Whether a message says the person works without a labour contract, so no employer pays for the card. */
export const worksWithoutContract = (folded: string): boolean => NO_CONTRACT.test(folded);
