import { foldWords } from "../../core/fold.ts";
import { choices, type TextRef, t } from "../../core/reply.ts";
import { ETHNIC_MINORITY, MOUNTAIN_AREA, namesStatePaidArea } from "../../nlu/area-words.ts";
import { asksLevel } from "../../nlu/level-asked.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { law } from "../../policy/answer-vars.ts";
import { NEAR_POOR_LISTED } from "../../policy/contribution/calculate-contribution.ts";
import { parameterAt } from "../../policy/parameter-at.ts";
import { answerVarsFor, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";

import { CALC_FLOW } from "./calc-draft.ts";
import { ownShareFlow } from "./own-share-sum.ts";
import { ownShareVars } from "./part-supported-groups.ts";
import { asksSocialPension, saysOnSocialPension } from "./question-group.ts";

// "nếu sau này xã tôi không còn là xã đặc biệt khó khăn nữa": the commune taken off the list, for a time supported.
const LEFT_LIST =
  /\b(?:khong con (?:la|thuoc|nam trong|o trong)|ra khoi (?:danh sach|ds)|ra khoi (?:\w+ ){0,4}kho khan|thoat khoi|no longer|not (?:be )?(?:a |an )?(?:especially )?difficult (?:area|commune) any ?more|left (?:the |that |our |its )?(?:[a-z-]+ ){0,3}list|(?:came|come|comes|went|dropped|was|were|been|got) (?:off|out of|from) (?:the )?(?:[a-z-]+ ){0,3}list|taken off|removed from|dropped from)\b/;

/** "người Dao, xã vừa ra khỏi danh sách xã khó khăn": an ethnic-minority person whose commune left the list. */
export function saysAreaLeftList(folded: string): boolean {
  return ETHNIC_MINORITY.test(folded) && LEFT_LIST.test(folded);
}

const POOR_COMMUNE = /\b(?:xa ngheo|poor commune)\b/;
const NEAR_POOR = "contribution.near_poor";
const ELDERLY = "contribution.elderly_social";

/** "người Tày ở xã vùng núi", "xã nghèo": where a near-poor household's whole card is paid by the state. */
export function nearPoorListed(message: string): boolean {
  const folded = ` ${foldWords(message)} `;
  return (ETHNIC_MINORITY.test(folded) && MOUNTAIN_AREA.test(folded)) || POOR_COMMUNE.test(folded);
}

/**
 * "hộ cận nghèo người Tày ở xã vùng núi": the state pays the whole card, said instead of a sum; "bố chồng 71 tuổi, hộ
 * cận nghèo, đang hưởng tiền tuất" (`elderAge`: one person of 70 to under 75): the same for that elder. Undefined
 * otherwise.
 */
export function answerNearPoorPaidInFull(
  turn: Turn,
  intentId: string,
  elderAge: boolean,
): Outcome | undefined {
  const listed = nearPoorListed(turn.text);
  if (intentId === NEAR_POOR && listed) {
    const paid = paidInFull(turn, "common:calc.note.near_poor_listed", "support.near_poor_listed", intentId, [
      "enroll.steps",
      "benefit.levels",
    ]);
    // "nhà em 6 người thì sao" next is a sum for the same listed household, which pays nothing.
    return {
      ...paid,
      session: {
        ...paid.session,
        flow: { id: CALC_FLOW, data: { group: "near_poor", part: NEAR_POOR_LISTED } },
      },
    };
  }
  const elder =
    elderAge && saysOnSocialPension(turn.text) && payerGroupOf(foldForSlots(turn.text)) === "near_poor";
  if (!elder || (intentId !== NEAR_POOR && intentId !== ELDERLY)) return undefined;
  return {
    replies: [
      choices(
        [t("common:calc.note.near_poor_elder_paid", answerVarsFor(turn, ["social_pension"]))],
        [intentChoice("benefit.levels"), intentChoice("enroll.steps")],
      ),
    ],
    session: { lastIntent: ELDERLY, misses: 0 },
  };
}

/**
 * "we are Khmer, living in a village in Sóc Trăng — does it change anything?" after a near-poor sum: the state pays
 * the whole card when the village is in an ethnic-minority and mountain area, which the commune knows.
 */
export function nearPoorEthnicNote(turn: Turn): Outcome {
  const support = parameterAt(turn.content.policy, "support.near_poor_listed", { date: turn.today });
  return {
    replies: [
      choices(
        [t("common:calc.note.near_poor_ethnic", { basis: law(support.legalBasis) })],
        [intentChoice("enroll.steps"), intentChoice("benefit.levels")],
      ),
    ],
    session: { lastIntent: NEAR_POOR, misses: 0 },
  };
}

/**
 * "I'm Ede and live in a commune with especially difficult conditions — do I need to buy health insurance?": the
 * state pays the whole card of people living there, said for them. Undefined when the message names no such place.
 */
export function answerStatePaidArea(turn: Turn, intentId: string): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("'", " "))} `;
  // "I'm Tày and my commune just came off the list of disadvantaged communes": however the area is named.
  if (saysAreaLeftList(folded)) return areaLeftList(turn, intentId);
  const paid =
    namesStatePaidArea(turn.text) ||
    (AREA_TOPICS.has(turn.session.lastIntent ?? "") && (SAME_PLACE.test(folded) || LEFT_LIST.test(folded)));
  if (!paid) return undefined;
  if (LEFT_LIST.test(folded)) return areaLeftList(turn, intentId);
  return paidInFull(turn, "common:calc.note.area_paid", "support.other_group", intentId, [
    "contribution.other_group",
    "card.lookup",
  ]);
}

/** What ethnic-minority people pay for 36 months after their commune left the list of difficult areas. */
export function areaLeftListLine(turn: Turn): TextRef {
  const support = parameterAt(turn.content.policy, "support.ethnic_area_left_list", { date: turn.today });
  return t("common:calc.note.area_left_list", ownShareVars(turn, support));
}

/** "We're Nung and our commune was dropped from the list…", however sure the topic was read: the support left. */
export function answerAreaLeftList(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text.replaceAll("'", " "))} `;
  // (With the card's level asked too, the level's answer says both.)
  if (turn.text.trim().split(/\s+/).length > AREA_WORDS || asksLevel(turn.text)) return undefined;
  return saysAreaLeftList(folded) ? areaLeftList(turn, "contribution.other_group") : undefined;
}
const AREA_WORDS = 40;

// The topics this answer is given under.
const AREA_TOPICS = new Set(["contribution.other_group", "contribution.overview.compulsory"]);
// "vợ tôi người Kinh ở cùng xã đó", "she lives in the same commune": the place of the answer just given.
const SAME_PLACE =
  / (?:cung (?:xa|thon|ban|lang|noi|vung)|(?:xa|thon|ban|lang|vung) (?:do|nay|ay)|same (?:commune|village|place|area)|lives there|living there) /;

// Ethnic-minority people in a commune taken off the list of difficult areas: the state still pays most, for a time.
function areaLeftList(turn: Turn, intentId: string): Outcome {
  return {
    replies: [choices([areaLeftListLine(turn)], [intentChoice("contribution.household")])],
    session: { lastIntent: intentId, misses: 0, flow: ownShareFlow("support.ethnic_area_left_list") },
  };
}

// "The state pays it all", with the legal basis of the dated parameter that says so.
function paidInFull(turn: Turn, key: string, parameter: string, intentId: string, next: string[]): Outcome {
  const support = parameterAt(turn.content.policy, parameter, { date: turn.today });
  return {
    replies: [choices([t(key, { basis: law(support.legalBasis) })], next.map(intentChoice))],
    session: { lastIntent: intentId, misses: 0 },
  };
}

/**
 * Said before a near-poor elder's sum (70 to under 75): on the social pension or a survivor allowance the state pays
 * the whole card; asked whether they can get it ("mẹ 72 tuổi, hộ cận nghèo, có được trợ cấp hưu trí xã hội không"):
 * yes, and what it changes.
 */
export function nearPoorElderNote(turn: Turn, ages: readonly number[]): TextRef {
  const key = asksSocialPension(turn.text) ? "near_poor_social_pension_yes" : "near_poor_social_pension";
  const age = ages.find((a) => a >= 70) ?? 70;
  return t(`common:calc.note.${key}`, { age, ...answerVarsFor(turn, ["social_pension"]) });
}
