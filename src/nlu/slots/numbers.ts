// Number words as typed, folded (no diacritics). "ba" (three / dad) and "nam" (five / year / south) are only
// trusted next to a unit word, which is why every caller matches a number together with its unit.
const WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  "muoi mot": 11,
  "muoi hai": 12,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

// "ai đứng tên người thứ nhất", "ghi tên người nhà": "tên" (a name) folds to "ten", which is no count there.
const NAME_BEFORE = "(?<!\\b(?:dung|ghi|doi|co|sai|ho|trung|theo|ky|nhap|viet|dat|mang|chu) )";

/**
 * A regex source matching a count written in digits or words ("4", "bốn" folded to "bon", "four"); a grade's number
 * ("học lớp 8 con nhỏ 4 tuổi") is none.
 */
export const COUNT = `((?<!\\b(?:lop|grade|khoi) )\\d{1,2}|muoi hai|muoi mot|${Object.keys(WORDS)
  .filter((w) => !w.includes(" "))
  .map((w) => (w === "ten" ? `${NAME_BEFORE}ten` : w))
  .join("|")})`;

/**
 * The gap between a count and its unit: none only after digits ("4ng", "3th"); a count in words needs a space, so
 * "bằng" (folded "bang") is not "ba ng" (three people).
 */
export const UNIT_GAP = "(?:(?<=\\d)\\s*|\\s+)";

/** The value of a count matched by COUNT. */
export function countValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return WORDS[word];
}

/** Days in a unit of time said with a count ("2 tuần", "3 months"), months counted as 30 days. */
export const DAYS_IN: Readonly<Record<string, number>> = {
  ngay: 1,
  day: 1,
  tuan: 7,
  week: 7,
  thang: 30,
  month: 30,
};

/** A count in digits or words, "a"/"an" included ("a week"). */
export const countOf = (word: string): number | undefined =>
  word === "a" || word === "an" ? 1 : countValue(word);
