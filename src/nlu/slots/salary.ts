import { COUNT, countValue } from "./numbers.ts";

// Amounts as typed, folded: "10 triệu", "10tr", "10tr5" and "10 triệu 5" (10.5 million), "7 triệu rưỡi", "bảy
// triệu", "8,5 triệu", "8.500.000đ", "8500000", "500k", "7.500k". The part after "triệu" is read as the decimals of
// the millions ("7 triệu 500" = 7.5 million) unless a unit of its own follows it ("7 triệu 3 tháng").
// (Three digits too: "a contract salary of 100 million".)
const MILLIONS = new RegExp(
  `\\b(\\d{3}|${COUNT.slice(1)}(?:[.,](\\d{1,3}))?\\s*(?:trieu|tr|cu(?! gia\\b)|m|million)(?![a-z])(?:\\s*(ruoi)\\b|\\s*(\\d{1,3})\\b(?!\\s*(?:(?:nguoi|ng|thang|nam|ngay|lan|months?|people)\\b|%)))?`,
);
const THOUSANDS = /\b(\d{1,3}(?:[.,]\d{3})+|\d{1,6})\s*(?:k|nghin|ngan)\b/;
const GROUPED = /\b(\d{1,3}(?:[.,]\d{3}){1,3})\s*(?:d|dong|vnd)?\b/;
const PLAIN = /\b(\d{5,10})\s*(?:d|dong|vnd)?\b/;

/** A money amount in whole đồng from folded text ("lương 7 triệu rưỡi" → 7,500,000), or undefined. */
export function amountOf(folded: string): number | undefined {
  const millions = MILLIONS.exec(folded);
  if (millions) {
    const whole = countValue(millions[1]!);
    if (whole !== undefined) {
      if (millions[3]) return whole * 1_000_000 + 500_000;
      const fraction = millions[2] ?? millions[4] ?? "";
      return whole * 1_000_000 + Math.round(Number(`0.${fraction || "0"}`) * 1_000_000);
    }
  }
  const thousands = THOUSANDS.exec(folded);
  if (thousands) return Number(thousands[1]!.replace(/[.,]/g, "")) * 1_000;
  const grouped = GROUPED.exec(folded);
  if (grouped) return Number(grouped[1]!.replace(/[.,]/g, ""));
  const plain = PLAIN.exec(folded);
  return plain ? Number(plain[1]) : undefined;
}

// "30 million gross but my contract declares 18 million for social insurance", "lương 30 triệu nhưng đóng bảo hiểm
// theo 18 triệu": the salary contributions are paid on is the one said beside the insurance.
const INSURED_SALARY_CUE =
  /\b(?:declares?|declared|for (?:social )?insurance|insured salary|contribution salary|luong (?:dong|tinh) (?:bao hiem|bh|bhxh|bhyt)|(?:dong|tinh) (?:bao hiem|bh|bhxh|bhyt) (?:theo|tren|voi|o muc)|muc luong dong|hop dong ghi|ghi (?:trong|tren) hop dong)\b/g;
const BEFORE_CUE = 25;
const AFTER_CUE = 40;

// "my contract says 12 million", "hợp đồng ghi lương 12 triệu": the contract's salary, which contributions are owed on.
const CONTRACT_CUE =
  /\b(?:(?:my |the |our )?(?:labou?r )?contract (?:says|states|shows|lists|is for|has|salary is|salary of|gives)|hop dong ghi|ghi (?:trong|tren) hop dong|luong (?:trong|tren|theo) hop dong)\b/;
const INSURANCE_WORD = /\b(?:bao hiem|bh|bhxh|bhyt|insurance|insures?|insured)\b/;

/** The salary in the contract, when a message names it ("my contract says 12 million"). */
function contractSalaryOf(folded: string): { amount: number; rest: string } | undefined {
  const cue = CONTRACT_CUE.exec(folded);
  if (!cue) return undefined;
  const end = cue.index + cue[0].length + AFTER_CUE;
  const amount = amountOf(folded.slice(cue.index, end));
  return amount === undefined ? undefined : { amount, rest: folded.slice(0, cue.index) + folded.slice(end) };
}

/** Whether the insurance is said to be paid on less than the contract's salary ("pays on only 5 million, but my contract says 12"). */
export function insuredBelowContract(folded: string): boolean {
  const contract = contractSalaryOf(folded);
  const other = contract ? amountOf(contract.rest) : undefined;
  return (
    contract !== undefined &&
    other !== undefined &&
    other < contract.amount &&
    INSURANCE_WORD.test(contract.rest)
  );
}

/** The salary contributions are paid on, when a message says it beside other pay; else the first amount. */
export function insuredSalaryOf(folded: string): number | undefined {
  // (Owed on the contract's salary, even when the employer insures less: "…only 5 million, but my contract says 12".)
  const contract = contractSalaryOf(folded);
  if (contract) return contract.amount;
  for (const cue of folded.matchAll(INSURED_SALARY_CUE)) {
    const after = amountOf(folded.slice(cue.index, cue.index + cue[0].length + AFTER_CUE));
    const near = after ?? amountOf(folded.slice(Math.max(0, cue.index - BEFORE_CUE), cue.index));
    if (near !== undefined) return near;
  }
  // "mẹ tôi lương hưu 8 triệu": a pension's amount, no salary (social insurance pays 4.5% of it).
  if (PENSION_AMOUNT.test(folded)) return undefined;
  // "overcharging me 141k a month": an amount of thousands said without "lương" is a charge, not a salary.
  const amount = amountOf(folded);
  return amount !== undefined && (amount >= LEAST_SALARY_UNSAID || SALARY_WORD.test(folded))
    ? amount
    : undefined;
}
const LEAST_SALARY_UNSAID = 1_000_000;
const SALARY_WORD = /\b(?:luong|salary|wage|thu nhap|income|pay is)\b/;
const PENSION_AMOUNT =
  /\b(?:luong huu|tien huu|huu tri)\b(?: \w+){0,2}? \d|\b\d+(?:[.,]\d+)? ?(?:trieu|tr|million|m)\b(?: \w+){0,1}? (?:luong huu|tien huu|pension)\b|\bpension (?:of )?\d/;
