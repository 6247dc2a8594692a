// Opening hours (and places' names) are typed by each office in Vietnamese ("Thứ Hai–Thứ Bảy, 7:30–17:00"); English readers get the
// days and joining words in English, the times as written.
const WORDS: [RegExp, string][] = [
  [/Thứ Hai|Thứ 2\b/giu, "Mon"],
  [/Thứ Ba|Thứ 3\b/giu, "Tue"],
  [/Thứ Tư|Thứ 4\b/giu, "Wed"],
  [/Thứ Năm|Thứ 5\b/giu, "Thu"],
  [/Thứ Sáu|Thứ 6\b/giu, "Fri"],
  [/Thứ Bảy|Thứ 7\b/giu, "Sat"],
  [/Chủ nhật|CN\b/gu, "Sun"],
  [/giờ mẫu/gu, "sample hours"],
  [/\bsáng\b/gu, "morning"],
  [/\bchiều\b/gu, "afternoon"],
  [/\bnghỉ trưa\b/gu, "lunch break"],
  [/(?<=\s)và(?=\s)/gu, "and"],
];

/** Opening hours as English readers see them. */
export function hoursInEnglish(hours: string): string {
  return WORDS.reduce((text, [pattern, english]) => text.replace(pattern, english), hours.normalize("NFC"));
}

// A province's list marks made-up entries "(mẫu)" until it sends real ones; English readers see that too.
const PLACE_MARKS: [RegExp, string][] = [
  [/\(địa chỉ mẫu\)/gu, "(sample address)"],
  [/\(mẫu\)/gu, "(sample)"],
];

/** A place's name or address as English readers see it: the Vietnamese name kept, its marks in English. */
export function placeInEnglish(text: string): string {
  return PLACE_MARKS.reduce(
    (out, [pattern, english]) => out.replace(pattern, english),
    text.normalize("NFC"),
  );
}
