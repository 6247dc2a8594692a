import { foldWords } from "../core/fold.ts";

// "bao nhiêu", "bn", "mấy tiền", "how much": asks what it costs.
const HOW_MUCH = /\b(?:bao nhieu|bao nhiu|bn|bnhieu|may tien|bao tien|het nhieu|nhieu tien|how much)\b/;

/** Whether a message asks how much something costs, in any register. */
export function asksHowMuch(text: string): boolean {
  return HOW_MUCH.test(` ${foldWords(text)} `);
}
