import { encodeAction } from "../../core/actions.ts";
import { clip } from "../../core/clip.ts";
import { withoutLinks } from "../../core/links.ts";
import { redactPersonalNumbers } from "../../core/pii-guard.ts";
import { choices, type Reply, t, text } from "../../core/reply.ts";
import type { InboundMessage } from "../../core/types.ts";
import { intentChoice } from "../answer-intent.ts";
import type { Outcome, Turn } from "../handler.ts";
import { showHelp } from "../help.ts";
import { caseExpired, type HandoffCase, type HandoffDesk, NotDeliveredError } from "./handoff-desk.ts";
import { principalOf, type StaffDesk } from "./staff-desk.ts";

// Staff hear of new cases at most once a minute; cases that came meanwhile are counted in the next note.
const NOTICE_COOLDOWN_MS = 60_000;
// Callers of the message API are not identified: a case from one could be anyone's, and a flood of them buries
// real citizens, so they are given the hotline instead.
const UNIDENTIFIED_CHANNELS = new Set(["http"]);

// What staff read of a case is kept without personal numbers (ID, BHXH code, phone), like everything stored.
const redactText = (text: string) => redactPersonalNumbers(text).text;

/** The conversation of a staff principal ("telegram:123"). */
export const refOfPrincipal = (principal: string) => {
  const at = principal.indexOf(":");
  return {
    channel: principal.slice(0, at) as InboundMessage["ref"]["channel"],
    userId: principal.slice(at + 1),
  };
};

/** "Gặp người thật", or the bot failing twice: a case is queued and every staff member is told. */
export async function requestPerson(turn: Turn, before: Reply[] = []): Promise<Outcome> {
  const { handoff: desk, staffDesk, notifier } = turn;
  const hotline = turn.content.links.contacts.hotline;
  // No desk, or nobody on it: say so plainly (a case nobody can see helps no one), never "I still do not understand".
  const staff = desk && staffDesk ? await staffDesk.listStaff() : [];
  const menu = { label: t("common:button.menu"), action: encodeAction({ type: "menu" }) };
  const noQueue = (key: string): Outcome => ({
    replies: [...before, choices([t(key, { hotline })], [intentChoice("contact.hotline"), menu])],
    // (So "gọi mãi không ai nghe máy" next is read after the hotline given here.)
    session: { misses: 0, lastIntent: "handoff.human" },
  });
  if (!desk || staff.length === 0 || UNIDENTIFIED_CHANNELS.has(turn.message.ref.channel))
    return noQueue("common:handoff.unavailable");
  const now = Date.now();
  await closeExpired(turn, now);
  const opened = await desk.open(turn.message.ref, now);
  if (!opened) return noQueue("common:handoff.full");
  // The staff member who takes the chat reads what was asked and answered before the citizen asked for a person.
  // (Asked again while waiting, the request is noted already, as everything said while waiting is.)
  if (opened.created) {
    for (const earlier of turn.session.recent ?? []) await desk.note(opened.handoff.id, earlier);
    await desk.note(opened.handoff.id, { from: "citizen", text: redactText(clip(turn.text, 1000)), at: now });
  }
  if (opened.created && notifier) {
    const notice = await desk.noticeDue(NOTICE_COOLDOWN_MS);
    if (notice.send) {
      const note = text(
        t("common:handoff.staff_new", {
          id: opened.handoff.id,
          who: principalOf(opened.handoff.ref),
          // Quoted to staff as plain words: a link in a citizen's text is not made clickable for them.
          question: withoutLinks(clip(turn.text, 300)),
        }),
        ...(notice.skipped > 0 ? [t("common:handoff.staff_more", { count: notice.skipped })] : []),
      );
      // A staff member on a channel not set up here sees the case in the web console's queue instead.
      let reached = 0;
      for (const principal of staff)
        await notifier.notify(refOfPrincipal(principal), note).then(
          () => reached++,
          (error: unknown) => error instanceof NotDeliveredError && reached++,
        );
      // Nobody could be told: the case would wait unseen, so the citizen gets the hotline instead.
      if (reached === 0) {
        await desk.close(opened.handoff.id);
        return noQueue("common:handoff.unavailable");
      }
    }
  }
  return { replies: [...before, text(t("common:handoff.queued", { hotline }))], session: { misses: 0 } };
}

// Cases past their timeout are closed whenever someone asks for a person or staff look at the queue, so a queue
// nobody writes to again still empties; their citizens are told.
async function closeExpired(turn: Turn, now: number): Promise<void> {
  const hotline = turn.content.links.contacts.hotline;
  for (const handoff of (await turn.handoff?.sweep(now)) ?? [])
    await turn.notifier
      ?.notify(handoff.ref, choices([t("common:handoff.timed_out", { hotline })], []))
      .catch(() => {});
}

/** The bot's answer to a citizen waiting for a person, added to the chat the staff member will read. */
export async function noteWhileWaiting(
  desk: HandoffDesk | undefined,
  waiting: HandoffCase | undefined,
  answer: readonly { text: string }[],
): Promise<void> {
  const said = answer.map((reply) => reply.text).join("\n");
  if (!desk || !waiting || waiting.staff || !said) return;
  await desk.note(waiting.id, { from: "bot", text: redactText(clip(said, 1000)), at: Date.now() });
}

/**
 * Before the bot answers a citizen: while a person has the chat the bot stays silent and passes the message on;
 * "/bot" gives the chat back to the bot; a case left waiting or idle too long is closed politely.
 * `active` is the chat's open case, looked up by the caller together with its other reads.
 */
export async function whilePersonHasChat(
  turn: Turn,
  active: HandoffCase | undefined,
): Promise<Outcome | undefined> {
  const desk = turn.handoff;
  if (!desk || !active) return undefined;
  const now = Date.now();
  if (turn.text.trim().toLowerCase() === "/bot") {
    await close(turn, active, false);
    return { replies: [text(t("common:handoff.back_to_bot"))] };
  }
  if (caseExpired(active, now)) {
    await close(turn, active, true);
    return undefined;
  }
  // Everything the citizen says from the request on is in the chat the staff member reads, waiting or not.
  await desk.note(active.id, { from: "citizen", text: redactText(clip(turn.text, 1000)), at: now });
  // A staff member an admin removed no longer holds the chat: back in the queue, the bot helping meanwhile.
  const holder = active.staff;
  if (holder && (await turn.staffDesk?.roleOf(refOfPrincipal(holder))) === "citizen") {
    await desk.release(active.id, holder);
    return undefined;
  }
  if (!holder) return undefined; // still waiting: the bot keeps helping meanwhile (its answer is noted too)
  await desk.touch(active.id, now);
  // The officer may be out of reach (a Zalo window closed, a channel down): the citizen is told, not left waiting.
  const relayed = await turn.notifier
    ?.notify(
      refOfPrincipal(holder),
      text(t("common:handoff.relay", { id: active.id, message: withoutLinks(turn.text) })),
    )
    .then(
      () => true,
      // (Out of reach in chat, the message is in the conversation the web console shows them.)
      (error: unknown) => error instanceof NotDeliveredError,
    );
  if (relayed === false)
    return {
      replies: [text(t("common:handoff.relay_failed", { hotline: turn.content.links.contacts.hotline }))],
    };
  return { replies: [] };
}

/** Counts a case taken by a person, and how many minutes its citizen waited (the console's numbers). */
export async function countTaken(
  staffDesk: StaffDesk | undefined,
  taken: HandoffCase,
  now: number,
  day: string,
): Promise<void> {
  await staffDesk?.count(day, ["handoffs_taken"]);
  await staffDesk?.count(day, ["handoff_wait_minutes"], Math.round((now - taken.openedAt) / 60_000));
}

/** Staff commands: `/cases`, `/take <id>`, `/reply <id> <text>`, `/close <id>`. Citizens get the ordinary help. */
export async function handoffCommand(turn: Turn, name: string, argument = ""): Promise<Outcome> {
  const desk = turn.handoff;
  if (!desk || (turn.role !== "staff" && turn.role !== "admin")) return showHelp(turn);
  const me = principalOf(turn.message.ref);
  if (name === "cases") {
    await closeExpired(turn, Date.now());
    const cases = await desk.list();
    const lines = cases.map((c) =>
      t("common:handoff.case_line", { id: c.id, who: principalOf(c.ref), staff: c.staff ?? "—" }),
    );
    return {
      replies: [
        {
          kind: "text",
          parts: [{ ...t(cases.length ? "common:handoff.cases" : "common:handoff.no_cases"), lines }],
        },
      ],
    };
  }
  const [id = "", ...words] = argument.split(/\s+/);
  if (name === "take") {
    const taken = await desk.take(id, me, Date.now());
    if (!taken) return { replies: [text(t("common:handoff.not_available", { id }))] };
    await countTaken(turn.staffDesk, taken, Date.now(), turn.today);
    await turn.notifier?.notify(taken.ref, text(t("common:handoff.taken_citizen")));
    return { replies: [text(t("common:handoff.taken", { id, who: principalOf(taken.ref) }))] };
  }
  const mine = (await desk.list()).find((c) => c.id === id && c.staff === me);
  if (!mine) return { replies: [text(t("common:handoff.not_yours", { id }))] };
  if (name === "reply") {
    await desk.touch(id, Date.now());
    await desk.note(id, { from: "staff", text: redactText(words.join(" ")), at: Date.now() });
    const sent = await turn.notifier
      ?.notify(mine.ref, text(t("common:handoff.from_staff", { message: words.join(" ") })))
      .then(
        () => true,
        () => false,
      );
    return {
      replies: [text(t(sent === false ? "common:handoff.not_delivered" : "common:handoff.sent", { id }))],
    };
  }
  await close(turn, mine, false);
  return { replies: [text(t("common:handoff.closed", { id }))] };
}

async function close(turn: Turn, handoff: HandoffCase, timedOut: boolean): Promise<void> {
  await turn.handoff?.close(handoff.id);
  const hotline = turn.content.links.contacts.hotline;
  const note = timedOut ? t("common:handoff.timed_out", { hotline }) : t("common:handoff.back_to_bot");
  if (turn.message.ref.userId !== handoff.ref.userId || turn.message.ref.channel !== handoff.ref.channel)
    await turn.notifier?.notify(handoff.ref, choices([note], []));
  else if (timedOut) await turn.notifier?.notify(handoff.ref, choices([note], []));
}
