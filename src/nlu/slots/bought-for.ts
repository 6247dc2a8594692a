import { coveredElsewhereMentions } from "./insured-members.ts";

// "mua bhyt hộ gia đình cho mẹ", "health insurance for my mum": the one relative the sum is bought for.
const BOUGHT_FOR_ONE =
  /\b(?:mua|dong|tinh|buy|pay|cost|is|insurance|bhyt)\b(?: [a-z]+){0,4}? (?:cho|for) (?:my |our )?(ba noi|ba ngoai|ong noi|ong ngoai|me|ma|bo|ba|ong|vo|chong|mum|mom|mother|dad|father|wife|husband|grandma|grandpa|grandmother|grandfather)\b/;

// "vợ anh mua bhyt 1 năm bao nhiêu", "mẹ em mua thì bao nhiêu": the relative as the one who buys.
const RELATIVE_BUYS =
  /\b(ba noi|ba ngoai|ong noi|ong ngoai|me|ma|bo|vo|chong)(?: (?:anh|em|toi|minh|tui|e|a))? (?:mua|dong|tham gia)\b/;

// "chồng mình làm tự do, mua bhyt hộ gia đình 1 mình thì bao nhiêu": the relative who buys alone, told first.
const RELATIVE_BUYS_ALONE =
  /\b(ba noi|ba ngoai|ong noi|ong ngoai|me|ma|bo|vo|chong)(?: (?:anh|em|toi|minh|tui|e|a))? [^.?!]{0,30}?\b(?:mua|dong|tham gia)\b[^.?!]{0,30}?\b(?:1|mot) minh\b/;

// "how much is grandma's health insurance", "bhyt của bà nội bao nhiêu": the card of one relative, asked about.
const WHOSE_CARD =
  /\b(grandma|grandpa|grandmother|grandfather|granny|grandad|granddad|mum|mom|mother|dad|father|wife|husband) s (?:health )?(?:insurance|card)\b|\b(?:bhyt|the|bao hiem) cua (ba noi|ba ngoai|ong noi|ong ngoai|me|ma|bo|ba|ong|vo|chong)\b/;

/**
 * "bố có lương hưu, mẹ 65 không lương hưu, mua bhyt cho mẹ": the relative the sum is bought for is named in no
 * clause that says someone is covered elsewhere, so that relative pays.
 */
export function boughtForUncovered(folded: string, mentions = coveredElsewhereMentions(folded)): boolean {
  const target =
    BOUGHT_FOR_ONE.exec(folded) ??
    WHOSE_CARD.exec(folded) ??
    RELATIVE_BUYS.exec(folded) ??
    RELATIVE_BUYS_ALONE.exec(folded);
  const who = target?.[1] ?? target?.[2];
  if (!who) return false;
  const word = new RegExp(`\\b${who}\\b`);
  return !mentions.some((m) => word.test(folded.slice(m.start, m.end)));
}

const RELATIVE =
  "(?:vo|chong|me|bo|ba noi|ba ngoai|ong noi|ong ngoai|me chong|me vo|bo chong|bo vo|con dau|con re|con trai|con gai|em gai|em trai)";
// "…thì vợ với mẹ mua hộ gia đình bao nhiêu": the two relatives who buy, named together with the buying.
const PAIR_BUYS = new RegExp(
  `\\b${RELATIVE}(?: (?:toi|em|minh|tui))? (?:voi|va) ${RELATIVE}(?: (?:toi|em|minh|tui))? (?:cung |phai |se |can )?(?:mua|dong|tham gia)\\b`,
);

/** Whether a folded message says two relatives named together are the ones who buy ("vợ với mẹ mua"). */
export const pairBuys = (folded: string): boolean => PAIR_BUYS.test(folded);
