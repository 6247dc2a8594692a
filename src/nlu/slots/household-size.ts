import { COUNT, countValue } from "./numbers.ts";

const PEOPLE = "(?:nguoi|ng|thanh vien|tv|nhan khau|khau|people|persons|members|person)";
// "nhà 4 người", "gia đình mình 5 thành viên", "4 người", "family of four", "household of 3".
const TOTAL = [
  new RegExp(`\\b${COUNT}\\s*${PEOPLE}\\b`, "g"),
  new RegExp(`\\b(?:family|household) of ${COUNT}\\b`, "g"),
];
// Members named in pairs or with a count: "2 vợ chồng và 2 con", "bố mẹ và 3 đứa con".
const PAIRS = /\b(?:2 |hai )?(?:vo chong|bo me|ba me|cha me|ong ba|my wife and i|my husband and i)\b/g;
const CHILDREN = new RegExp(`\\b${COUNT}\\s*(?:dua con|dua nho|chau|con|be|kids|children|child)\\b`, "g");
const LARGEST_HOUSEHOLD = 30;

/** How many people the message says the household has, from folded text. */
export function householdSizeOf(folded: string): number | undefined {
  for (const pattern of TOTAL) {
    for (const match of folded.matchAll(pattern)) {
      const n = countValue(match[1]!);
      if (n && n <= LARGEST_HOUSEHOLD) return n;
    }
  }
  const pairs = [...folded.matchAll(PAIRS)].length;
  const children = [...folded.matchAll(CHILDREN)].reduce((sum, m) => sum + (countValue(m[1]!) ?? 0), 0);
  if (pairs === 0 || pairs * 2 + children > LARGEST_HOUSEHOLD) return undefined;
  return pairs * 2 + children;
}

// "2 người đã có thẻ", "1 đứa có bhyt ở trường rồi", "2 of them already have insurance".
const ALREADY_INSURED = new RegExp(
  `\\b${COUNT}\\s*(?:nguoi|ng|dua|chau|be|of them|people|members)?\\s*(?:da |cung )?(?:co|has|have|already have)\\s*(?:the|bhyt|bao hiem|insurance|a card|cards)\\b`,
);

/** How many household members the message says are already insured elsewhere, from folded text. */
export function insuredElsewhereOf(folded: string): number | undefined {
  const match = ALREADY_INSURED.exec(folded);
  return match ? countValue(match[1]!) : undefined;
}
