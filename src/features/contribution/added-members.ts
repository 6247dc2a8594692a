import { foldWords } from "../../core/fold.ts";
import { countOf } from "../../nlu/slots/numbers.ts";
import { LARGEST_HOUSEHOLD } from "../../policy/contribution/contribution-types.ts";
import type { Turn } from "../handler.ts";
import { saysCorrection } from "../typed-lexicon.ts";
import { type CalcDraft, HOUSEHOLD_GROUPS } from "./calc-draft.ts";

// "tính thêm vợ em nữa", "thêm 1 người", "and for my wife too?", "add my mum": people added to the last sum.
const ADDING = /\b(?:them|tinh ca|ca|nua|add|adding|plus|also|too|and for|include|as well)\b/;
const A_COUNT = /\b(\d|mot|hai|ba|bon|one|two|three|four) (?:nguoi|ng|people|persons?)\b/;
const EXPLICITLY_ADDED = /\b(?:them|cong them|add|adding|more|extra|another|nua)\b/;
const PAIR = /\b(?:bo me|ba me|cha me|ong ba|vo chong|parents|grandparents|2 dua|hai dua|2 con|hai con)\b/;
const ONE =
  /\b(?:vo|chong|bo|me|ong|cha|ma|ba (?:noi|ngoai|toi|em|minh)|con (?:toi|em|minh|trai|gai|lon|nho|ut)|(?:em|anh|chi) (?:trai|gai|toi|minh)|chau (?:noi|ngoai|toi|em)|wife|husband|mother|father|mum|mom|dad|son|daughter|brother|sister|grandma|grandpa|grandmother|grandfather|baby|kid|child)\b/;
// "and if I join too?", "tính cả tôi nữa": the writer, added.
const WRITER_ADDED =
  /\b(?:i (?:also )?join|i (?:buy|get|sign up)|i (?:m|am) (?:also )?(?:included|counted|added)|count me|me too|me as well|include me|add me|and me|with me|(?<!\b(?:vo|chong|me|bo|ba|ong|con|ma|cha|em|anh|chi) )(?:ca|them|tinh ca) (?:toi|minh|tui)|(?<!\b(?:vo|chong|me|bo|ba|ong|con|ma|cha|em|anh|chi) )(?:toi|minh|tui) nua)\b/;
const LIST_JOIN = /\b(?:and|va)\b|,/;
// "tổng cộng 3 người", "only", "all together": a count of everyone, which the figures reader takes.
const WHOLE = /\b(?:tong|tong cong|ca nha|chi|only|total|in all|altogether|all together)\b/;
// "so my son the student gets 70% too?": a share asked of someone counted, not someone added.
const SHARE_ASKED = /%|\b(?:phan tram|percent|gets?|duoc (?:ho tro|huong)|ho tro|support\w*|level)\b/;
const FEW_WORDS = 10;
const SAID_ADDED =
  /\b(?:tinh them|cong them|them (?:\w+ ){1,4}nua|add (?:my|our|him|her)|quen|forgot|o chung|song chung|(?:lives|living|stays|staying) with us)\b/;
const STORY_WORDS = 30;
const NEW_TOTAL =
  /\b(?:la|thanh|tong|makes?|so that s|that s) (?:\d|mot|hai|ba|bon|nam|sau|two|three|four|five|six) (?:nguoi|ng|people|of us)\b/;

/**
 * "and for my wife too?" right after a household's sum: the same sum with the people named added (one for each
 * relative, two for a pair, or the count said). Undefined for other messages.
 */
export function withAddedMembers(turn: Turn, before: CalcDraft, maxWords = FEW_WORDS): CalcDraft | undefined {
  if (!HOUSEHOLD_GROUPS.has(before.group ?? "") || !before.members) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  // "…em chồng chị 25 tuổi cũng ở chung, …, tính thêm em ấy nữa": said plainly, an added person may come with a story.
  const words = SAID_ADDED.test(folded) ? STORY_WORDS : maxWords;
  // ("chị", the writer or a sister, folds to "chi" as "chỉ" (only) does: only the one typed as "chỉ" counts.)
  const whole = WHOLE.test(` ${foldWords(turn.text.replace(/chị/giu, " "))} `);
  if (turn.text.trim().split(/\s+/).length > words || !ADDING.test(folded) || whole) return undefined;
  if (SHARE_ASKED.test(turn.text.includes("%") ? "%" : folded)) return undefined;
  // "and for 4 people?" is a new total; "thêm 1 người", "add 2 more people" add to the last one.
  const count = A_COUNT.exec(folded);
  // "à không, 5 người, tính cả bà nội nữa": a count in a correction is the new total, with whom it now includes.
  // "…thêm bà nội nữa là 3 người": the count after "là" is the new total.
  if (count && (!EXPLICITLY_ADDED.test(folded) || saysCorrection(turn.text) || NEW_TOTAL.test(folded)))
    return undefined;
  // "add my wife and my mum", "thêm vợ và mẹ": each relative of a list is one more.
  const named = folded.split(LIST_JOIN).filter((part) => ONE.test(part)).length;
  const ones = named + (WRITER_ADDED.test(folded) ? 1 : 0);
  const added = count ? (countOf(count[1]!) ?? 0) : PAIR.test(folded) ? 2 : ones;
  if (added === 0 || before.members + added > LARGEST_HOUSEHOLD) return undefined;
  return { ...before, members: before.members + added };
}
