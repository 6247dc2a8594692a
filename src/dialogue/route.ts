import type { Locale } from "../content/content.ts";
import { type Action, decodeAction } from "../core/actions.ts";
import { t, text } from "../core/reply.ts";
import { acknowledge, closesConversation } from "../features/acknowledge.ts";
import { quoteAskedLine } from "../features/answer-lines.ts";
import { askedTopicReplies } from "../features/asked-topics.ts";
import { changeLanguage } from "../features/change-language.ts";
import { clarify } from "../features/clarify.ts";
import { CALC_FLOW, type CalcField, draftFromSession } from "../features/contribution/calc-draft.ts";
import { slotExtractorOf } from "../features/contribution/calc-figures.ts";
import { answerCalcQuestion, askCalcQuestion, calcAction } from "../features/contribution/calc-flow.ts";
import { provinceAgeQuestion } from "../features/contribution/province-age-question.ts";
import { renewalPrice } from "../features/contribution/renewal-price.ts";
import { fallback } from "../features/fallback.ts";
import { greet } from "../features/greeting.ts";
import type { Outcome, Turn } from "../features/handler.ts";
import { showHelp } from "../features/help.ts";
import { HANDLERS } from "../features/index.ts";
import { answerOutsideBhyt, asksAboutPensionersCard } from "../features/outside-bhyt.ts";
import { answerPlaceName } from "../features/places/place-name.ts";
import { answerProvinceMerger } from "../features/places/province-merger.ts";
import { answerPlaceQuestion, PLACE_FLOW } from "../features/places/where-to-enroll.ts";
import { askToForget, forgetUser, showPrivacy } from "../features/privacy/privacy.ts";
import { cancelNamedReminders, cancelsReminder } from "../features/reminders/cancel-named.ts";
import {
  answerExpiry,
  answerReminderFollowUp,
  listReminders,
  REMIND_FLOW,
  reminderAction,
} from "../features/reminders/remind-flow.ts";
import { answerReminderForCardPaidNow } from "../features/reminders/remind-paid-now.ts";
import { showMore } from "../features/show-more.ts";
import { assistedAnswer } from "../features/staff/assisted-answer.ts";
import { consoleCommand } from "../features/staff/console-command.ts";
import { contentCommand } from "../features/staff/content-commands.ts";
import { handoffCommand } from "../features/staff/handoff.ts";
import { staffCommand } from "../features/staff/staff-commands.ts";
import { triageStep } from "../features/triage/walk-triage.ts";
import { yesOrNo } from "../features/typed-lexicon.ts";
import type { Recognize } from "../nlu/recognize.ts";
import { slotsFor } from "../nlu/slots/extract-slots.ts";
import { asksWhatBhytIs } from "../nlu/what-is-asked.ts";
import { answerAfterSum } from "./after-sum.ts";
import { answerCaseBeforeTopic } from "./cases-before-topic.ts";
import { readInContext } from "./read-in-context.ts";
import {
  ageInterrupted,
  answersQuestion,
  asksToResume,
  keepInterrupted,
  resumeInterrupted,
} from "./suspended-flow.ts";

/** Who reads the reply to a question a guided flow asked, by flow id. */
const FLOW_ANSWERS: Record<
  string,
  (turn: Turn, awaiting: string, text: string) => Outcome | undefined | Promise<Outcome | undefined>
> = {
  [CALC_FLOW]: (turn, awaiting, text) => answerCalcQuestion(turn, awaiting as CalcField, text),
  [PLACE_FLOW]: (turn, _awaiting, text) => answerPlaceQuestion(turn, text),
  [REMIND_FLOW]: (turn, _awaiting, text) => answerExpiry(turn, text),
};

/** Decides what to do with a turn: a button action, a command, or a recognised question. */
export async function route(turn: Turn, recognize: Recognize, action?: string): Promise<Outcome> {
  if (action !== undefined) {
    const decoded = decodeAction(action);
    if (!decoded) return withReply(showHelp(turn), text(t("common:input.unknown_button")));
    const outcome = await runAction(turn, decoded, recognize);
    // A button outside the pending question moves the conversation on: the question is dropped. A language
    // switch does not: the question stays, asked again in the new language.
    if (decoded.type === "lang") return reaskAfter(turn, outcome);
    return decoded.type === "calc" || decoded.type === "rem"
      ? outcome
      : { ...outcome, session: { flow: undefined, ...outcome.session } };
  }
  const flow = turn.session.flow;
  const command = COMMAND_START.test(turn.text);
  // The answer to a question a side question interrupted still counts; "tiếp tục" asks it again.
  const back = flow?.awaiting || command ? undefined : await answerInterrupted(turn);
  if (back) return back;
  // "giờ Hà Giang nhập vào tỉnh nào rồi" names a province without changing a sum's province.
  const merger = command ? undefined : answerProvinceMerger(turn);
  if (merger) return merger;
  const followUp = command ? undefined : answerAfterSum(turn);
  if (followUp) return ageInterrupted(turn, followUp);
  if (!flow?.awaiting) return ageInterrupted(turn, await routeText(turn, recognize));
  // "thanks, bye" while a question waits: the conversation ends there, and the question with it.
  if (!command && closesConversation(turn.text)) {
    const closing = await routeText(turn, recognize);
    return { ...closing, session: { ...closing.session, flow: undefined, suspended: undefined } };
  }
  // A command (/lang, /help, /xoadulieu…) is never read as the answer to the question asked.
  const answered =
    !command && Object.hasOwn(FLOW_ANSWERS, flow.id)
      ? await FLOW_ANSWERS[flow.id]!(turn, flow.awaiting, turn.text)
      : undefined;
  if (answered) return answered;
  const earlier = command ? undefined : await answerInterrupted(turn);
  if (earlier) return earlier;
  // "không", "thôi", "hủy" to a question that is not a yes/no one (a date, a number): the user does not want to go
  // on, which is not a question about anything ("không" alone would read as "is it compulsory?").
  if (!command && yesOrNo(turn.text, turn.content.typedReplies) === "no")
    return {
      replies: [text(t("common:input.flow_dropped"))],
      // The topic is closed too: a date or a number typed next is not read as carrying it on.
      session: { flow: undefined, suspended: undefined, lastIntent: undefined },
    };
  const language = /^\s*\/(?:lang|language)(?:@\w+)?\s+(vi|en)\s*$/i.exec(turn.text)?.[1]?.toLowerCase();
  if (language) return reaskAfter(turn, changeLanguage(language as Locale));
  // Not an answer to the question asked: a side question, answered, with the question kept aside to come back to.
  return keepInterrupted(flow, await routeText(turn, recognize));
}

async function answerInterrupted(turn: Turn): Promise<Outcome | undefined> {
  const suspended = turn.session.suspended;
  if (!suspended?.awaiting || !Object.hasOwn(FLOW_ANSWERS, suspended.id)) return undefined;
  if (asksToResume(turn.text)) return resumeInterrupted(turn);
  const { turns: _turns, ...flow } = suspended;
  const restored = { ...turn, session: { ...turn.session, flow } };
  if (!answersQuestion(restored, flow, turn.text)) return undefined;
  const answered = await FLOW_ANSWERS[flow.id]!(restored, flow.awaiting!, turn.text);
  return answered && { ...answered, session: { ...answered.session, suspended: undefined } };
}

const COMMAND_START = /^\s*\/[a-z_]/i;
// Read as outside health insurance with at least this confidence: pointed to the right service, not "not understood".
const OUTSIDE_FLOOR = 0.3;
// Whether a pensioner pays is a question about health insurance: the topic that answers it.
const PENSIONER_TOPIC = "contribution.elderly_social";

async function routeText(turn: Turn, recognize: Recognize): Promise<Outcome> {
  const command = /^\/([a-z_]+)(?:@\w+)?(?:\s+(.*))?$/is.exec(turn.text.trim());
  const name = command?.[1]?.toLowerCase();
  // Outreach staff forward a citizen's question, or paste it after /hoi: they get a paste-ready answer.
  const staff = turn.role === "staff" || turn.role === "admin";
  if (staff && (turn.message.forwarded || name === "hoi")) {
    const question = name === "hoi" ? (command?.[2]?.trim() ?? "") : turn.text;
    const assisted = await assistedAnswer({
      ...turn,
      text: question,
      understanding: recognize(question, turn.today),
    });
    if (assisted) return assisted;
  }
  if (command && name) return runCommand(turn, name, command[2]?.trim());
  const acknowledged = acknowledge(turn);
  if (acknowledged) return acknowledged;
  const place = answerPlaceName(turn);
  if (place) return place;
  // (Said outright, a reminder cancelled is no card's question, whatever end date names the card.)
  if (cancelsReminder(turn.text)) return cancelNamedReminders(turn);
  const outright = answerCaseBeforeTopic(turn);
  if (outright) return outright;
  const reminder = (await answerReminderFollowUp(turn)) ?? (await answerReminderForCardPaidNow(turn));
  if (reminder) return reminder;

  const read = readInContext(turn, recognize);
  const understanding = renewalPrice(turn, read) ?? provinceAgeQuestion(turn, read) ?? read;
  const understood = { ...turn, understanding };
  const { intent, confidence, band } = understanding;
  const outside = intent === "out_of_scope" && confidence >= OUTSIDE_FLOOR;
  // Unsure, or read as about pensions, but asking about a pensioner's card or the social pension: that answer.
  const pensionersCard = (band === "confirm" || outside) && asksAboutPensionersCard(understood);
  const answered = pensionersCard
    ? await answerWithHandler(understood, PENSIONER_TOPIC)
    : band === "confirm"
      ? clarify(understood)
      : outside
        ? answerOutsideBhyt(understood)
        : band === "fallback"
          ? await fallback(understood)
          : await answerWithHandler(understood, intent);
  // The answer just given, asked about again in a few words: the line that says it, not the whole block.
  const handled = quoteAskedLine(understood, intent, answered) ?? answered;
  handled.replies.push(...askedTopicReplies(understood, handled.replies));
  // "BHYT là gì, một người đóng bao nhiêu": what health insurance is, said first, whatever else is answered.
  if (band !== "fallback" && asksWhatBhytIs(turn.text))
    handled.replies.unshift(text(t("common:what_is_bhyt")));
  // A new question answered: buttons of an older "did you mean…?" no longer carry its question.
  return {
    ...handled,
    session: { clarified: undefined, ...handled.session },
    understood: { intent, confidence, band },
  };
}

// The turn a topic picked from buttons is answered with: the question a "did you mean…?" asked, read for that topic.
function pickedFor(turn: Turn, intent: string, recognize: Recognize): Turn {
  const asked = turn.session.clarified;
  // (A label typed back, "Học sinh, sinh viên", is read as the tap it stands for: its words are no figures.)
  if (!asked) return { ...turn, text: "" };
  const accepted = turn.content.intents.get(intent)?.slots ?? [];
  const read = recognize(asked, turn.today);
  const slots = accepted.length > 0 ? slotsFor(slotExtractorOf(turn)(asked, turn.today), accepted) : {};
  return { ...turn, text: asked, understanding: { ...read, intent, band: "answer", slots } };
}

function answerWithHandler(turn: Turn, intentId: string): Outcome | Promise<Outcome> {
  const intent = turn.content.intents.get(intentId);
  if (!intent) return fallback(turn);
  return HANDLERS[intent.handler](turn, intentId);
}

async function runAction(turn: Turn, action: Action, recognize: Recognize): Promise<Outcome> {
  switch (action.type) {
    case "intent": {
      // A topic picked from buttons (tapped, or its label typed) is asked for the first time, never "again"; picked
      // from a "did you mean…?", it answers the question asked, with its details ("my brother in grade 11 in HCMC").
      const picked = pickedFor(turn, action.intent, recognize);
      const outcome = await answerWithHandler(
        { ...picked, session: { ...turn.session, lastIntent: undefined } },
        action.intent,
      );
      return {
        ...outcome,
        session: { clarified: undefined, ...outcome.session },
        understood: { intent: action.intent, confidence: 1, band: "answer" },
      };
    }
    case "more":
      return turn.content.intents.has(action.intent) ? showMore(turn, action.intent) : showHelp(turn);
    case "lang":
      return changeLanguage(action.locale);
    case "menu":
      return showHelp(turn);
    case "calc":
      return calcAction(turn, action.field, action.value);
    case "triage":
      return triageStep(turn, action.node);
    case "rem":
      return reminderAction(turn, action.field, action.value);
    case "privacy":
      if (action.what === "keep") return withReply(showHelp(turn), text(t("common:privacy.kept")));
      return action.what === "forget"
        ? forgetUser(turn)
        : action.what === "ask"
          ? askToForget()
          : showPrivacy(turn);
    case "resume":
      return resumeInterrupted(turn) ?? showHelp(turn);
  }
}

async function runCommand(turn: Turn, name: string, argument?: string): Promise<Outcome> {
  switch (name) {
    case "start":
      return greet(turn);
    case "nhacnho":
      return listReminders(turn);
    case "xoadulieu":
    case "forget":
      return askToForget();
    case "riengtu":
    case "privacy":
      return showPrivacy(turn);
    case "staff":
    case "stats":
      return staffCommand(turn, name, argument);
    case "answer":
    case "setanswer":
    case "example":
      return contentCommand(turn, name, argument);
    case "console":
      return consoleCommand(turn);
    case "cases":
    case "take":
    case "reply":
    case "close":
      return handoffCommand(turn, name, argument);
    case "lang":
    case "language": {
      const target = argument?.toLowerCase();
      return changeLanguage(target === "vi" || target === "en" ? (target as Locale) : undefined);
    }
    default:
      return showHelp(turn);
  }
}

// The pending question survives a language switch; the calculator asks it again in the new language.
function reaskAfter(turn: Turn, switched: Outcome): Outcome {
  const flow = turn.session.flow;
  if (flow?.id !== CALC_FLOW || !flow.awaiting) return switched;
  const asked = askCalcQuestion(
    turn,
    draftFromSession(flow.data),
    flow.awaiting as CalcField,
    switched.replies,
  );
  return { ...asked, session: { ...asked.session, ...switched.session } };
}

function withReply(outcome: Outcome, first: ReturnType<typeof text>): Outcome {
  return { ...outcome, replies: [first, ...outcome.replies] };
}
