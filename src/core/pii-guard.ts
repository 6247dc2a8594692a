// Vietnamese personal numbers: health-insurance card numbers (2 letters + 13 digits), 12-digit personal ID (CCCD),
// phone numbers (0 or +84 then 9 or 10 digits) and 10-digit BHXH codes, in the forms people type them: stuck to a
// word ("sdt0912345678", "CCCD001099012345"), grouped by spaces, dots, dashes or brackets ("(+84) 912 345 678"), in
// full-width digits. Digits are bounded by "not a digit" rather than by a word edge, so letters around them do not
// hide them. Amounts stay readable: below 10 digits only a number after the country code counts.
const SEP = "[\\s.\\-()]{0,3}";
const PATTERNS: RegExp[] = [
  new RegExp(`[A-Za-z]{2}${SEP}\\d(?:${SEP}\\d){12}(?!\\d)`, "g"),
  new RegExp(`(?<!\\d)\\(?\\+?\\(?84\\)?${SEP}\\d(?:${SEP}\\d){8,9}(?!\\d)`, "g"),
  new RegExp(`(?<!\\d)\\d(?:${SEP}\\d){9,}(?!\\d)`, "g"),
];

// Full-width digits, plus and brackets, and the ideographic space, as their ASCII forms (one character for one).
const WIDE = /[\uFF08\uFF09\uFF0B\uFF10-\uFF19\u3000]/g;
const narrow = (text: string) =>
  text.replace(WIDE, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** The mark that replaces a personal number in logs and stored text. */
export const REDACTED = "[redacted]";

/** Replaces personal numbers (ID, BHXH code, card number, phone) with a mark; says whether any was found. */
export function redactPersonalNumbers(text: string): { text: string; found: boolean } {
  let found = false;
  let result = WIDE.test(text) ? narrow(text) : text;
  for (const pattern of PATTERNS) {
    result = result.replace(pattern, () => {
      found = true;
      return REDACTED;
    });
  }
  return { text: result, found };
}
