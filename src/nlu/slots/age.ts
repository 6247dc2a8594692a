// "7 tuổi", "con lớn 7t", "7 years old": an age in years, from folded text.
const AGE = /\b(\d{1,3})[ -]?(?:tuoi|t|years?[ -]old|yo)\b/;
// "66 và 70 tuổi", "68, 72 years old": several ages sharing one unit.
const AGE_LIST = /\b\d{1,3}(?:\s*(?:,|va|voi|and|&)\s*\d{1,3})+\s*(?:tuoi|years? old)\b/g;

// "my mother (70, no pension)", "grandpa (80)", "my father-in-law, 64,": an English age in brackets or commas.
const KIN_THEN_AGE =
  "\\b(?:mother|father|mum|mom|dad|grandma|grandpa|grandmother|grandfather|granny|in law|wife|husband|son|daughter|i)\\s*,\\s*(\\d{2,3})\\s*,";
// "ông tôi 71 ở Huế", "mẹ em 68, không lương hưu", "mẹ 70 bố 76": an age right after a relative, with no unit.
const KIN_AGE_VI =
  "\\b(?:ong|ba|bo|me|cha|ma|tia|ong noi|ba noi|ong ngoai|ba ngoai|vo|chong) (?:(?:chong|vo) )?(?:(?:toi|em|e|minh|tui) )?(?:nam nay )?(?:(?:moi|chi|da|van) )?(\\d{2,3})\\b(?! ?(?:trieu|tr\\b|k\\b|nghin|ngan|nguoi|thang|nam|ngay|%|lan|tuoi|t\\b|years?))(?!\\s*(?:,|va|voi|and|&)\\s*\\d)";
// "…, tui 69.", "còn tôi 72 thì sao": the writer's own age after a list or "còn", with no unit.
const WRITER_AGE_VI =
  "(?:^|,|\\.|\\bva|\\bcon)\\s*(?:toi|tui|minh) (?:nam nay )?(\\d{2})\\b(?=\\s*(?:[,.]|$|va\\b|voi\\b|thi\\b))";
// "my father 68 with a pension", "grandmother 77", "dad's 77": an age right after an English relative, with no unit.
const KIN_AGE_EN =
  "\\b(?:mother|father|mum|mom|dad|grandma|grandpa|grandmother|grandfather|granny|in law|husband|wife)(?: s)? (\\d{2,3})\\b(?! ?(?:million|k\\b|thousand|%|months?|days?|weeks?|years?|vnd|dong|people|persons))";
// "our son, he's 3", "my daughter is 4": a child's age in one digit, said of the child named just before.
const CHILD_AGE_EN =
  "\\b(?:son|daughter|kid|child|boy|girl|baby)\\b(?:[^.?!\\d]{0,14}?\\b(?:he|she) (?:s|is)| s| is) (\\d{1,2})\\b(?! ?(?:million|k\\b|thousand|%|months?|days?|weeks?|vnd|dong|people|persons|grade))";
// "my mother is 68", "she's 62", "aged 70", "ba tôi năm nay 70": ages without "years old" (two or three digits, not an amount).
const AGES = new RegExp(
  `${AGE.source}|\\b(?:(?:la|len|du|tron) (\\d{2})(?= roi\\b)|(?:du|tron) (\\d{2})\\b(?! ?(?:thang|nam|ngay)))|\\b(?:aged?|is|are|was|were|turned|(?:he|she|i) s|i m|i am|nam nay) (\\d{2,3})\\b(?! ?(?:million|trieu|tr\\b|k\\b|nghin|thousand|%|thang|nam|ngay|nguoi|month|day|week))|${KIN_THEN_AGE}|${KIN_AGE_VI}|${WRITER_AGE_VI}|${KIN_AGE_EN}|${CHILD_AGE_EN}`,
  "g",
);

// "my parents are 66 and 73", "aged 68 and 70": two ages said together in English, without "years old".
const PAIR_OF_AGES =
  /\b(?:aged?|are) \d{2,3} (?:and|va|&) (\d{2,3})\b(?! ?(?:million|trieu|k|thousand|%|month|day|week|years? old))/g;

// "kids aged 8 and 10", "ages 7, 9 and 12": single-digit ages in a list (two digits are read above).
const AGED_LIST = /\b(?:aged?|ages) (\d{1,2}(?:\s*(?:,|and|&|va)\s*\d{1,2})+)\b/g;

// "my parents 55 and 58", "bố mẹ em 60 và 62", "ông bà 74 với 68": a pair named with both ages, without "years old".
const KIN_PAIR_AGES =
  /\b(?:parents|grandparents|(?:mum|mom|mother) and (?:dad|father)|(?:dad|father) and (?:mum|mom|mother)|bo me|ba me|cha me|ong ba)(?: (?:toi|em|e|minh|tui|in law))? ?,? (\d{2,3})(?: (?:and|va|voi|&)|\s*,) (\d{2,3})\b(?! ?(?:million|trieu|tr\b|k\b|thousand|%|thang|nam|month|day|week|years? old|tuoi))/g;

// "my parents live in Vung Tau, 68 and 67, no pension": a pair named first, their two ages as a clause of their own.
const PAIR_NAMED = /\b(?:parents|grandparents|in[- ]laws|bo me|ba me|cha me|ong ba|ba ma|tia ma)\b/;
const AGES_CLAUSE = /(?:^|,)\s*(\d{2,3}) (?:and|va|&) (\d{2,3})\s*(?=[,.;]|$)/g;

// "dưới 6 tuổi", "trên 80 tuổi", "under 6": a bound of an age group, not someone's age.
const BOUND_BEFORE = /\b(?:duoi|tren|qua|hon|under|over|below|above|(?:nguoi|ai|cho nguoi) tu|from)\s*$/;

const isAge = (folded: string, match: RegExpMatchArray) => !BOUND_BEFORE.test(folded.slice(0, match.index));

/** Every age in years from 6 up that a folded message names ("mẹ 68 tuổi, bố 70 tuổi" → [68, 70]). */
export function agesOf(said: string): number[] | undefined {
  const text = withoutAgeSaidAgain(said);
  // "aged 8 and 10": read once, as a list, and kept out of the readers below.
  const agedList = [...text.matchAll(AGED_LIST)].flatMap((m) => m[1]!.match(/\d{1,2}/g)!.map(Number));
  const folded = text.replace(AGED_LIST, (list) => " ".repeat(list.length));
  // Younger children are read as state-paid members (insured elsewhere), not as ages.
  const listed = [...folded.matchAll(AGE_LIST)].filter((m) => isAge(folded, m));
  const inLists = listed.flatMap((m) =>
    m[0]
      .match(/\d{1,3}/g)!
      .slice(0, -1)
      .map(Number),
  );
  const ages = [
    ...inLists,
    ...singleAges(folded),
    ...[...folded.matchAll(PAIR_OF_AGES)].map((m) => Number(m[1])),
    ...agedList,
    ...[...folded.matchAll(KIN_PAIR_AGES)].flatMap((m) => [Number(m[1]), Number(m[2])]),
    ...[...folded.matchAll(AGES_CLAUSE)]
      .filter((m) => PAIR_NAMED.test(folded.slice(0, m.index)))
      .flatMap((m) => [Number(m[1]), Number(m[2])]),
  ].filter((a) => a >= 6 && a <= 120);
  return ages.length > 0 ? ages : undefined;
}

// "mẹ tôi 69, sang năm 70 tuổi", "bác năm nay 80 tuổi … 80 tuổi có được miễn không", "mẹ em 65 tuổi … như người 65
// tuổi ở TP.HCM": the same person's age again, a year on, or asked about in general.
const AGE_AGAIN =
  /\b(?:sang nam|nam sau|nam toi|next year)\s+(?:(?:la|thi|se|tron|du|she ll be|he ll be|will be)\s+)?(\d{2,3})\b|(?:^|[.?!,]\s*)(\d{2,3}) (?:tuoi|years? old) (?:co|thi|la|duoc|phai|khong|is|are|can|do|does)\b|\b(?:nhu|giong|bang|like|same as) (?:(?:nguoi|nhung nguoi|cac cu|people|those) )?(\d{2,3}) (?:tuoi|years? old)\b|\b(?:nguoi|a person) (\d{2,3}) (?:tuoi|years? old) (?:nhu|giong|like) (?:toi|em|minh|bac|ba|ong|me|tui)\b/g;
const MONTH_LATER =
  "(?:thang \\d{1,2} ?\\/ ?20\\d\\d|thang \\d{1,2} (?:nam sau|nam toi|sang nam)|in (?:january|february|march|april|may|june|july|august|september|october|november|december) 20\\d\\d)";
const AGE_LATER = new RegExp(
  `\\b${MONTH_LATER}(?: \\w+){0,3}? (?:(?:moi|se|thi|la) )?(?:du|tron|turns|will turn|will be) \\d{2,3}(?: tuoi)?\\b|\\b(?:du|tron|turns|will turn|will be) \\d{2,3}(?: tuoi)? (?:vao |in |on )?${MONTH_LATER}`,
  "g",
);
function withoutAgeSaidAgain(said: string): string {
  // ("vợ bác tháng 8/2027 đủ 65 tuổi", "tháng 2/2027 ba tròn 65": an age reached later is not the age now.)
  const text = said.replace(AGE_LATER, (later) => " ".repeat(later.length));
  return text.replace(
    AGE_AGAIN,
    (again, later?: string, asked?: string, alike?: string, self?: string, at = 0) => {
      const before = text.slice(0, at);
      const same = asked ?? alike ?? self;
      const said = later ? /\b\d{2,3}\b/.test(before) : new RegExp(`\\b${same}\\b`).test(before);
      return said ? " ".repeat(again.length) : again;
    },
  );
}

/** "2 năm nữa mẹ đủ 65", "when mum turns 65": an age from 60 to 74 reached later (a province's age band), in group 1. */
export const AGE_REACHED_LATER =
  /\b(?:turns?|turning|will (?:turn|be)|du|tron|len|se du|se tron) (6\d|7[0-4])\b(?! ?(?:trieu|million|k\b|%|thang|months?))/;

/** The age in years a folded message names, or undefined. */
export function ageOf(folded: string): number | undefined {
  const match = [...folded.matchAll(new RegExp(AGE.source, "g"))].find((m) => isAge(folded, m));
  return match ? Number(match[1]) : undefined;
}

/** The youngest age in years a folded message names, under 6 included ("bé 3 tuổi", "tôi 72 tuổi"). */
export function youngestAge(folded: string): number | undefined {
  const ages = singleAges(folded);
  return ages.length > 0 ? Math.min(...ages) : undefined;
}

// Each age said on its own (with "tuổi", after "aged", or right after a relative), bounds of age groups left out.
function singleAges(folded: string): number[] {
  return [...folded.matchAll(AGES)]
    .filter((m) => isAge(folded, m))
    .map((m) => Number(m.slice(1).find((group) => group !== undefined)));
}
