import { foldDiacritics } from "../core/fold.ts";

/** A sentence or clause of a message, and whether it asks something (rather than telling the story). */
export interface Clause {
  text: string;
  asked: boolean;
}

// Sentences end at . ? ! ; and new lines (not inside "1.263.600" or "TP.HCM"); a clause also starts where a new
// ask begins after a comma or at a numbered ask ("1) … 2) …") ("…, xin hỏi…", "…, vậy…", "…, còn…"), at "và/còn/ngoài ra" after a comma, or after a
// comma that closes a polite ask ("…một năm ạ, mua xong thì bao lâu…").
const SENTENCE_BREAK = /(?<=[?!;])\s*|(?<!(?:^|\s)\p{Lu})\.["'”»)]*\s+|\n+/gu;
const CLAUSE_BREAK =
  /[,;:]?\s+(?=\(?\d{1,2}\)\s)|,\s*(?=(?:và|va|còn|con|ngoài ra|ngoai ra|với lại|voi lai|thêm nữa|them nua|đồng thời|dong thoi|xin hỏi|xin hoi|cho (?:tôi|em|mình|toi|minh) hỏi|cho (?:toi|em|minh) hoi)\b)|\s(?=(?:ngoài ra|ngoai ra|với lại|voi lai|xin hỏi|xin hoi)\b)|(?<=\s(?:ạ|nhé|nha|nhỉ))\s*,\s*/giu;

// Asking, folded: a question mark, a question word, "có … không/chưa" at the end, or a request to be told or helped.
const QUESTION_WORD =
  /\b(?:bao nhieu|bn|bao lau|bao gio|khi nao|luc nao|the nao|ntn|ra sao|the nao|o dau|cho nao|noi nao|lam sao|lam gi|vi sao|tai sao|co phai|phai khong|duoc khong|dc ko|duoc ko|hay khong|hay chua|nhu nao|la gi|gi khong|nao khong|may (?:thang|nguoi|tuoi|lan|ngay|nam|phan tram)|how|what|where|when|which|who|why|can i|could i|do i|does|is it|are there|should|whether)\b/;
const ASKS_TO_BE_TOLD =
  /\b(?:xin hoi|cho (?:toi|em|minh|chau|hoi)|toi muon hoi|em muon hoi|muon hoi|nho (?:tu van|giai dap|huong dan|chi)|mong (?:duoc )?(?:giai dap|huong dan|tu van|cho biet)|de nghi (?:giai dap|huong dan|cho biet|xem xet|co quan)|xin (?:duoc )?(?:tu van|huong dan|giai dap|cho biet)|cho biet|vui long|please|advise|i would like to know|i want to know|i wonder)\b/;
// A sentence that only closes a letter ("Xin cảm ơn", "Mong được giải đáp sớm") asks nothing of its own.
const CLOSING_ONLY =
  /^(?:xin )?(?:chan thanh )?cam on|^(?:mong|rat mong|kinh mong|xin) (?:duoc )?(?:giai dap|phan hoi|huong dan|tra loi|som)|^thank/;
const FINAL_ONLY = /\s*\b(?:a|ạ|vay|vậy|nhi|nhỉ|nhe|nhé|voi|với)\s*$/iu;

/** True when a clause asks something: a question, or a request to be told ("xin hỏi…", "đề nghị hướng dẫn…"). */
export function isAsked(clause: string): boolean {
  if (clause.includes("?")) return true;
  const folded = foldDiacritics(clause).trim();
  if (CLOSING_ONLY.test(folded)) return false;
  if (QUESTION_WORD.test(folded) || ASKS_TO_BE_TOLD.test(folded)) return true;
  // "… không", "… chưa" ask when they end the clause; a "không" inside the story is a plain negation.
  const ending = foldDiacritics(clause.replace(FINAL_ONLY, "")).trim();
  return /\b(?:khong|ko|k|hong|hok|khum|hem|chua|gi|nao|sao)$/.test(ending);
}

/** The message cut into sentences and clauses of at least two words, each marked asked or not. */
export function splitClauses(text: string): Clause[] {
  return text
    .split(SENTENCE_BREAK)
    .flatMap((sentence) => sentence.split(CLAUSE_BREAK))
    .flatMap(splitAtAskedAnd)
    .map((c) => c.trim())
    .filter((c) => (c.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2)
    .map((c) => ({ text: c, asked: isAsked(c) }));
}

// ", và con dưới 6 tuổi làm thẻ ở đâu?": "và"/"còn" typed with their marks after a comma start a new ask when both
// sides ask something ("\b" in the pattern above does not end a word in "à" or "ò").
const MARKED_AND = /,\s*(?=(?:và|còn)\s)/u;
function splitAtAskedAnd(clause: string | undefined): string[] {
  if (!clause) return [];
  const parts = clause.split(MARKED_AND);
  return parts.length > 1 && parts.every(isAsked) ? parts : [clause];
}
