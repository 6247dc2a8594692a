// Syllables of the institutions a question names ("Bảo hiểm Xã hội", "Bệnh viện Đa khoa", "Cổng Dịch vụ công Quốc
// gia", "Ủy ban Nhân dân"): capitalised, but they say what the question is about, so they stay.
const TOPIC_SYLLABLES = new Set(
  [
    "bảo hiểm y tế xã hội bệnh viện đa khoa trạm trung tâm phòng khám nhà nước luật nghị định thông tư quyết",
    "bộ cổng dịch vụ công quốc gia ủy ủy ban nhân dân bưu điện thẻ chính phủ sở lao động hộ nghèo cận",
    "quỹ học sinh viên trường đại tết health insurance social card hospital clinic government",
  ]
    .join(" ")
    .split(" "),
);

// A capitalised word: a name syllable ("Nguyễn", "Thơ") or an initial ("H.", "T").
const TITLE_WORD = /^\p{Lu}\p{Ll}*\.?$/u;
const SENTENCE_END = /[.?!:;\n]$/u;
const EMAIL = /\S+@\S+\.\S+/gu;

/**
 * Removes what is background in a story: names of people, places and hospitals ("Bà Nguyễn Thị H. (Cần Thơ)",
 * "Bệnh viện Chợ Rẫy" → "Bà (…)", "Bệnh viện …") and e-mail addresses. Their syllables fold into everyday words
 * ("Thanh Hóa" → "thanh" as in "thanh toán", "Bình Dương" → "binh" as in "thương binh") and would pass for topic
 * evidence. A capitalised word opening a sentence is an ordinary word and stays, and so do acronyms (BHYT, VssID).
 */
export function maskBackground(text: string): string {
  if (!/\p{Lu}/u.test(text) && !text.includes("@")) return text;
  const words = text.replace(EMAIL, " ").split(/(\s+)/u);
  let sentenceStart = true;
  let out = "";
  for (const piece of words) {
    if (/^\s*$/u.test(piece)) {
      out += piece;
      if (piece.includes("\n")) sentenceStart = true;
      continue;
    }
    // Punctuation around a word ("(Cần", "Thơ)", "Hóa,") is kept; the word inside is judged.
    const [, lead = "", core = "", tail = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}.]*)$/u.exec(piece) ?? [];
    const isName: boolean =
      !sentenceStart && TITLE_WORD.test(core) && !TOPIC_SYLLABLES.has(core.replace(/\.$/u, "").toLowerCase());
    out += isName ? `${lead}${tail}` : piece;
    sentenceStart = SENTENCE_END.test(piece) && !(isName && /^\p{Lu}\.$/u.test(core));
  }
  return out;
}
