import { COUNT, countValue, UNIT_GAP } from "./numbers.ts";

// "3 người còn lại", "còn lại 2 người", "the other three": who is left to pay, said outright.
const REMAINING = new RegExp(
  `\\b${COUNT}${UNIT_GAP}(?:nguoi|ng)\\s*con lai\\b|\\bcon lai\\s*(?:la\\s*)?${COUNT}${UNIT_GAP}(?:nguoi|ng)\\b|\\bthe (?:other|remaining) ${COUNT}\\b`,
);

/** "3 người còn lại" with the household's size: how many of them are covered elsewhere. */
export function coveredByRemainder(folded: string, size: number | undefined): number | undefined {
  const match = REMAINING.exec(folded);
  if (!match || size === undefined) return undefined;
  const left = countValue((match[1] ?? match[2] ?? match[3])!);
  return left !== undefined && left < size ? size - left : undefined;
}
