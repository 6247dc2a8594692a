import type { TFunction } from "i18next";
import type { Content, Locale } from "../content/content.ts";
import type { ContentEditor } from "../content/content-editor.ts";
import { encodeAction } from "../core/actions.ts";
import { type Clock, civilDate, systemClock } from "../core/clock.ts";
import { foldWords } from "../core/fold.ts";
import { redactPersonalNumbers } from "../core/pii-guard.ts";
import { type RenderedReply, type Reply, t, text, withoutRepeatedChoices } from "../core/reply.ts";
import { type ChatLock, createSequencer } from "../core/sequentialize.ts";
import { MAX_PENDING_CHOICES, newSession, type Session, type SessionStore } from "../core/session.ts";
import type { InboundMessage, RateVerdict } from "../core/types.ts";
import { CALC_FLOW } from "../features/contribution/calc-draft.ts";
import type { Outcome, Turn } from "../features/handler.ts";
import { REMIND_FLOW } from "../features/reminders/expiry-replies.ts";
import type { ReminderBook } from "../features/reminders/reminder-book.ts";
import { reminderReply } from "../features/reminders/reminder-message.ts";
import { noteWhileWaiting, whilePersonHasChat } from "../features/staff/handoff.ts";
import type { HandoffDesk, Notifier } from "../features/staff/handoff-desk.ts";
import type { StaffDesk } from "../features/staff/staff-desk.ts";
import { renderReplies } from "../i18n/render.ts";
import { cardEndSaid } from "../nlu/card-end-said.ts";
import { detectLanguage } from "../nlu/language.ts";
import { peopleSaid } from "../nlu/person-said.ts";
import type { Recognize } from "../nlu/recognize.ts";
import { foldForSlots } from "../nlu/slots/extract-slots.ts";
import { placeFinderFor } from "../nlu/slots/places.ts";
import { answerSafely } from "./answer-safely.ts";
import { withRecentTurn } from "./recent-turns.ts";
import { rememberChoices, rememberPerson, topicTitled } from "./remembered.ts";
import { route } from "./route.ts";
import { countOrPick, readTypedReply, sumPeople } from "./typed-reply.ts";

/** Longest message the bot reads; longer ones get a polite request to shorten (nothing is silently cut). */
export const MAX_MESSAGE_LENGTH = 2000;

/** What the bot answers to one message. */
export interface BotResponse {
  replies: RenderedReply[];
  locale: Locale;
  understood?: Outcome["understood"];
}

/** What the bot is built from. */
export interface BotDeps {
  content: Content;
  recognize: Recognize;
  translator: (locale: Locale) => TFunction;
  sessions: SessionStore;
  defaultLocale: Locale;
  province?: string;
  clock?: Clock;
  reminders?: ReminderBook;
  staffDesk?: StaffDesk;
  handoff?: HandoffDesk;
  notifier?: Notifier;
  /** The current content, recognizer and translations, when they can change at run time. */
  live?: () => LiveParts;
  /** Per-user rate limit (Redis in production); staff and admins are not limited. */
  rateLimit?: (ref: InboundMessage["ref"]) => Promise<RateVerdict>;
  /** Orders a chat's messages across instances (a Redis lock in production); within one process a queue does. */
  chatLock?: ChatLock;
  /** Admin content editing (built after the bot, hence a getter). */
  contentEditor?: () => ContentEditor | undefined;
  /** One-time web console sign-in links for staff (`/console`). */
  consoleLink?: (principal: string) => Promise<string | undefined>;
  /** Told of a fault in the bot's own code on a message (the citizen gets an apology). */
  onFault?: (error: unknown) => void;
}

/** The parts an admin content edit replaces while the bot runs; a turn uses one consistent set. */
export interface LiveParts {
  content: Content;
  recognize: Recognize;
  translator: (locale: Locale) => TFunction;
}

/** The channel-agnostic bot: every channel hands it messages and formats what it returns. */
export interface Bot {
  handle(message: InboundMessage): Promise<BotResponse>;
}

/** Builds the bot: session → language → route → handler → render → session saved; one chat at a time, in order. */
export function createBot(deps: BotDeps): Bot {
  const clock = deps.clock ?? systemClock;
  const sequence = createSequencer();

  async function handleNow(message: InboundMessage): Promise<BotResponse> {
    const { content, recognize, translator } = deps.live ? deps.live() : deps;
    // Independent reads go to Redis together: one round trip of waiting instead of four.
    // A console trial leaves no trace: no session, reminders, cases or counts, and no desk to hand over to.
    const parts: Partial<BotDeps> = message.trial ? {} : deps;
    const [stored, role, personCase, anyPending] = message.trial
      ? []
      : await Promise.all([
          deps.sessions.load(message.ref),
          deps.staffDesk?.roleOf(message.ref),
          message.action === undefined ? deps.handoff?.activeFor(message.ref) : undefined,
          deps.reminders?.hasPending(message.ref),
        ]);
    const now = clock.now();
    const session = stored ?? newSession(now);
    const rawText = (message.text ?? "").normalize("NFC");
    const { text: safeText, found: hadPersonalNumber } = redactPersonalNumbers(rawText);
    // While the calculator waits for an answer, a typed number is that answer ("12" months), not a menu pick.
    const numbersAreAnswers = session.flow?.id === CALC_FLOW && Boolean(session.flow.awaiting);
    // A topic's label typed whole from buttons offered turns ago ("Đóng BHYT trực tuyến") is that topic, as if tapped,
    // unless a button offered now bears that very label.
    const titled =
      message.action === undefined &&
      !session.pendingChoices.some((choice) => choice.labels.includes(foldWords(safeText)))
        ? topicTitled(safeText, content.intents, translator)
        : undefined;
    const typed =
      message.action === undefined && titled === undefined
        ? readTypedReply(safeText, session.pendingChoices, content.typedReplies, {
            numbers: !numbersAreAnswers,
            people: sumPeople(session),
          })
        : undefined;
    const action =
      message.action ??
      (typed?.kind === "pick" ? typed.action : undefined) ??
      (titled ? encodeAction({ type: "intent", intent: titled }) : undefined);
    const locale = chooseLocale(message, session, action ? "" : safeText, deps.defaultLocale);
    const turn: Turn = {
      message,
      text: safeText,
      locale,
      session,
      content,
      today: civilDate(now),
      now: now.getTime(),
      ...(deps.province ? { province: deps.province } : {}),
      ...(parts.reminders ? { reminders: parts.reminders } : {}),
      ...(parts.staffDesk ? { staffDesk: parts.staffDesk, role: role ?? "citizen" } : {}),
      ...(parts.handoff ? { handoff: parts.handoff } : {}),
      ...(parts.notifier ? { notifier: parts.notifier } : {}),
      ...(parts.contentEditor?.() ? { contentEditor: parts.contentEditor()! } : {}),
      ...(parts.consoleLink ? { consoleLink: parts.consoleLink } : {}),
    };

    let outcome: Outcome;
    const outOfRange = typed?.kind === "out_of_range";
    const refused =
      outOfRange ||
      (action === undefined && (safeText.trim() === "" || safeText.length > MAX_MESSAGE_LENGTH));
    if (typed?.kind === "count_or_pick") outcome = countOrPick(typed);
    else if (typed?.kind === "out_of_range")
      outcome = { replies: [text(t("common:input.out_of_range", { count: typed.count }))] };
    else if (action === undefined && safeText.trim() === "")
      outcome = { replies: [text(t("common:input.empty"))] };
    else if (action === undefined && safeText.length > MAX_MESSAGE_LENGTH) {
      outcome = {
        replies: [text(t("common:input.too_long", { length: safeText.length, limit: MAX_MESSAGE_LENGTH }))],
      };
    } else {
      const person = action === undefined ? await whilePersonHasChat(turn, personCase) : undefined;
      outcome =
        person ??
        (await answerSafely(
          () => route(turn, recognize, action),
          content.links.contacts.hotline,
          deps.onFault,
        ));
    }

    // A forwarded question is answered for someone else: say so first, so the answer below can be pasted back.
    const notes = [
      ...(message.forwarded ? [text(t("common:forwarded.header"))] : []),
      ...(hadPersonalNumber ? [text(t("common:pii.notice"))] : []),
    ];
    // Reminders a channel could not send earlier (Zalo's 7-day window) come first, now that the user wrote.
    // Taken only once the turn has an answer, so a failed turn leaves them waiting for the next message.
    const pending = (anyPending && (await deps.reminders?.takePending(message.ref))) || [];
    const due = pending.map((entry) => reminderReply(entry, content.policy, turn.today));
    // Two answers in one turn often share a next step ("Paying online"): each button is offered once.
    const replies: Reply[] = withoutRepeatedChoices([...due, ...notes, ...outcome.replies]);
    const replyLocale = outcome.session?.locale ?? locale;
    // Every list of the turn is numbered on from the one before, so all its options can be typed back.
    const offered = replies.filter((r) => r.kind === "choices");
    const said = action === undefined ? peopleSaid(safeText) : [];
    // (A reminder's own answer takes its dates itself.)
    const aboutReminders = [
      outcome.session?.lastIntent,
      outcome.understood?.intent,
      outcome.session?.flow?.id,
    ].some((topic) => topic?.startsWith("reminder.") === true || topic === REMIND_FLOW);
    const namedProvince =
      action === undefined
        ? placeFinderFor(content.policy.provinces).provinceOf(foldForSlots(safeText))?.code
        : undefined;
    const end = action === undefined && !aboutReminders ? cardEndSaid(safeText, turn.today) : undefined;
    const rendered = renderReplies(replies, translator(replyLocale), replyLocale);
    const updated: Session = {
      ...session,
      // A card's end said in passing is kept for the next turn; a handler that reads it otherwise says so itself.
      ...(end ? { cardEnd: end } : {}),
      ...(namedProvince ? { province: namedProvince } : {}),
      ...outcome.session,
      ...(said.length > 0 ? { people: said.reduce(rememberPerson, session.people) } : {}),
      // A message refused for its form (empty, too long, a number not offered) keeps the choices it was meant to answer.
      pendingChoices:
        offered.length > 0
          ? [
              ...(outcome.keepsChoices ? session.pendingChoices : []),
              ...offered.flatMap((reply) => rememberChoices(reply, translator)),
            ].slice(0, MAX_PENDING_CHOICES)
          : refused
            ? session.pendingChoices
            : [],
      lastLocale: replyLocale,
      recent: withRecentTurn(session.recent, safeText, rendered, now.getTime()),
      updatedAt: now.toISOString(),
    };
    // A citizen waiting for a person: the staff member who takes the chat reads the bot's answers meanwhile too.
    if (!message.trial && action === undefined) await noteWhileWaiting(deps.handoff, personCase, rendered);
    if (outcome.forget && !message.trial) await deps.sessions.delete(message.ref);
    else if (!message.trial)
      await Promise.all([
        deps.sessions.save(message.ref, updated),
        deps.staffDesk && countTurn(deps.staffDesk, turn.today, safeText, outcome, message.ref),
      ]);
    return {
      replies: rendered,
      locale: replyLocale,
      ...(outcome.understood ? { understood: outcome.understood } : {}),
    };
  }

  /** Over the rate limit: one polite line for the first message, silence for the rest; nothing read or stored. */
  async function overLimit(message: InboundMessage): Promise<BotResponse | undefined> {
    const verdict = deps.rateLimit ? await deps.rateLimit(message.ref) : "ok";
    if (verdict === "ok") return undefined;
    const role = await deps.staffDesk?.roleOf(message.ref);
    if (role === "staff" || role === "admin") return undefined; // busy staff are never cut off
    const locale = message.forcedLocale ?? (message.localeHint?.startsWith("en") ? "en" : deps.defaultLocale);
    const { translator } = deps.live ? deps.live() : deps;
    const replies = verdict === "slow_down" ? [text(t("common:input.slow_down"))] : [];
    return { replies: renderReplies(replies, translator(locale), locale), locale };
  }

  return {
    handle: async (message) => {
      // A user id from a channel becomes part of storage keys and records: one with control characters, or of any
      // length, is not a chat anyone should be answering.
      if (!USER_ID.test(message.ref.userId)) {
        return { replies: [], locale: deps.defaultLocale };
      }
      return handleInOrder(message);
    },
  };

  function handleInOrder(message: InboundMessage): Promise<BotResponse> {
    return sequence(`${message.ref.channel}:${message.ref.userId}`, async () => {
      // The limit check and the lock go to Redis in one write; a message over the limit drops the lock at once.
      const limited = overLimit(message);
      limited.catch(() => {}); // awaited below; this only keeps a failure from going unhandled meanwhile
      const turn = async () => (await limited) ?? handleNow(message);
      return deps.chatLock ? deps.chatLock(message.ref, turn) : turn();
    });
  }
}

// Channel user ids are numbers or short tokens: without control characters (a tab or newline would break stored
// records), at most 128 characters.
const USER_ID = /^[^\p{Cc}]{1,128}$/u;

/** Counts the message for the day's stats, and keeps what the bot could not answer for review (redacted). */
async function countTurn(
  desk: StaffDesk,
  day: string,
  text: string,
  outcome: Outcome,
  from: InboundMessage["ref"],
): Promise<void> {
  const understood = outcome.understood;
  const fields = ["messages", ...(understood ? [`intent:${understood.intent}`] : [])];
  if (understood && understood.band !== "answer")
    fields.push(understood.band === "fallback" ? "fallback" : "clarify");
  if (understood?.intent === "handoff.human") fields.push("handoffs");
  await desk.count(day, fields);
  if (understood && understood.band !== "answer") await desk.recordUnanswered(text, from);
}

function chooseLocale(message: InboundMessage, session: Session, text: string, fallback: Locale): Locale {
  if (message.forcedLocale) return message.forcedLocale;
  if (session.locale) return session.locale;
  // Commands like /help are the same in every language, so they say nothing about the user's.
  // Once the conversation has a language, only a message clearly in the other one changes it: a place name or a
  // list of dates in an English conversation stays English.
  const detected =
    text && !text.startsWith("/") ? detectLanguage(text, Boolean(session.lastLocale)) : undefined;
  if (detected) return detected;
  if (session.lastLocale) return session.lastLocale;
  const hint = message.localeHint?.slice(0, 2);
  return hint === "vi" || hint === "en" ? hint : fallback;
}
