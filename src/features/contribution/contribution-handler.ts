import { encodeAction } from "../../core/actions.ts";
import { foldDiacritics, foldWords } from "../../core/fold.ts";
import { t, text } from "../../core/reply.ts";
import { ageOf } from "../../nlu/slots/age.ts";
import { foldForSlots } from "../../nlu/slots/extract-slots.ts";
import { CONTRIBUTION_GROUPS } from "../../policy/contribution/contribution-types.ts";
import { answerIntent, intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { TRIAGE_START, triageStep } from "../triage/walk-triage.ts";
import { draftFromSlots } from "./calc-draft.ts";
import { askCalcQuestion, continueCalc, PROVINCE_DEPENDENT } from "./calc-flow.ts";

// "ai đóng bhyt cho tôi", "tôi thuộc nhóm nào", "which group am I in": the asker's own group.
const ABOUT_ME =
  /\b(?:cho (?:toi|tui|em|minh|chau)|(?:toi|tui|em|minh|chau) (?:thuoc|la|o|co phai|phai)|for me|am i|do i|i am|i m|my group|which group)\b/;
// "tính tiền bhyt hộ cận nghèo", "tính giùm", "calculate": a request for the sum, not for the rule. Folded "tinh" is
// also "tỉnh" (province), so the bare word counts only with its marks.
const CALCULATE_MARKED = /(?:^|\s)tính(?:\s|$)/u;
const CALCULATE_FOLDED = /\btinh (?:tien|gium|giup|dum|ho|thu|xem|coi)\b|\b(?:calculate|compute|work out)\b/;

/** True when the message asks to calculate ("tính tiền…", "calculate…"). */
export function asksToCalculate(message: string): boolean {
  const lower = message.normalize("NFC").toLowerCase();
  return CALCULATE_MARKED.test(lower) || CALCULATE_FOLDED.test(foldDiacritics(lower));
}

/**
 * Handler of the "how much?" intents: with figures in the message (people, months, a date, a salary, a province
 * that sets its own level) it calculates at once and asks for what is missing; otherwise it gives the FAQ answer
 * with a button to calculate.
 */
export function contribution(turn: Turn, intentId: string): Outcome {
  // "ai đóng bhyt cho tôi?", "tôi thuộc nhóm nào?": the questions that find the group, not the overview of all groups.
  if (intentId === "contribution.overview" && ABOUT_ME.test(` ${foldWords(turn.text)} `))
    return triageStep(turn, TRIAGE_START);
  // "còn con lớn 7 tuổi thì sao": a child of 6 or more is no longer in the free group; pupils' rules apply.
  const age = intentId === "contribution.child_under6" ? ageOf(foldForSlots(turn.text)) : undefined;
  if (age !== undefined && age >= 6 && age < 25) {
    const asPupil = contribution(turn, "contribution.student");
    return { ...asPupil, replies: [text(t("common:calc.note.over_six", { age })), ...asPupil.replies] };
  }
  const slots = turn.understanding?.slots ?? {};
  const group = CONTRIBUTION_GROUPS.find((g) => intentId === `contribution.${g}`) ?? slots.payerGroup;
  const wantsFigures =
    intentId === "contribution.calculator" ||
    asksToCalculate(turn.text) ||
    slots.householdSize !== undefined ||
    slots.insuredElsewhere !== undefined ||
    slots.months !== undefined ||
    slots.date !== undefined ||
    slots.salary !== undefined ||
    (slots.province !== undefined && group !== undefined && PROVINCE_DEPENDENT.has(group));
  if (!wantsFigures) {
    const reply = answerIntent(turn, intentId);
    const start = {
      label: t("common:calc.start_button"),
      action: encodeAction(
        group
          ? { type: "calc", field: "group", value: group }
          : { type: "calc", field: "start", value: "go" },
      ),
    };
    const triage = {
      label: t("common:triage.start_button"),
      action: encodeAction({ type: "triage", node: TRIAGE_START }),
    };
    // The calculator where the group is known; "which group am I in?" (which leads to it) where it is not. The
    // calculator topic among the next topics would be the same button twice.
    if (reply.kind === "choices") {
      const calculatorTopic = intentChoice("contribution.calculator").action;
      const kept = reply.choices.filter((choice) => !group || choice.action !== calculatorTopic);
      reply.choices.splice(0, reply.choices.length, ...kept);
      reply.choices.splice(1, 0, group ? start : triage);
    }
    return { replies: [reply], session: { lastIntent: intentId, misses: 0 } };
  }
  const { draft, invalid } = draftFromSlots(slots);
  if (group) draft.group = group;
  // A wrong date or period is said back and asked again, never silently replaced by a default.
  if (invalid === "date") return askCalcQuestion(turn, draft, "date", [text(t("common:calc.invalid.date"))]);
  if (invalid === "months" && draft.group !== "employee")
    return askCalcQuestion(turn, draft, "months", [text(t("common:calc.invalid.months"))]);
  return continueCalc(turn, draft);
}
