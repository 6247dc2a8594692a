// "me, my wife and …", "my parents and I": the writer in an English list (not "mẹ" folded: "vợ chồng em, mẹ em và bé").
const SELF_IN_LIST =
  /(?:\band me\b|\bme and\b|\bme ,|, me\b(?! \d)|\bthere s (?:also |just )?me\b|\bplus me\b)(?! (?:toi|em|e|minh|tui|ban|anh|chi|cua|va|voi|chong|vo|ruot|de|ke|nuoi)\b)/;
// "My parents and I are near-poor": the writer after the relatives (read before a pair is blanked).
const WRITER_AFTER_KIN =
  /\b(?:parents|grandparents|in law|kids|children|son|daughter|brother|sister|mum|mom|dad|mother|father) and i\b/;
// "my husband 39, me 37, …", "me, my brother and…": the writer in an English list ("mẹ 37" folds the same, so only
// in English).
const ME_WITH_AGE = /, me \d{2}\b|^\s*me\s*,/;
const ENGLISH_LIST = /\b(?:my|our)\b/;
// "I'm 68", "tôi 66 tuổi": the writer's own age.
// "người 68 tuổi ở TPHCM có được miễn không", "a 70-year-old": one person of an age, asked about.
const ONE_OF_AN_AGE = /(?<!\d )\b(?:nguoi|nguoi gia|cu|a|an) \d{2}(?: tuoi|[- ]years?[- ]old)\b/;
// "em 17 tuổi nghỉ học…" opening the message: the writer too ("em" is also a younger sibling, so only with "tuổi").
const WRITER_AGE =
  /\b(?:i m|i am|toi|tui|minh) (?:nam nay )?\d{2}(?: tuoi| years? old)?\b(?! ?(?:trieu|tr\b|k\b|nghin|%|nguoi|thang|nam|months?|weeks?|days?|people))|^\s*(?:em|e) (?:nam nay )?\d{2} tuoi\b/;
// "tôi 45 tuổi, chồng 47 tuổi…", "…, tôi và bố mẹ chồng": the writer, in a Vietnamese list; "I'm 28, … live with my
// parents": the writer, beside those they live with; "I'm a teacher… my wife… our son": the writer, described first.
const SELF_WITH_AGE =
  /(?:^|,|:|\.|\bva|\bvoi|\bgom|\bgom co|\bco)\s*(?:(?:toi|minh|tui) (?:nam nay )?\d{2}(?: ?t\b| tuoi|(?=\s*,| va\b| voi\b| (?:lam|la|dang|o|ban|di|co|khong|nghi|that|tu|chay)\b))|(?:toi|minh|tui|em) (?:va|voi))\b|^\s*(?:i m|i am) \d{2}\b(?=[^.?!]*\b(?:live|living|stay|staying) with\b)|(?:^|\.|,|\band)\s*(?:i m an?|i am an?|i work as an?|i work (?:at|in|for)|(?:toi|minh|tui) (?:la|lam)) \w+|(?:^|\.)\s*i (?:stay (?:at )?home|look after|take care of|care for|mind) \w+|(?:^|\.|,|\band)\s*i (?:sell|sells|run|own|farm|drive|teach|earn|make|freelance|work) \w+|(?:^|\.)\s*(?:i m|i am) (?:covered|insured|retired|a pensioner|on a pension|in (?:grade|year|class) \d{1,2})\b|(?:^|\.)\s*(?:i (?:don t|do not) (?:have a job|work)|(?:i m|i am) (?:unemployed|jobless|out of work|a stay[- ]at[- ]home \w+)|stay[- ]at[- ]home (?:dad|mum|mom|mother|father|parent) here)\b|^\s*i\s*,\s*\d{2}\s*,|(?:^|,|\.|\band)\s*(?:(?:hi|hello|dear \w+) ,\s*)?(?:i m|i am) \d{2}\b(?! ?(?:million|k\b|%))/;
// "chồng em là công an, em 33, …", "chồng tôi …, tôi ở nhà": the writer in a list, beside a relative called theirs.
const WRITER_EM_AGE =
  /(?:^|,)\s*(?:em|e) (?:nam nay )?\d{2}(?: tuoi\b|(?=\s*,|\s+va\b|\s+(?:lam|ban|buon|o nha|noi tro|chay|trong|nuoi|day|di lam)\b))/;
// "I live in Hue with my wife and her parents", "em sống với bố mẹ": the writer, beside those they live with.
const LIVES_WITH =
  /\b(?:i|i m|i am) (?:\w+ ){0,4}?(?:live|living|stay|staying) (?:[\w,]+ ){0,7}?with\b|\b(?:toi|minh|tui) (?:dang )?(?:song|o) (?:chung )?(?:voi|cung)\b|(?:^|,)\s*(?:em|e) (?:dang )?(?:song|o) (?:chung )?(?:voi|cung)\b|(?:^|,)\s*(?:dang )?song (?:chung )?(?:voi|cung)\b/;
const WRITER_CLAUSE =
  /(?:^|,|\.)\s*(?:(?:con|va|con lai|gio|nay|hien) )?(?:em|e|toi|minh|tui|chi|anh) (?:o nha|lam|di lam|la|dang|thi|cung|van|khong|noi tro|buon ban|ban|kinh doanh|mo (?:quan|tiem|shop)|chay (?:grab|xe|xe om|shipper|be)|lam ruong|trong|nuoi)\b/;
// "…, chị gái làm cty, e học lớp 9, …": the writer at school, in a list of the family (not "còn mình học…").
const WRITER_STUDIES = /(?:^|,|\.)\s*(?:em|e|toi|minh|tui) hoc (?:lop|dai hoc|cao dang|trung cap|nam)\b/;
// (…or a spouse opening a clause: "tôi ở nhà nội trợ, chồng đi làm công ty"; "mẹ chị", "nhà anh": the writer calling
// themself "chị" or "anh", when no one else's "chị" or "anh" it is.)
const WRITER_HAS_KIN =
  /\b(?:chong|vo|con|nha|bo|me|ba|ma|cha|bo chong|me chong) (?:em|e|toi|minh|tui|(?:chi|anh)(?! (?:toi|em|e|minh|tui|ay|gai|trai|ca|hai|ba|dau|re|ho)\b))\b|(?:^|,|\.)\s*(?:chong|vo)(?: \d{2}(?: tuoi)?)? (?:di lam|lam|la|dang|o|cung|co|buon ban|ban hang|day|kinh doanh|chay)\b/;

// "nhà mình có mình, bố mình và em trai", "nhà gồm tôi, vợ và 2 con": the writer first in the list of who is home.
// ("nhà chú có chú 62 tuổi, bà nhà 60…": the writer calling themself by how the reader calls them; "vậy tôi, vợ tôi,
// con lớp 2 tổng bao nhiêu": a list that opens with the writer.)
const WRITER_FIRST_LISTED =
  /\b(?:co|gom|gom co)\s+(?:toi|minh|tui|em)\s*(?:,|va\b|voi\b)|\bnha (chu|bac|co|ong|ba|di|cau) co \1 \d{2}\b|(?:^|\b(?:vay|the|tinh|con))\s*(?:toi|minh|tui)\s*,\s*(?:vo|chong|con|me|bo|ba|ma)\b/;

// "nhà tôi là hộ nghèo, có vợ và 3 con": the writer's spouse and children, listed after "có", the writer beside them.
const HAS_SPOUSE_AND = /\bco (?:vo|chong)(?: (?:toi|tui|minh|em|e|anh))? (?:va|voi)\b/;

/** "I'm 68", "tôi 66 tuổi", "a 70-year-old": the writer, or one person, with an age (no one else is looked for). */
export const writerAloneWithAge = (folded: string): boolean =>
  WRITER_AGE.test(folded) || ONE_OF_AN_AGE.test(folded);

/**
 * The writer among the people listed ("me, my wife and…", "tôi 45 tuổi, chồng 47 tuổi", "chồng tôi…, tôi ở nhà");
 * `withoutPairs` is the text with the pairs named ("vợ chồng") blanked, so a pair's "me" is not counted twice.
 */
export function writerListed(folded: string, withoutPairs: string): boolean {
  // ("I work in Singapore. My parents live in Can Tho…": a writer abroad is not of the household asked about.)
  if (WRITER_ABROAD.test(folded)) return false;
  return (
    SELF_IN_LIST.test(withoutPairs) ||
    WRITER_FIRST_LISTED.test(folded) ||
    WRITER_AFTER_KIN.test(folded) ||
    (ME_WITH_AGE.test(withoutPairs) && ENGLISH_LIST.test(folded)) ||
    SELF_WITH_AGE.test(folded) ||
    LIVES_WITH.test(withoutPairs) ||
    HAS_SPOUSE_AND.test(folded) ||
    ((WRITER_EM_AGE.test(folded) || WRITER_CLAUSE.test(folded) || WRITER_STUDIES.test(folded)) &&
      WRITER_HAS_KIN.test(folded))
  );
}

/** "tui làm ruộng…, 2 vợ chồng": the writer opening the story ("vợ 35", "chồng chạy xe ôm": a spouse listed beside). */
export const WRITER_OPENS = /^\s*(?:toi|tui|minh|em|e|anh|chi)\b(?! (?:va|voi)\b)/;
/** A spouse named in a list with an age or a job ("vợ 35", "chồng chạy xe ôm"). */
export const SPOUSE_LISTED =
  /(?:^|,)\s*(?:vo|chong) (?:\d{2}\b|(?:lam|chay|ban|buon|di lam|o nha|noi tro|day|la|bao ve|phu ho|sua)\b)/;
/** A spouse called the writer's own ("vợ tôi", "my husband"). */
export const OWN_SPOUSE = /\b(?:vo|chong) (?:toi|em|minh|tui|e)\b|\bmy (?:wife|husband)\b/;

/**
 * "I work in Singapore", "tôi đang làm ở Nhật", "em làm bên Hàn": the writer lives abroad, outside the household asked
 * about (a word between only as "bên", "nước": "tôi ở Chương Mỹ", "ở Hoài Đức" are districts, not America, Germany).
 */
export const WRITER_ABROAD =
  /\bi (?:work|live|am|m|study|stay)(?: \w+){0,2} (?:in|at) (?:singapore|japan|korea|south korea|taiwan|australia|the us|the usa|america|the uk|england|germany|france|canada|china|malaysia|thailand|dubai|europe)\b|\bi (?:live|work|am|m) (?:abroad|overseas)\b|\b(?:toi|em|minh|tui|con) (?:dang )?(?:o|lam|song|hoc|xuat khau lao dong) (?:(?:ben|nuoc|tai|tan|sang|o) )?(?:nuoc ngoai|han(?: quoc)?|nhat ban|nhat|dai loan|uc|my|singapore|duc|phap|canada|malaysia)\b/;
