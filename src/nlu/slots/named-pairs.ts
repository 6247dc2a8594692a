// Who a pair named in a household story holds, so that one of them named again is not counted twice.

// "with my wife and two kids … My wife and I are freelancers": the wife is of the couple named.
const SPOUSES_PAIR =
  /\b(?:vo chong|my wife and i|my husband and i|me(?: and|,) my (?:wife|husband)|my (?:wife|husband) and me|couple)\b/;
// "vợ 35 tuổi, chồng 37 tuổi … vợ chồng mua": each spouse named with an age is of the couple too.
const SPOUSE = /^(?:(?:my|our) (?:wife|husband)|(?:vo|chong)(?: (?:toi|em|e|minh|tui|\d{2} tuoi))?)$/;
const PARENTS_PAIR =
  /\b(?:bo me|ba me|cha me|ba ma|tia ma|bo ma|cha ma|parents|(?:mum|mom|dad) (?:and|&) (?:dad|mum|mom))\b/;
const PARENT =
  /^(?:(?:me|bo|ba|cha|ma|tia)(?: (?:toi|em|e|minh|tui|\d{2,3}(?: tuoi)?))?|(?:my )?(?:mother|father|mum|mom|dad)(?: (?:is |s )?\d{2,3})?)$/;
// "mẹ với em", "tôi và vợ", "em với mẹ chồng": the writer and one relative, the relative's word captured.
const WRITER_PAIR =
  /^(?:(me|bo|ba|cha|vo|chong|ong|ba noi|ba ngoai) (?:va|voi) (?:toi|em|minh|tui)|(?:toi|minh|tui) (?:va|voi) (me|bo|ba|cha|vo|chong)(?: (?:toi|minh|tui))?|(?:toi|minh|tui|em|e) (?:va|voi) ((?:me|bo|ba|cha) (?:chong|vo)))$/;
// "her parents" or "bố mẹ chồng", then "my father-in-law is 77": the same two.
const IN_LAWS_PAIR =
  /\b(?:(?:his|her|my wife s|my husband s) parents|parents in law|(?:my|our|his|her) in[- ]laws|(?:bo me|ba me|cha me) (?:vo|chong))\b/;
const IN_LAW = /^(?:(?:my |our )?(?:mother|father|mum|mom|dad) in law|(?:me|bo|ba|cha|ma) (?:chong|vo))$/;
const GRANDPARENTS_PAIR = /\b(?:ong ba|grandparents)\b/;
const GRANDPARENT =
  /^(?:(?:ba|ong)(?: noi| ngoai)?(?: toi| em| e| minh| tui)?(?: \d{2,3} tuoi)?|(?:my |our )?(?:grandma|grandpa|grandmother|grandfather|granny))$/;

/** One member however named: "mẹ tôi" and "mẹ", "Mother is 70" and "mum", "father 76" and "dad". */
export const sameMember = (named: string) =>
  named
    .replace(/^(?:,\s*|(?:va|voi|cho)\s+)/, "")
    .replace(/ (?:toi|em|e|minh|tui)$/, "")
    .replace(/^(?:my|our) /, "")
    .replace(/ (?:is |s )?\d{2,3}(?: tuoi)?$/, "")
    .replace(/^(?:mum|mom)$/, "mother")
    .replace(/^dad$/, "father");

/** The relative of a pair that holds the writer ("mẹ với em" → "me"), or undefined for other pairs. */
export function pairedWithWriter(pair: string): string | undefined {
  const found = WRITER_PAIR.exec(pair);
  return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
}

/**
 * Whether `member` is one of the people of the pairs named ("my parents live in HCMC. my father is 68"; "mẹ em 60
 * tuổi…, mẹ với em mua…").
 */
export function namedInPair(pairs: readonly string[], member: string): boolean {
  const names = pairs.join(" ");
  const plain = member.trim().replace(/^(?:,\s*|(?:va|voi)\s+)/, "");
  return (
    pairs.some((pair) => pairedWithWriter(pair) === sameMember(member)) ||
    (PARENTS_PAIR.test(names) && PARENT.test(plain)) ||
    (IN_LAWS_PAIR.test(names) && IN_LAW.test(member)) ||
    (GRANDPARENTS_PAIR.test(names) && GRANDPARENT.test(member)) ||
    (SPOUSES_PAIR.test(names) && SPOUSE.test(plain))
  );
}

// "our son is 8 … what do my son and I pay": a child named again by the word that named them with an age.
const CHILD_NOUN = /\b(?:son|daughter|kid|child|boy|girl|baby)\b/;
/** Whether a child named ("my son") is one already named with an age by the same word ("our son is 8"). */
export const sameChildAgain = (named: string, withAge: readonly RegExpMatchArray[]): boolean => {
  const noun = CHILD_NOUN.exec(named)?.[0];
  return noun !== undefined && withAge.some((m) => CHILD_NOUN.exec(m[0])?.[0] === noun);
};

/**
 * One pair however named: "tôi và chồng", "vợ chồng", "my wife and I" are the writer's couple; other pairs as typed,
 * without their count ("2 vợ chồng").
 */
export function samePair(pair: string): string {
  const plain = pair.replace(/^(?:2|hai) /, "");
  const spouse = pairedWithWriter(plain);
  return spouse === "vo" || spouse === "chong" || SPOUSES_PAIR.test(plain) ? "couple" : plain;
}
