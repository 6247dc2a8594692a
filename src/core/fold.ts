import { recentlyRead } from "./recently-read.ts";

// Most of what is folded is already plain ASCII (messages typed without marks, tokens already folded).
const PLAIN = /^[ -~\t\n\r]*$/;

// One message is folded by dozens of rules in a turn: the last texts folded are remembered.
const foldMarked = recentlyRead(
  (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase(),
  256,
);

/** Lower-cases, removes Vietnamese diacritics and maps đ→d ("Đóng BHYT" → "dong bhyt"). */
export function foldDiacritics(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : foldMarked(text);
}

/** True when the text carries Vietnamese letters or tone marks. */
export function hasVietnameseMarks(text: string): boolean {
  return /[đĐ]/.test(text) || /[\u0300-\u036f]/.test(text.normalize("NFD"));
}

/** Text compared without diacritics, case or punctuation: words separated by one space ("Có ạ!" → "co a"). */
export const foldWords = recentlyRead(
  (text: string) =>
    foldDiacritics(text)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  256,
);

/** Folded words with a space at each end, so a pattern's `\b…\b` words match at the start and end too. */
export function foldSpaced(text: string): string {
  return ` ${foldWords(text)} `;
}

/** Folded words without the closing words given ("co a" → "co", "bye nhe" → "bye"), removed from the end. */
export function withoutTrailing(words: string, closing: readonly string[]): string {
  for (const word of closing)
    if (words.endsWith(` ${word}`)) return withoutTrailing(words.slice(0, -word.length - 1), closing);
  return words;
}
