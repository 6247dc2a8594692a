import { foldWords } from "../core/fold.ts";

// "làm 2 công ty thì đóng bhyt mấy lần", "I have contracts with two employers": one card, on the highest salary.
const SEVERAL_EMPLOYERS =
  /\b(?:(?:lam|ky|co) (?:\w+ ){0,2}?(?:2|hai|3|ba|nhieu) (?:cong ty|cty|noi|cho|hop dong|hd|hdld|doanh nghiep)|(?:two|2|three|several|multiple) (?:part[- ]time |full[- ]time |different |separate )?(?:employers|companies|jobs|labou?r contracts|contracts)|both (?:employers|companies|jobs)|(?:more than one|second) (?:employer|job|contract))\b/;

/** Whether a message says the writer works under several labour contracts at once. */
export const worksForSeveralEmployers = (text: string): boolean =>
  SEVERAL_EMPLOYERS.test(` ${foldWords(text)} `) && !SEVERAL_PEOPLE.test(` ${foldWords(text)} `);
// "hai vợ chồng làm 2 công ty": two people, each with an employer.
const SEVERAL_PEOPLE = /\b(?:vo chong|hai nguoi|2 nguoi|both of us|we both|my (?:wife|husband))\b/;
