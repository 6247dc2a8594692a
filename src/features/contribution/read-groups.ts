import { foldWords } from "../../core/fold.ts";
import { asksWhatBhytIs } from "../../nlu/what-is-asked.ts";
import { asksEachMember } from "./each-member.ts";
import { saysSelfEmployed } from "./own-card-beside-pupils.ts";

// The intents a question about one person's or one group's payment may be read as, which the handler reads again.

/** Intents a household of several groups may be read as (about one person's group). */
export const REGROUPED = new Set([
  "contribution.elderly_social",
  "contribution.child_under6",
  "contribution.student",
  "contribution.other_group",
  "contribution.overview",
]);
// (When it says "nhà nước đóng" but not "trẻ em".)
/** State-paid groups a question about a young child may be read as. */
export const YOUNG_CHILD_MISREAD = new Set([
  "contribution.elderly_social",
  "contribution.other_group",
  "contribution.poor",
  "contribution.overview",
]);
// (The employee's and the pupil's have their own.)
/** Intents a pensioner's question about paying may be read as. */
export const PENSIONER_ASKS = new Set([
  "contribution.elderly_social",
  "contribution.household",
  "contribution.calculator",
  "contribution.overview",
  "contribution.other_group",
  "contribution.overview.compulsory",
]);

// "đi làm phụ quán ko có hđ", "I work without a contract": no employer pays; the worker buys as a household.
const NO_CONTRACT =
  /\b(?:(?:khong|ko|k|chua|chang) (?:co |ky )?(?:hop dong|hd|hdld)|(?:no|without a|without any|not on a|don t have a|do not have a|have no) (?:labou?r |work |employment )?contract)\b/;

/** Whether a message says the person works without a labour contract, so no employer pays for the card. */
export const worksWithoutContract = (folded: string): boolean => NO_CONTRACT.test(folded);

const BUYS_FOR_FAMILY =
  /\b(?:mua|dong) (?:bhyt |bao hiem |the )?cho (?:toi|em|minh|vo|chong|me|bo)\b|\b(?:buy|insurance|bhyt) for (?:me|my wife|my husband|my mum|my mother)\b/;

/**
 * An employee's question that is about the family, read again with every detail: one naming no salary ("chồng làm công
 * ty…, mua cho tôi và 2 con"), buying for someone at home ("chồng làm công ty lương 12 triệu… mua bhyt cho tôi"), or
 * asking what each member pays ("lương đóng BHXH 7 triệu, vợ làm tự do…, mỗi người đóng bao nhiêu").
 */
export function employeeAboutFamily(text: string, salary: number | undefined): boolean {
  return salary === undefined || BUYS_FOR_FAMILY.test(foldWords(text)) || asksEachMember(text);
}

const OWN_CARD_TOPICS: ReadonlySet<string> = new Set(["card.validity", "card.job_transition"]);
// ("household insurance", "bhyt hộ gia đình" name the kind of card, not several people.)
const SEVERAL =
  /\b(?:nha|(?<!\b(?:bhyt|bao hiem|the|theo|mua|dong|bhyt ho) )gia dinh|ca nha|family|household(?! (?:health )?(?:insurance|card|scheme))|we|us|our|them|they)\b/;

/** Whether a price is asked right after the writer's own card (its validity, leaving a job), of no one else. */
export function afterOwnCard(text: string, lastIntent: string | undefined): boolean {
  return OWN_CARD_TOPICS.has(lastIntent ?? "") && !SEVERAL.test(` ${foldWords(text)} `);
}

// "ai đóng bhyt cho tôi", "tôi thuộc nhóm nào", "which group am I in": the asker's own group.
const ABOUT_ME =
  /\b(?:cho (?:toi|tui|em|minh|chau)|(?:toi|tui|em|minh|chau) (?:thuoc|la|o|co phai|phai)|for me|am i|do i|i am|i m|my group|which group)\b/;

/**
 * Whether a message asks which group the writer is in, to be found by questions ("tôi thuộc nhóm nào?"); not when
 * it says the writer is self-employed, whose group is the household's ("tôi 40 tuổi làm tự do, thuộc diện nào").
 */
export function asksOwnGroup(text: string): boolean {
  return ABOUT_ME.test(` ${foldWords(text)} `) && !asksWhatBhytIs(text) && !saysSelfEmployed(text);
}
