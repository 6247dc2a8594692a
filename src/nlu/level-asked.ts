import { foldWords } from "../core/fold.ts";

// "đi khám thì được hưởng bao nhiêu", "mức hưởng", "what level": the card's level asked beside its price.
const LEVEL_ASKED =
  /\b(?:duoc huong bao nhieu|huong bao nhieu|muc huong|huong may|bao nhieu phan tram|may phan tram|(?:bn|bnhieu) phan tram|benefit level|what percent\w*|how many percent|what level|how much (?:does|will|would) (?:it|the card|insurance|health insurance|bhyt) (?:cover|pay)|what (?:does|will) (?:it|the card|insurance) cover)\b/;

/** Whether a message asks the card's level ("được hưởng bao nhiêu %", "what percent does it cover"). */
export function asksLevel(text: string): boolean {
  return LEVEL_ASKED.test(` ${foldWords(text.replaceAll("%", " phan tram "))} `);
}
