// Amounts as typed, folded: "10 triệu", "10tr", "10tr5" (10.5 million), "8,5 triệu", "8.500.000đ", "8500000", "500k".
const MILLIONS = /\b(\d{1,3})(?:[.,](\d{1,3}))?\s*(?:trieu|tr|cu|m|million)(\d)?\b/;
const THOUSANDS = /\b(\d{1,6})\s*(?:k|nghin|ngan)\b/;
const GROUPED = /\b(\d{1,3}(?:[.,]\d{3}){1,3})\s*(?:d|dong|vnd)?\b/;
const PLAIN = /\b(\d{5,10})\s*(?:d|dong|vnd)?\b/;

/** A money amount in whole đồng from folded text ("lương 10tr5" → 10,500,000), or undefined. */
export function amountOf(folded: string): number | undefined {
  const millions = MILLIONS.exec(folded);
  if (millions) {
    const fraction = millions[2] ?? millions[3] ?? "";
    return Number(millions[1]) * 1_000_000 + Math.round(Number(`0.${fraction || "0"}`) * 1_000_000);
  }
  const thousands = THOUSANDS.exec(folded);
  if (thousands) return Number(thousands[1]) * 1_000;
  const grouped = GROUPED.exec(folded);
  if (grouped) return Number(grouped[1]!.replace(/[.,]/g, ""));
  const plain = PLAIN.exec(folded);
  return plain ? Number(plain[1]) : undefined;
}
