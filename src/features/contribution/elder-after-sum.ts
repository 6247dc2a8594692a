import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { AGE_REACHED_LATER, ageOf, agesOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { SOCIAL_PENSION_AGE, saysPensioner } from "../../nlu/slots/insured-members.ts";
import { monthsOf } from "../../nlu/slots/months.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import { PAYMENT_MONTHS } from "../../policy/contribution/contribution-types.ts";
import { answerVarsFor } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { saysCorrection } from "../typed-lexicon.ts";
import { CALC_FLOW, type CalcDraft, payingAges } from "./calc-draft.ts";
import { slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";
import { contribution } from "./contribution-handler.ts";

const WORDS = 16;
const ELDER_AGE = 60;
const ELDER =
  /\b(?:ong|ba|bo|me|vo|chong|wife|husband|ba noi|ba ngoai|ong noi|ong ngoai|cu|grandma|grandpa|grandmother|grandfather|mother|father|mum|mom|dad|she|he|her|him|ba ay|ong ay)\b/;
// "có được hỗ trợ không", "được miễn không", "does she get support", "is it free for him": whether the state helps.
const SUPPORT_ASKED =
  /\b(?:ho tro|mien|mien phi|nha nuoc dong|phai dong|phai mua|support|free|state pay|does (?:she|he) (?:pay|need))\b/;

const WHAT_ABOUT = /\b(?:thi sao|the nao|what about|how about)\b/;

// "còn ông ngoại 78 tuổi cũng không có lương hưu": an elder's case told, whose answer is whether the state pays.
const NO_PENSION =
  /\b(?:khong|ko|k|chua) (?:co |huong |lanh |linh )?(?:luong huu|huu)\b|\b(?:no|without a?) pension\b/;

/**
 * "còn bà ngoại 67 tuổi ở quận 8 có được hỗ trợ không" after a sum: that elder's own case (the social pension from
 * 75, a province's level by age), in the province of the sum. Undefined for other messages.
 */
export function answerElderAfterSum(turn: Turn, before: CalcDraft): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  const age = ageOf(foldForSlots(turn.text));
  // ("còn bà nội 86 tuổi thì sao": an elder of the social pension's age asked about, whose case it is.)
  const asked =
    SUPPORT_ASKED.test(folded) ||
    NO_PENSION.test(folded) ||
    (age !== undefined && age >= SOCIAL_PENSION_AGE && WHAT_ABOUT.test(folded));
  if (age === undefined || age < ELDER_AGE || !ELDER.test(folded) || !asked) return undefined;
  const province = before.province && before.province !== "none" ? before.province : turn.province;
  const intent = "contribution.elderly_social";
  // Read after a sum, the message has no understanding of its own: its details are read for the elder's case.
  const read = turn.understanding ?? {
    intent,
    confidence: 1,
    band: "answer" as const,
    alternatives: [],
    slots: slotExtractorOf(turn)(turn.text, turn.today),
  };
  // "ông có phải đóng không" after a 6-month sum: the sum without him is for those 6 months too.
  const months = read.slots.months ?? before.months;
  const understanding = { ...read, slots: { ...read.slots, ...(months ? { months } : {}) } };
  return contribution({ ...turn, understanding, ...(province ? { province } : {}) }, intent);
}

const UNTIL_THEN = /\b(?:until|till|truoc khi|cho den khi|den khi)\b/;
// "and when mum turns 75 next year?", "sang năm bà tròn 75", "2 năm nữa là 75": a member reaching the social pension's age.
const TURNS_ELDER =
  /\b(?:turns?|turning|will (?:turn|be)|du|tron|len|se du|se tron|nam nua(?: thi)?(?: la| se| du| tron)+) (7[5-9]|[89]\d)\b(?! ?(?:trieu|million|k\b|%|thang|months?))/;

/**
 * After a household's sum, one member said to turn 75 or more: from then they can get the social pension and the
 * state pays their card, so the sum is redone without them (said first). Undefined for other messages.
 */
export function answerMemberTurnsElder(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // ("for 3 months until she turns 75, how much?": the sum before that day, which the follow-up redoes.)
  if (UNTIL_THEN.test(folded)) return undefined;
  const payers = (before.members ?? 0) - (before.insuredElsewhere ?? 0);
  // "à nhầm, bà nội 76 tuổi rồi, ko có lương hưu": a member's age corrected to 75 or more is the same case, now.
  // ("bà nội mới 73 thôi": an age said with no unit, right after the relative.)
  const age = ageOf(foldForSlots(turn.text)) ?? agesOf(foldForSlots(turn.text))?.[0] ?? 0;
  const lowered = loweredElderAge(turn, before, age) ?? raisedElderAge(turn, before, age);
  if (lowered) return lowered;
  const corrected =
    saysCorrection(turn.text) && age >= SOCIAL_PENSION_AGE && !saysPensioner(foldForSlots(turn.text));
  if (
    !(TURNS_ELDER.test(folded) || corrected) ||
    !ELDER.test(folded) ||
    before.group !== "household" ||
    payers < 2
  )
    return undefined;
  const note = text(t("common:calc.note.turns_social_pension_age", answerVarsFor(turn, ["social_pension"])));
  return continueCalc(turn, { ...before, insuredElsewhere: (before.insuredElsewhere ?? 0) + 1 }, [note]);
}

/**
 * "à nhầm, bà nội mới 73 thôi" (or "what if dad was 72?") after a household's sum that left a member of 75 or more out (on the social
 * pension): at the age corrected she is not on it yet (from 75, or 70 to under 75 in a poor or near-poor household),
 * so the sum is redone with her. Undefined for other messages.
 */
// "what if dad was 72?", "nếu bà mới 72 thì sao": the same sum with that age instead.
const WHAT_IF = /\b(?:what if|suppose|supposing|neu|gia su|gia nhu|con neu)\b/;

// "what if my mother-in-law was 76?", "à nhầm, bà 77 rồi": an elder counted under 75 said to be 75 or more, without a
// pension: on the social pension, which the state insures, so left out of the sum (a province's age band no longer
// counts her either).
function raisedElderAge(turn: Turn, before: CalcDraft, age: number): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  const changed = saysCorrection(turn.text) || WHAT_IF.test(` ${foldWords(turn.text)} `);
  if (!changed || age < SOCIAL_PENSION_AGE || saysPensioner(folded)) return undefined;
  if (before.group !== "household" || !ELDER.test(` ${foldWords(turn.text)} `)) return undefined;
  const ages = (before.ages ?? "").split(",").filter(Boolean).map(Number);
  const was = ages.findIndex((a) => a >= ELDER_AGE && a < SOCIAL_PENSION_AGE);
  if (was < 0) return undefined;
  ages[was] = age;
  const draft = { ...before, ages: ages.join(","), insuredElsewhere: (before.insuredElsewhere ?? 0) + 1 };
  const note = text(t("common:calc.note.turns_social_pension_age", answerVarsFor(turn, ["social_pension"])));
  return continueCalc(turn, draft, [note]);
}

function loweredElderAge(turn: Turn, before: CalcDraft, age: number): Outcome | undefined {
  const folded = foldForSlots(turn.text);
  const changed = saysCorrection(turn.text) || WHAT_IF.test(` ${foldWords(turn.text)} `);
  if (!changed || age < ELDER_AGE || age >= SOCIAL_PENSION_AGE || saysPensioner(folded)) return undefined;
  if (before.group !== "household" || !ELDER.test(` ${foldWords(turn.text)} `)) return undefined;
  const ages = (before.ages ?? "").split(",").filter(Boolean).map(Number);
  const covered = (before.coveredAges ?? "").split(",").filter(Boolean).map(Number);
  const was = ages.findIndex((a) => a >= SOCIAL_PENSION_AGE && !covered.includes(a));
  if (was < 0 || (before.insuredElsewhere ?? 0) < 1) return undefined;
  ages[was] = age;
  const draft = { ...before, ages: ages.join(","), insuredElsewhere: (before.insuredElsewhere ?? 0) - 1 };
  return continueCalc(turn, draft, [text(t("common:calc.note.elder_age_lowered", { age }))]);
}

// "năm sau vợ tôi 65 tuổi thì sao": the age said of next year.
const NEXT_YEAR_AGE = /\b(?:nam sau|sang nam|nam toi|next year)\b[^.?!]{0,24}? (6\d|7[0-4])(?: tuoi)?\b/;
const YEARS_AHEAD = 10;

/**
 * After a household's sum in a province that pays for its residents from an age, one member said to reach that age:
 * the sum from then, without them (said first). Undefined when the age changes nothing or no member is that young.
 */
export function answerMemberReachesBand(turn: Turn, before: CalcDraft): Outcome | undefined {
  const later = reachesBand(turn, before);
  // ("Vợ bác tháng 8/2027 đủ 65 … Giờ bác mua cho bà 6 tháng, hết bao nhiêu?": today's price first, for the months.)
  if (!later || !NOW_ASKED.test(` ${foldWords(turn.text)} `) || !asksHowMuch(turn.text)) return later;
  const months = monthsOf(foldForSlots(turn.text));
  const paid = PAYMENT_MONTHS.find((m) => m === months);
  const now = continueCalc(turn, { ...before, ...(paid ? { months: paid } : {}) });
  return {
    ...later,
    replies: [...now.replies, ...later.replies],
    session: { ...later.session, ...now.session },
  };
}
const NOW_ASKED = /\b(?:gio|bay gio|hien gio|hien tai|truoc mat|now|right now|for now|today)\b/;

function reachesBand(turn: Turn, before: CalcDraft): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  const reached = AGE_REACHED_LATER.exec(folded) ?? NEXT_YEAR_AGE.exec(folded);
  if (!reached || !ELDER.test(folded) || before.group !== "household" || !before.ages) return undefined;
  const age = Number(reached[1]);
  const ages = before.ages.split(",").map(Number);
  const younger = ages.filter((a) => a < age && age - a <= YEARS_AHEAD);
  // ("năm sau vợ tôi 65 tuổi…" of a wife whose age an earlier sum had: her own card at that age.)
  if (younger.length === 0) return reachesBandAlone(turn, before, age);
  const next = { ...before, ages: ages.map((a) => (a === Math.max(...younger) ? age : a)).join(",") };
  const province = before.province && before.province !== "none" ? before.province : turn.province;
  const payersWith = (draft: CalcDraft) =>
    calculateContribution(turn.content.policy, {
      group: "household",
      date: turn.today,
      months: draft.months ?? 12,
      members: draft.members ?? 1,
      ...(draft.insuredElsewhere ? { insuredElsewhere: draft.insuredElsewhere } : {}),
      ...(province ? { province } : {}),
      ages: payingAges(draft),
    }).payers;
  if (payersWith(next) >= payersWith(before)) return undefined;
  const then = continueCalc(turn, next, [text(t("common:calc.note.member_reaches_age", { age }))]);
  // The household as it is today stays the sum to carry on from ("so until March, 3 months for mum?").
  const flow = then.session?.flow?.id === CALC_FLOW ? { id: CALC_FLOW, data: before } : then.session?.flow;
  return { ...then, session: { ...then.session, flow } };
}

// One person at the age reached, in the sum's province: what they pay then (nothing where the province pays).
function reachesBandAlone(turn: Turn, before: CalcDraft, age: number): Outcome | undefined {
  const province = before.province && before.province !== "none" ? before.province : turn.province;
  if (!province) return undefined;
  const alone: CalcDraft = { group: "household", members: 1, months: 12, ages: String(age), province };
  const pays = calculateContribution(turn.content.policy, {
    group: "household",
    date: turn.today,
    months: 12,
    members: 1,
    province,
    ages: [age],
  }).payers;
  if (pays > 0) return undefined;
  const then = continueCalc(turn, alone, [text(t("common:calc.note.member_reaches_age_alone", { age }))]);
  return { ...then, session: { ...then.session, flow: { id: CALC_FLOW, data: before } } };
}
