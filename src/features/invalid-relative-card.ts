import type { StatedCase } from "./stated-cases.ts";

// "my mother, the wife of a war invalid with 81% disability", "vợ của thương binh 81%": a relative of a war invalid or
// a sick soldier whose working capacity is cut by 61% or more.
const INVALID_61 =
  /\b(?:thuong binh|benh binh|war invalid|sick soldier|disabled veteran)\b.{0,60}?\b(?:6[1-9]|[7-9]\d|100)\b(?! ?(?:tuoi|years?|nam|thang|trieu|k\b))|\b(?:thuong binh|benh binh|war invalid|sick soldier)\b(?: (?:hang|loai|grade|class|of grade|of class))? [12] ?(?:\/ ?)?4\b|\b(?:grade|class) [12] ?(?:\/ ?)?4 (?:war invalid|sick soldier)\b|\b(?:6[1-9]|[7-9]\d|100) ?(?:%|phan tram|percent)\b.{0,40}?\b(?:thuong binh|benh binh|war invalid)/;
const RELATIVE =
  /\b(?:vo|chong|me|bo|ba|cha|con|mother|mum|mom|father|dad|wife|husband|spouse|son|daughter|parents|children)\b/;
const INVALID_WORDS = 60;

// "ba e là thương binh 4/4", "I am a grade 4/4 war invalid", "My father is a war invalid": who the war invalid is.
const INVALID_IS =
  /\b(?:(toi|em|minh|tui|i)|(?:my |our )?(bo|ba|cha|ong|ong noi|ong ngoai|chong|me|vo|father|dad|grandfather|grandpa|husband|mother|wife)(?: (?:toi|em|e|minh|tui|chong|vo))?) (?:la|is|was|am|m)(?: (?:a|an))?(?: (?:grade|class|hang|loai) [1-4] ?(?:\/ ?)?4)? (?:thuong binh|benh binh|war invalid|sick soldier|disabled veteran)\b/;
const ALSO_RELATIVE = /\b(?:he|him|his|ong ay|ba ay|ong|cu)\b/g;

/** Whether the question is about the war invalid himself ("ba e là thương binh 4/4, ba có phải đóng không"). */
function askedOfInvalid(folded: string): boolean {
  const said = INVALID_IS.exec(folded);
  if (!said) return false;
  // (Any other relative named after him is the one asked about: "bố tôi là thương binh 4/4, mẹ tôi có phải mua không".)
  const after = folded.slice(said.index + said[0].length).replace(ALSO_RELATIVE, " ");
  const others = [...after.matchAll(new RegExp(RELATIVE.source, "g"))].filter((m) => m[0] !== said[2]);
  return others.length === 0;
}
const OF_INVALID = { test: askedOfInvalid };
const OF_RELATIVE = { test: (folded: string) => !askedOfInvalid(folded) };

/**
 * The spouse, parents and children of a war invalid or sick soldier with a 61% or greater loss are state-paid
 * (Law 51 Art. 12 cl. 3), their card at 95% (Art. 22, relatives of people with meritorious service).
 */
export const INVALID_RELATIVE_CARD: StatedCase = {
  maxWords: INVALID_WORDS,
  needs: [INVALID_61, RELATIVE, OF_RELATIVE],
  key: "invalid_relative_card",
  next: ["contribution.other_group", "benefit.levels", "contact.hotline"],
  topic: "contribution.other_group",
};

// "what about my mother? his disability is 81%" right after the war invalid's own card: his loss said alone.
const LOSS_61 = /\b(?:disability|disabled|suy giam|mat suc|ty le)\b(?: \w+){0,3} (?:6[1-9]|[7-9]\d|100)\b/;

/** The same relative's case, asked right after the war invalid's own card with only his loss said. */
export const INVALID_RELATIVE_AFTER: StatedCase = {
  ...INVALID_RELATIVE_CARD,
  needs: [LOSS_61, RELATIVE],
  after: "benefit.levels",
};

// "bố tôi thương binh 4/4, tỉ lệ 41% thôi, mẹ tôi có phải mua không": a loss under 61% (class 3/4 or 4/4, folded
// "4 4"), said of the war invalid whose relative is asked about.
const INVALID_BELOW_61 =
  /\b(?:thuong binh|benh binh|war invalid|sick soldier|disabled veteran)\b.{0,60}?(?:\b[34] ?(?:\/ ?)?4\b|\b(?:2[1-9]|[3-5]\d|60)\b(?! ?(?:tuoi|years?|nam|thang|trieu|k\b)))|\b(?:grade|class) [34] ?(?:\/ ?)?4 (?:war invalid|sick soldier)\b/;
const PAY_ASKED =
  /\b(?:phai (?:mua|dong)|co (?:phai|can) (?:mua|dong)|bao nhieu|mien|(?:duoc|dc) (?:nha nuoc )?(?:dong|cap)|have to (?:buy|pay)|does she (?:pay|need)|do i (?:need to |have to )?pay|(?:does|do|will) (?:my|his|her|our) \w+(?: in law)? (?:pay|need)|how much|free)\b/;

/**
 * The relative of a war invalid whose loss is under 61%: not state-paid through him (Law 51 Art. 12 cl. 3 covers
 * relatives from 61%); they pay in their own group, usually the household's.
 */
export const INVALID_RELATIVE_BELOW: StatedCase = {
  maxWords: INVALID_WORDS,
  needs: [INVALID_BELOW_61, RELATIVE, PAY_ASKED, OF_RELATIVE],
  key: "invalid_relative_below",
  next: ["contribution.household", "contribution.elderly_social", "contact.hotline"],
  topic: "contribution.household",
  uses: ["full_month", "full_year"],
};

/** The war invalid's own card, whatever his grade: the state pays it, at 100% (Law 51 Art. 12 cl. 3, Art. 22). */
export const INVALID_OWN_CARD: StatedCase = {
  maxWords: INVALID_WORDS,
  // (With his grade said: "4/4" is what the relatives' rule turns on, and was read as theirs.)
  needs: [
    { test: (folded: string) => INVALID_61.test(folded) || INVALID_BELOW_61.test(folded) },
    PAY_ASKED,
    OF_INVALID,
  ],
  key: "invalid_own_card",
  next: ["card.lookup", "benefit.levels", "contact.hotline"],
  // (The level is the card's topic: "what about my mother? his disability is 81%" follows it.)
  topic: "benefit.levels",
};
