import { foldForSlots } from "./extract-slots.ts";

/** The people a sum can be for, each under one name whatever the wording. */
export const SUBJECTS = [
  "self",
  "wife",
  "husband",
  "father",
  "mother",
  "brother",
  "sister",
  "child",
  "grandfather",
  "grandmother",
  "grandchild",
] as const;
/** One person a sum is for ("bố", "my wife", the writer). */
export type SumSubject = (typeof SUBJECTS)[number];

// A relative is named by the word and the writer's "my" ("bố e"), an age ("mẹ 66 tuổi") or "my …" in English.
// …or opens the message ("vợ ở nhà nội trợ", "còn mẹ thì sao"), where "còn" is "and" (so a child is never named so).
// (An age is said with "tuổi" or as two digits not followed by a unit: "còn 6 tháng" names no child.)
// ("con gái bà 40 tuổi": the writer, a grandmother, calling herself "bà" before the age.)
const MINE_OR_AGE =
  "(?:(?:ba|ong|co|chu|bac) \\d{1,3} ?(?:tuoi|t)|toi|em|e|minh|tui|mk|nha (?:toi|em|e|minh)|\\d{1,3} ?(?:tuoi|t)|\\d{2,3}(?! ?(?:thang|th|nam|ngay|tr|trieu|k|nghin|nguoi)\\b))\\b";
const named = (words: string, english: string, opens = true) =>
  new RegExp(
    `\\b(?:${words}) ${MINE_OR_AGE}|\\bmy (?:${english})\\b${opens ? `|^\\s*(?:con |va |vay con |the con )?(?:${words})\\b` : ""}`,
  );
const WORDS: [SumSubject, RegExp][] = [
  ["grandmother", /\b(?:ba noi|ba ngoai|grandma|grandmother|granny)\b/],
  ["grandfather", /\b(?:ong noi|ong ngoai|grandpa|grandfather)\b/],
  ["father", named("bo|cha|tia|(?:bo|ba|cha) (?=me|ma)", "dad|father|parents")],
  ["mother", named("me|ma", "mum|mom|mother|parents")],
  ["wife", named("vo|ba xa", "wife")],
  ["husband", named("chong|ong xa", "husband")],
  // ("a e học đh", "anh e đang đi làm": the writer's older brother, "a" in teen code.)
  [
    "brother",
    /\b(?:anh trai|em trai|anh (?:hai|ca|ba)|my (?:older |younger |big |little )?brother)\b|\b(?:a|anh) (?:e|em|toi|minh|tui) (?=hoc|sv|dh|dai hoc|lam|di|dang|\d)/,
  ],
  [
    "sister",
    /\b(?:chi gai|em gai|chi (?:hai|ca)|my (?:older |younger |big |little )?sister)\b|\bchi (?:e|em|toi|minh|tui) (?=hoc|sv|dh|dai hoc|lam|di|dang|\d)/,
  ],
  ["child", named("con|con trai|con gai|be", "son|daughter|kids?|child|children|baby", false)],
  // ("cháu muốn hỏi…": the writer calling themself "cháu" opens with what they do, not a grandchild.)
  [
    "grandchild",
    new RegExp(
      `\\bchau(?: noi| ngoai)?(?: gai| trai)? ${MINE_OR_AGE}|\\bmy (?:grandson|granddaughter|grandchild|grandkids?|grandchildren)\\b|^\\s*(?:con |va |vay con |the con )?chau(?: noi| ngoai)?(?: gai| trai)?\\b(?! (?:muon|hoi|xin|can|la|dang|moi|cam on|chao|khong|ko|da|vua|se|co|phai|di)\\b)`,
    ),
  ],
];
// The writer, as the one the sum is for: the message opens with "tôi/em/mình…" and what they are ("em là hs lớp 10",
// "tôi 45 tuổi", "mình đi làm…"; not "tôi hỏi vợ…", "em trai", "em tôi"), or says "I'm", "for me".
const WRITER =
  /^\s*(?:toi|tui|minh|mk|e|em)\b(?! (?:trai|gai|toi|minh|tui|be|ut|ho)\b) (?:la|nam nay|dang|hoc|lam|di lam|ban|o nha|moi|chua|khong|ko|\d)|\b(?:i m|i am|im|for me|myself|my own)\b|^\s*i (?:work|sell|am|have|earn|study|live)\b/;

const LEADING_AND = /^(\s*)con (?=(?:em|anh|chi) (?:gai|trai)\b|(?:bo|me|vo|chong|ong|ba|chau)\b)/;

/**
 * Who a message about a price is for: every relative it names, and the writer when it opens with "tôi"/"I"
 * ("e là hs lớp 10", "bố e 55 làm freelance", "còn anh trai e sv năm 1"). Empty when it names nobody.
 */
export function sumSubjectsOf(text: string): SumSubject[] {
  // ("còn em gái mình…": "còn", folded as "con", opening the message is "and", not a child.)
  const folded = foldForSlots(text).replace(LEADING_AND, "$1");
  const named = WORDS.filter(([, words]) => words.test(folded)).map(([who]) => who);
  return WRITER.test(folded) && named.length === 0 ? ["self"] : named;
}
