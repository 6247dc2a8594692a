// Vietnamese personal numbers: health-insurance card numbers (2 letters + 13 digits), 12-digit personal ID (CCCD),
// phone numbers (0 or +84 then 9 digits) and 10-digit BHXH codes. Digits may be grouped with spaces, dots or dashes.
const PATTERNS: RegExp[] = [
  /\b[A-Za-z]{2}[\s.-]?\d(?:[\s.-]?\d){12}\b/g,
  /(?:\+|\b)84[\s.-]?\d(?:[\s.-]?\d){8}\b/g,
  /\b\d(?:[\s.-]?\d){11}\b/g,
  /\b\d(?:[\s.-]?\d){9}\b/g,
];

/** The mark that replaces a personal number in logs and stored text. */
export const REDACTED = "[redacted]";

/** Replaces personal numbers (ID, BHXH code, card number, phone) with a mark; says whether any was found. */
export function redactPersonalNumbers(text: string): { text: string; found: boolean } {
  let found = false;
  let result = text;
  for (const pattern of PATTERNS) {
    result = result.replace(pattern, () => {
      found = true;
      return REDACTED;
    });
  }
  return { text: result, found };
}
