import { foldWords } from "../../core/fold.ts";
import { LIVES_ALONE } from "../../nlu/slots/one-person.ts";
import { comparesHouseholdWithAlone } from "../../nlu/what-is-asked.ts";
import { asksPerMonth } from "../typed-lexicon.ts";
import type { CalcDraft } from "./calc-draft.ts";
import { asksEachMember } from "./each-member.ts";
import { asksStudentTotal } from "./family-total.ts";

const WHETHER_TO_PAY =
  /\b(?:co phai (?:tu )?(?:dong|mua)|phai (?:dong|mua) (?:khong|ko)|co duoc mien|mien phi|(?:have|has|need|needs) to (?:pay|buy)|must (?:pay|buy)|exempt|free)\b/;
// A share said or asked ("10%", "mấy phần trăm", "what percent").
const SHARE = /%|\bphan tram\b|\bpercent\b/;
// …or an elder asking for herself ("bác phải đóng bao nhiêu"), or one alone ("mua 1 mình", "if she pays herself").
const EACH_PERSON =
  /\b(?:moi nguoi|tung nguoi|1 nguoi|mot nguoi|each person|per person|each of us|one person|bac (?:phai |tu )?(?:dong|mua|tra)|(?:mot|1) minh|(?:she|he) (?:pays?|buys?) (?:for )?(?:it )?(?:herself|himself|alone|on (?:her|his) own))\b/;
const PRICE_OF_ONE =
  /\bbao nhieu (?:mot|1|moi) (?:nguoi|ng)\b|\b(?:mot|1|moi) (?:nguoi|ng) (?:la |thi )?(?:dong |phai dong |tra )?(?:bao nhieu|bn|het bao nhieu)\b|\b(?:per person|for one person|for 1 person)\b/;
const FOR_ME = /\b(?:for me|for myself)\b(?! and)/;
const COUPLE =
  /\b(?:we both|both of us|the two of us|my (?:wife|husband) and (?:i|me)|(?:hai|2) vo chong(?: (?:toi|em|minh|tui|e))?|vo chong (?:toi|em|minh|tui|e))\b/;
const COUNTED_PER_PERSON = new Set(["near_poor", "agri_household"]);
// "tính tiền bhyt cho nhà tôi", "for my family": the writer's household, with no other group said.
const OWN_HOUSEHOLD =
  /\b(?:cho|cua) (?:nha|gia dinh|ca nha|ca gia dinh)(?: (?:toi|em|minh|tui|e))?\b|\b(?:ca nha|nha toi|nha em|nha minh|nha tui|gia dinh toi|gia dinh em|gia dinh minh)\b|\b(?:for )?(?:my|our) (?:family|household|whole family)\b/;

/**
 * What a question's own words settle that the calculator would otherwise ask (`ruleAsked`: the message asks whether
 * a rule holds): "mua 1 mình thì bn 1 tháng" is a year's sum shown monthly; "do they have to pay?" of people with
 * their ages is shown by a year's sum; "near-poor people in Đồng Tháp pay only 10%?" is one person's share; "tính
 * tiền bhyt cho nhà tôi" is the household's sum.
 */
export function withQuestionDefaults(message: string, draft: CalcDraft, ruleAsked: boolean): void {
  const folded = ` ${foldWords(message.replaceAll("%", " % "))} `;
  // (A household's own group said later, "hộ cận nghèo", replaces it: it is only the first guess.)
  if (draft.group === undefined && OWN_HOUSEHOLD.test(folded)) draft.group = "household";
  // "just me. 3 months please", "mua 1 mình": someone paying for themselves, with no group said, is a household of one.
  if (
    draft.group === undefined &&
    (draft.members ?? 1) === 1 &&
    (LIVES_ALONE.test(folded) || FOR_ME.test(folded))
  )
    Object.assign(draft, { group: "household", members: 1 });
  // "so if we both join, what's the total?", "2 vợ chồng mua hết bao nhiêu": a couple, with no group said.
  if ((draft.group ?? "household") === "household" && (draft.members ?? 2) === 2 && COUPLE.test(folded))
    Object.assign(draft, { group: "household", members: 2 });
  // "How much was household health insurance per month in 2025?": the monthly price of a past year, asked with no
  // people, is the first person's (the sum shows the ladder's first step and a year of it).
  if (draft.group === "household" && !draft.members && draft.date && asksPerMonth(message)) draft.members = 1;
  // (…and "mỗi người đóng bao nhiêu": each member's share, which a year's sum shows by the month and the year.)
  if (
    draft.group === "household" &&
    draft.members &&
    !draft.months &&
    (asksPerMonth(message) || asksEachMember(message))
  )
    draft.months = 12;
  // …and so is "chồng với con có phải mua không" of members left out of a household's sum.
  if ((draft.ages || draft.insuredElsewhere) && !draft.months && WHETHER_TO_PAY.test(folded))
    draft.months = 12;
  // "household or each buy our own?", "household for my wife plus a student card: total?": over a year.
  if (draft.members && !draft.months && (comparesHouseholdWithAlone(message) || asksStudentTotal(message)))
    draft.months = 12;
  // "mức đóng bhyt hộ gia đình là bao nhiêu một người": one person's price, shown by the month and the year.
  if (draft.group === "household" && draft.members === 1 && !draft.months && PRICE_OF_ONE.test(folded))
    draft.months = 12;
  const perPerson = draft.group !== undefined && COUNTED_PER_PERSON.has(draft.group);
  // …and so is "mỗi người tự đóng bao nhiêu một năm", "how much does each person pay".
  const eachAsked = EACH_PERSON.test(folded);
  if (
    perPerson &&
    !draft.members &&
    ((ruleAsked && (SHARE.test(folded) || message.includes("%"))) || eachAsked)
  )
    Object.assign(draft, { members: 1, months: draft.months ?? 12 });
}
