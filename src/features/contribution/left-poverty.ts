import { foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { saidBefore } from "../../core/session.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { deniedGroupsOf, payerGroupOf } from "../../nlu/slots/payer-group.ts";
import { answerVarsFor } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { asksHowMuch } from "../typed-lexicon.ts";
import { withAgriComparison } from "./agri-instead.ts";
import { CALC_FLOW, type CalcDraft, draftFromSession, draftFromSlots } from "./calc-draft.ts";
import { figuresIn, slotExtractorOf } from "./calc-figures.ts";
import { continueCalc } from "./calc-flow.ts";

// "thoát nghèo", "ra khỏi hộ nghèo": the group left, which is not the one joined.
const POOR_LEFT = /\b(?:thoat ngheo|ra khoi (?:ho |dien |danh sach )?ngheo|het ngheo|no longer poor)\b/g;

/**
 * "năm sau thoát nghèo thì sao" after a poor household's card: the state no longer pays it all; near-poor support if
 * the household is listed so, otherwise the same people's household sum.
 */
export function leftPoverty(turn: Turn, before: CalcDraft): Outcome {
  // "thoát nghèo thành cận nghèo": listed as near-poor, so the near-poor's share (said first all the same).
  const nearPoor = payerGroupOf(foldForSlots(turn.text).replace(POOR_LEFT, " ")) === "near_poor";
  const sum = continueCalc(turn, { ...before, group: nearPoor ? "near_poor" : "household" });
  const key = nearPoor ? "common:calc.note.left_poverty_near_poor" : "common:calc.note.left_poverty";
  const note = t(key, answerVarsFor(turn, ["near_poor_person_month"]));
  return { ...sum, replies: [text(note), ...sum.replies] };
}

// "năm nay xã đưa ra khỏi danh sách", "không còn là hộ nghèo", "we just got off the poor household list": the poor
// household's listing ended, said in a story of its own.
const LEFT_LIST =
  /\b(?:thoat ngheo|het ngheo|(?:dua|cho|bi|da|duoc) ra khoi (?:ho |dien )?(?:danh sach|ngheo)|(?:khong|ko|k) con (?:la |thuoc )?(?:ho |dien )?ngheo|(?:khong|ko|k) con (?:co )?ten trong danh sach (?:ho )?ngheo|no longer (?:a )?poor|(?:got|get|taken|came|come) off the poor(?: household)? list|off the poor(?: household)? list|(?:took|taken|take) (?:us|them|me) off the list|(?:removed|dropped) from the (?:poor(?: household)? )?list|no longer on the (?:poor(?: household)? )?list)\b/;
const POOR_NAMED = /\b(?:ngheo|poor)\b/;
// …and asks what they pay now, or whether help goes on.
const ASKS_NOW =
  /\b(?:tu dong|tu mua|phai dong|phai mua|mat tien|ton tien|dong tien|mien phi|ho tro|con duoc|van duoc|help|support|pay|cost|free)\b/;
const LEFT_WORDS = 50;

/**
 * "Năm ngoái nhà tôi là hộ nghèo, năm nay xã đưa ra khỏi danh sách… 4 người phải tự đóng hay vẫn được hỗ trợ?": the
 * state no longer pays the whole card; near-poor support if listed so, otherwise the household's sum. Undefined for
 * other messages.
 */
export function answerLeftPovertyStated(turn: Turn): Outcome | undefined {
  if (turn.text.trim().split(/\s+/).length > LEFT_WORDS) return undefined;
  const folded = ` ${foldWords(turn.text)} `;
  if (!LEFT_LIST.test(folded) || !POOR_NAMED.test(folded)) return undefined;
  if (!asksHowMuch(turn.text) && !ASKS_NOW.test(folded)) return undefined;
  const { draft } = draftFromSlots(
    slotExtractorOf(turn)(foldForSlots(turn.text).replace(POOR_LEFT, " "), turn.today),
  );
  // "…thì đóng bao nhiêu cho cả nhà" after the poor household's card was worked out: the people of that sum.
  const flow = turn.session.flow;
  const last = flow?.id === CALC_FLOW ? draftFromSession(flow.data) : undefined;
  const same = last?.group === "poor" && draft.members === undefined ? withYoungLeftOut(turn, last) : {};
  const left = leftPoverty(turn, { ...same, ...draft, months: draft.months ?? 12, group: "poor" });
  // "sang năm thoát nghèo thì sao": poor still, so this year's card is free, said first.
  if (!LEAVES_LATER.test(folded)) return left;
  return { ...left, replies: [text(t("common:calc.note.poor_now")), ...left.replies] };
}
// A poor household's card counts everyone (the state pays them all); the sum after it leaves out again those the
// story said are covered otherwise, such as children under 6.
function withYoungLeftOut(turn: Turn, last: CalcDraft): CalcDraft {
  if (last.insuredElsewhere !== undefined) return last;
  // (The story that counted them, a turn or a few before: the one whose household is this sum's.)
  const told = saidBefore(turn.session)
    .filter((said) => said !== turn.text)
    .slice(0, STORY_TURNS)
    .map((said) => slotExtractorOf(turn)(said, turn.today))
    .find((slots) => slots.householdSize === last.members);
  return told?.insuredElsewhere ? { ...last, insuredElsewhere: told.insuredElsewhere } : last;
}

const STORY_TURNS = 4;
/** "sang năm hết cận nghèo thì…", "if we leave the near-poor list next year": a group left in time to come. */
export const leavesGroupLater = (text: string): boolean => LEAVES_LATER.test(` ${foldWords(text)} `);
const LEAVES_LATER =
  /\b(?:sang nam|nam sau|nam toi|sap|neu|khi nao|next year|if (?:we|i)|when (?:we|i))\b[^.?!]{0,20}\b(?:thoat|ra khoi|het ngheo|het can ngheo|khong con|no longer|get off|leave|come off)/;

// "và nếu mua theo hộ gia đình thì sao", "as a normal household instead": the same people on the household ladder.
const AS_HOUSEHOLD_INSTEAD =
  /\b(?:(?:as|like) an? (?:normal |ordinary |regular |usual )?household|(?:theo|nhu) ho (?:gia dinh|binh thuong|thuong)|mua theo ho)\b/;

/**
 * "nếu nhà e thoát cận nghèo rồi thì đóng bao nhiêu", "and as a normal household instead?" after another group's sum:
 * the same people as a household, for the months of that sum (12 when none were said), with the people and months
 * the message says now ("còn e 27t ở nhà, mua bhyt bn, 1 ng 12 tháng"). Undefined for other messages.
 */
export function answerGroupLeft(turn: Turn, before: CalcDraft, maxWords: number): Outcome | undefined {
  const group = before.group;
  // (A student cannot leave the school's card for the household's: "có đóng theo hộ gia đình cho rẻ hơn được không".)
  if (group === undefined || group === "household" || group === "student") return undefined;
  if (turn.text.trim().split(/\s+/).length > maxWords) return undefined;
  const left =
    deniedGroupsOf(foldForSlots(turn.text)).includes(group) ||
    AS_HOUSEHOLD_INSTEAD.test(` ${foldWords(turn.text)} `);
  if (!left) return undefined;
  if (group === "poor") return leftPoverty(turn, before);
  const said = figuresIn(turn, turn.text, maxWords)?.said;
  const now = {
    ...(said?.members !== undefined ? { members: said.members } : {}),
    ...(said?.months !== undefined ? { months: said.months } : {}),
  };
  // (No one stays near-poor beside the household once the group is left.)
  const { nearPoor: _left, ...kept } = before;
  const draft: CalcDraft = { ...kept, months: before.months ?? 12, ...now, group: "household" };
  const sum = withAgriComparison(turn, before, continueCalc(turn, draft));
  // ("sang năm hết cận nghèo thì…": a year to come, so today's sum stays the one the next question is about.)
  if (!leavesGroupLater(turn.text)) return sum;
  const { flow, priced, lastIntent } = turn.session;
  return { ...sum, session: { ...sum.session, flow, priced, ...(lastIntent ? { lastIntent } : {}) } };
}
