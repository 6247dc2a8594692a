import { foldWords } from "../../core/fold.ts";
import type { Turn } from "../handler.ts";
import { asksHowMuch, asksPerMonth } from "../typed-lexicon.ts";
import type { CalcDraft } from "./calc-draft.ts";

const FOLLOW_UP_WORDS = 6;
const CONFIRM_WORDS = 24;
const ONLY_ME_CONFIRMED =
  /\b(?:only me|just me|chi (?:minh|em|toi|tui)|mot minh (?:minh|em|toi))\b.*\b(?:right|correct|dung (?:khong|ko|k|hong)|phai (?:khong|ko|k|hong)|ha|ah)\b/;
const MARKED_FOLLOW_UP_WORDS = 9;
const HOW_MUCH_WORDS = 14;
const NOW_WORDS = 16;
const EACH_ONE = /\b(?:moi nguoi|tung nguoi|1 nguoi|mot nguoi|each (?:person|one|of us)|per person)\b/;
const EMPLOYER = /\b(?:cty|cong ty|co quan|chu|doanh nghiep|company|employer|boss)\b/;
const OUR_TOTAL =
  /\b(?:(?:nha|gia dinh|ho) (?:toi|em|minh|tui|e)|tong(?: cong)?(?! dai)|tat ca|ca nha|ca gia dinh|whole family|family s total|in total|altogether|our total|we (?:still )?(?:have to )?pay)\b/;
// "what do we pay right now", "bây giờ đóng bao nhiêu": the sum as it stands today.
const NOW = /\b(?:right now|now|bay gio|hien tai|hien gio)\b/;
// What is paid at a visit is no sum of the card ("đi khám tổng cộng trả bao nhiêu").
const AT_A_VISIT = /\b(?:kham|vien|thuoc|hospital|clinic|doctor)\b/;

/**
 * Whether a message naming no figure asks for the sum just shown again, or a part of it the sum states: "dị là mỗi
 * tháng nhiêu", "thế cty đóng thêm bn" after an employee's sum, "vậy nhà tôi còn phải đóng bao nhiêu".
 */
export function sumAskedAgain(turn: Turn, before: CalcDraft): boolean {
  const words = turn.text.trim().split(/\s+/).length;
  const folded = ` ${foldWords(turn.text)} `;
  // "so it's only me on the household card, right?" when the sum is for one: that sum, confirmed.
  const payers = (before.members ?? 0) - (before.insuredElsewhere ?? 0);
  if (payers === 1 && ONLY_ME_CONFIRMED.test(folded) && words <= CONFIRM_WORDS) return true;
  if (words <= FOLLOW_UP_WORDS && asksPerMonth(turn.text)) return true;
  // "thế mỗi tháng mỗi người bao nhiêu": each one's share, which the sum states.
  if (words <= MARKED_FOLLOW_UP_WORDS && EACH_ONE.test(folded) && asksHowMuch(turn.text)) return true;
  if (
    before.group === "employee" &&
    words <= MARKED_FOLLOW_UP_WORDS &&
    EMPLOYER.test(folded) &&
    asksHowMuch(turn.text)
  )
    return true;
  return (
    (words <= HOW_MUCH_WORDS || (words <= NOW_WORDS && NOW.test(folded))) &&
    (asksHowMuch(turn.text) || /\b(?:total|altogether)\b/.test(folded)) &&
    (OUR_TOTAL.test(folded) || NOW.test(folded)) &&
    !AT_A_VISIT.test(folded)
  );
}

/** "per year?", "1 năm bao nhiêu" after an employee's share: that share again, whose yearly figures the sum gives. */
export function yearOfShareAsked(text: string, said: CalcDraft): boolean {
  return said.months === 12 && said.members === undefined && text.trim().split(/\s+/).length <= YEAR_WORDS;
}
const YEAR_WORDS = 5;
