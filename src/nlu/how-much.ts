import { foldWords } from "../core/fold.ts";

// "bao nhiêu", "bn", "mấy tiền", "how much", "what's the household insurance for a year": asks what it costs.
const HOW_MUCH =
  /\b(?:bao nhieu|bao nhiu|bn|bnhieu|bnhiu|nhiu tien|het nhiu|may tien|bao tien|het nhieu|nhieu tien|how much|what (?:do|does|would|will|must|should) (?:i|we|they|he|she|(?:the|my|our) (?:company|employer|business)) (?:need to |have to )?pay|what (?:do|does|would|will) (?:it|\w+ months?|a year|a card|the card) cost|what (?:s|is) the (?:\w+ ){0,3}(?:cost|price|fee|bill|total|premium|insurance|contribution) (?:for|per) (?:a|one|the|\d+|six|three|twelve) (?:year|months?)|what (?:s|is) the (?:cost|price|total|bill)(?: of)?|(?:the |a )?(?:\d{1,2}[- ]months? |yearly |annual |monthly )?(?:price|cost) (?:for|of) (?:my|his|her|him|them|one|1|a|the) \w+)\b/;

// "1 năm nhiêu", "mỗi tháng nhiu": "how many" cut short at the end, after what is paid for.
const CUT_SHORT =
  /\b(?:thang|nam|nguoi|the|dong|mua|het|ton|mat|gia) (?:nhieu|nhiu)(?: (?:vay|the|a|z|v|ha|ad|ak))?$/;

/** Whether a message asks how much something costs, in any register. */
export function asksHowMuch(text: string): boolean {
  const folded = foldWords(text);
  return HOW_MUCH.test(` ${folded} `) || CUT_SHORT.test(folded.trim());
}

// "mỗi tháng nhiêu", "bn 1 tháng", "per month": the monthly figure.
const PER_MONTH = /\b(?:moi thang|hang thang|1 thang|mot thang|per month|a month|monthly|each month)\b/;

/** Whether a message asks for a monthly figure. */
export function asksPerMonth(text: string): boolean {
  return PER_MONTH.test(` ${foldWords(text)} `);
}

// "ở đâu", "chỗ nào", "where": asks where.
const WHERE = /\b(?:o dau|cho nao|noi nao|where|(?:den|toi|di|ra) dau(?! tien))\b/;

/** Whether a message asks where (to go, to pay, to register). */
export function asksWhere(text: string): boolean {
  return WHERE.test(` ${foldWords(text)} `);
}
