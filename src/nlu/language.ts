import { foldDiacritics, hasVietnameseMarks } from "../core/fold.ts";

// Common English words in citizens' questions; a message is English when they outnumber Vietnamese syllables.
const ENGLISH = new Set(
  "the a an is are am do does did how what when where which who why can could should would will my our your i you we it this that to for of in on at with and or not no much many pay paid cost insurance health card hospital get got need want if be have has please thanks thank hello hi hey help me about there lost renew student students household family month months year years people person child children apply register sign up doctor visit covered cover free app".split(
    " ",
  ),
);
const VIETNAMESE = new Set(
  "bao hiem y te the dong nhieu khong duoc dang ky o dau lam sao the nao cho toi em minh nha ho gia dinh can ngheo sinh vien hoc nam thang tien mua gia han mat cap lai benh vien kham chua co phai xin chao cam on ad oi a nhe vay ko k dc bhyt bhxh hgd thi la gi ai nguoi con vo chong bo me tre duoi tuoi tinh xa phuong".split(
    " ",
  ),
);

/**
 * Guesses the language of a message: "vi", "en", or undefined when it cannot tell (e.g. "ok", "2"); with
 * `clearly`, also undefined unless one language leads by two words (or the text has Vietnamese marks).
 */
export function detectLanguage(text: string, clearly = false): "vi" | "en" | undefined {
  // ("I live in Hue… misspelt Nguyen Van Đạt": a name with its marks in an English story is still English.)
  if (hasVietnameseMarks(text) && !englishAroundNames(text)) return "vi";
  const words = foldDiacritics(text).match(/[a-z]+/g) ?? [];
  let english = 0;
  let vietnamese = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    if (VIETNAMESE.has(word)) vietnamese++;
  }
  if (english === 0 && vietnamese === 0) return undefined;
  // Clearly: two words more of one language than of the other ("Hop Thanh commune" is not clearly Vietnamese).
  if (clearly && Math.abs(english - vietnamese) < 2) return undefined;
  return english > vietnamese ? "en" : "vi";
}

// Most English words at which a few marked words (names, places) do not make a message Vietnamese.
const ENGLISH_STORY = 8;
const MARKED_WORD = /\p{L}*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]\p{L}*/giu;

// Whether the marked words are a few names inside an English message: many English words, few marked ones.
function englishAroundNames(text: string): boolean {
  const marked = text.match(MARKED_WORD)?.length ?? 0;
  const english = (foldDiacritics(text).match(/[a-z]+/g) ?? []).filter((word) => ENGLISH.has(word)).length;
  return english >= ENGLISH_STORY && marked * 4 <= english;
}
