import { agesOf } from "./age.ts";
import {
  CLAUSE_BREAK,
  coverSaid,
  NEGATED,
  ON_SOCIAL_PENSION,
  peopleIn,
  SOCIAL_PENSION_AGE,
  saysPensioner,
} from "./insured-members.ts";

/**
 * How many people on the social pension the clauses of folded text name (they are state-paid): those said to receive
 * it, each age from 75 with no pension ("ông bà 77 và 80 tuổi" is two), or the people of a clause said to be over 75
 * ("ông bà trên 75 tuổi").
 */
export function socialPensionAgeMentions(folded: string): number {
  const { said, presumed } = socialPensionCounts(folded);
  return said + presumed;
}

/**
 * Of those people, how many are said to receive the social pension and how many are only presumed to, from their age
 * and no pension ("bà nội 76 tuổi không có lương hưu": on it once granted, which the household's sum cannot know).
 */
export function socialPensionCounts(folded: string): { said: number; presumed: number } {
  // Ages listed with "và" or a comma stay in one clause.
  // "grandpa (80, no pension)": the age in brackets after the person is theirs, in the person's clause.
  const kept = folded.replace(AGE_SEPARATOR, "$1 + ").replace(AGE_IN_BRACKETS, "$1 $2 tuoi ,");
  const clauses = kept.split(CLAUSE_BREAK);
  // The count each clause adds; a clause "…, đã nhận trợ cấp hưu trí xã hội" naming no one is the one before it.
  const counted: number[] = [];
  const byAge: number[] = [];
  clauses.forEach((clause, index) => {
    counted.push(0);
    byAge.push(0);
    if (coverSaid(clause)) return;
    // "bố 76 chưa nhận trợ cấp gì", "mẹ 76 tuổi, không lương hưu, cũng chưa được nhận trợ cấp": not on it yet, so
    // paying with the household until it is granted.
    // ("my father is 80, never had a pension, and he doesn't get the social pension yet": "he" is the same one.)
    const after = clauses
      .slice(index + 1)
      .filter((next) => next.trim() !== "")
      .slice(0, 2)
      .filter((next) => peopleIn(next) === undefined || SAME_PERSON.test(next));
    if ([clause, ...after].some((said) => NOT_YET_ON_IT.test(said))) return;
    // "bố 73 tuổi đang nhận trợ cấp hưu trí xã hội": on the social pension at any age, so the state pays.
    const onPension = ON_SOCIAL_PENSION.exec(clause);
    // (A survivors' allowance pays the card only from 75: "mẹ chồng 72 tuổi hưởng tiền tuất" pays with the household.)
    const youngSurvivor =
      onPension !== null &&
      SURVIVORS.test(onPension[0]) &&
      (agesOf(clause) ?? []).some((age) => age < SOCIAL_PENSION_AGE);
    if (youngSurvivor) return;
    if (onPension && !NEGATED.test(clause.slice(0, onPension.index)) && !askedAbout(clause, onPension)) {
      const people = peopleIn(clause.slice(0, onPension.index));
      const before = people === undefined ? nearestCounted(counted, index) : -1;
      if (before < 0) counted[index] = people ?? 1;
      // ("my mother is 77 and receives the social pension": the one counted by age is said to receive it.)
      else byAge[before] = 0;
      return;
    }
    // "grandpa (80, gets a pension)": the next clause gives the person a pension.
    // "father-in-law is 78 and already has a veteran's card": the next clause gives the person a card.
    const next = clauses[index + 1] ?? "";
    if ((saysPensioner(next) || coverSaid(next)) && !peopleIn(next)) return;
    const old = (agesOf(clause.replaceAll(" + ", " va ")) ?? []).filter(
      (age) => age >= SOCIAL_PENSION_AGE && age <= 120,
    ).length;
    const over = OVER_75.test(clause) ? (peopleIn(clause) ?? 1) : 0;
    // "ông bà e 80 tuổi cả 2", "both 78": one age said of a pair.
    const both = old >= 1 && BOTH.test(clause) ? (peopleIn(clause) ?? 2) : 0;
    counted[index] = Math.max(old, over, both);
    byAge[index] = counted[index];
  });
  const total = counted.reduce((sum, count) => sum + count, 0);
  const presumed = byAge.reduce((sum, count) => sum + count, 0);
  return { said: total - presumed, presumed };
}

// The clause just before `index` (within two) that counted someone, or -1: "mẹ 82 tuổi, không lương hưu, đã nhận trợ
// cấp hưu trí xã hội" says twice of one person that the state pays.
function nearestCounted(counted: readonly number[], index: number): number {
  for (let at = index - 1; at >= Math.max(0, index - 2); at--) if ((counted[at] ?? 0) > 0) return at;
  return -1;
}

// "can they get the social pension?", "ông có được hưởng trợ cấp hưu trí xã hội không": asked, not said.
const ASKED_BEFORE =
  /\b(?:can|could|do|does|will|would|should|may|might|to|eligible for|apply for)\s+(?:\w+\s+)?(?:(?:also|still|then|too)\s+)?$/;
const askedAbout = (clause: string, cue: RegExpExecArray) =>
  ASKED_BEFORE.test(clause.slice(0, cue.index)) ||
  (/\bco duoc\s+$/.test(clause.slice(0, cue.index)) && /\bkhong\b/.test(clause.slice(cue.index)));

/** "doesn't get anything yet", "will apply for the social pension", "until dad gets the social pension", "đang làm hồ sơ trợ cấp": on it later, not now. */
export const APPLYING_LATER =
  /\b(?:doesn t|does not|don t|do not|isn t|is not|hasn t|has not|haven t) (?:get|receive|getting|receiving|got|received) anything(?: \w+){0,3}? yet\b|\b(?:will|is going to|s going to|is about to|plans to) apply (?:for )?(?:the |a )?(?:social pension|allowance|it)\b|\buntil (?:\w+ ){0,3}?(?:gets|receives|is granted|starts getting|is on) (?:the |a )?(?:social pension|allowance)\b|\b(?:chua (?:duoc )?(?:nhan|huong|co) (?:gi|duoc gi)|se (?:lam|nop) (?:ho so|don)|dang (?:lam|nop) (?:ho so|don)(?: \w+){0,2}? (?:tro cap|huu tri xa hoi))\b/;
const NOT_YET_ON_IT = new RegExp(
  `\\b(?:chua|khong|ko|k|chang) (?:duoc )?(?:lam|nhan|co|huong|xin|lanh|linh|lam ho so|dang ky)(?: \\w+){0,2}? (?:tro cap|huu tri xa hoi|luong huu xa hoi)\\b|\\b(?:not yet|hasn t|has not|haven t|have not|isn t|is not|not|doesn t|does not|don t|do not|never) (?:\\w+ ){0,3}?(?:on|getting|receiving|received|applied for|get|receive|gets|receives|have|has) (?:the |any |a )?(?:social pension|allowance)\\b|\\b(?:has|have|gets|receives) no (?:social pension|allowance)\\b|${APPLYING_LATER.source}`,
);
const SURVIVORS = /\b(?:tuat|survivor)/;
const SAME_PERSON = /^\s*(?:(?:and|but|so|va|nhung|ma) )?(?:he|she|ong ay|ba ay|ong|ba|cu)\b/;
const BOTH = /\b(?:ca 2|ca hai|hai nguoi deu|ca hai nguoi|both|both of them|each)\b/;
const AGE_IN_BRACKETS =
  /\b(grandma|grandpa|grandmother|grandfather|granny|mother|father|mum|mom|dad|in law) ,\s*(\d{2,3})\s*,/g;
const AGE_SEPARATOR = /\b(\d{1,3})\s*(?:,|va|voi|and|&)\s*(?=\d{1,3}\b)/g;
const OVER_75 =
  /\b(?:tren|qua|hon|tu|over|above|from)\s*(?:7[5-9]|[89]\d|1[01]\d)\b(?!\s*(?:%|phan tram|percent|k\b|nghin|ngan|trieu|tr\b|thousand|million|cu\b))/;
