import type { Context, Hono } from "hono";
import { z } from "zod";
import { clip } from "../core/clip.ts";
import { t, text } from "../core/reply.ts";
import { countTaken } from "../features/staff/handoff.ts";
import type { HandoffDesk, Notifier } from "../features/staff/handoff-desk.ts";
import { principalOf, type StaffDesk } from "../features/staff/staff-desk.ts";
import type { ConsoleEnv } from "./console-env.ts";
import { type ConsoleLabels, labelsFor } from "./labels.ts";
import { CsrfField, Layout, localTime } from "./layout.tsx";

const Reply = z.object({ message: z.string().trim().min(1).max(2000) });
const minutesSince = (at: number) => Math.max(0, Math.round((Date.now() - at) / 60_000));

/** The conversation so far; it reloads itself every few seconds while the page is open. */
async function Transcript(props: { desk: HandoffDesk; id: string; labels: ConsoleLabels }) {
  const messages = await props.desk.transcript(props.id);
  return (
    <div
      id="transcript"
      hx-get={`/console/chats/${encodeURIComponent(props.id)}/messages`}
      hx-trigger="every 3s"
      hx-swap="outerHTML"
    >
      {messages.map((m) => (
        <div class="bubble">
          <strong>{props.labels.speaker[m.from]}</strong> <span class="muted">{localTime(m.at)}</span>
          {"\n"}
          {m.text}
        </div>
      ))}
    </div>
  );
}

/**
 * Chats with a person: the handoff queue with waiting times; a staff member takes a chat, reads it, replies (the
 * citizen gets it on Telegram or Zalo) and hands it back to the bot.
 */
export function mountChatPages(
  app: Hono<ConsoleEnv>,
  deps: { handoff: HandoffDesk; notifier: Notifier; desk: StaffDesk; today(): string },
): void {
  const { handoff: desk, notifier } = deps;

  app.get("/console/chats", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const cases = await desk.list();
    return c.html(
      <Layout labels={labels} session={session} heading={labels.chats}>
        {cases.length === 0 && <p>{labels.noChats}</p>}
        <table>
          <tbody>
            {cases.map((handoff) => (
              <tr>
                <td>#{handoff.id}</td>
                <td>{principalOf(handoff.ref)}</td>
                <td>
                  {labels.waiting} {minutesSince(handoff.openedAt)} {labels.minutes}
                </td>
                <td>{handoff.staff ?? labels.nobody}</td>
                <td>
                  <a href={`/console/chats/${encodeURIComponent(handoff.id)}`}>{labels.open}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  const chatPage = async (c: Context<ConsoleEnv>, notice?: { ok: boolean; text: string }) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const id = c.req.param("id") ?? "";
    const handoff = (await desk.list()).find((h) => h.id === id);
    if (!handoff) return c.redirect("/console/chats", 303);
    const path = `/console/chats/${encodeURIComponent(id)}`;
    const mine = handoff.staff === session.principal;
    return c.html(
      <Layout labels={labels} session={session} heading={`#${id} · ${principalOf(handoff.ref)}`}>
        {notice && <p class={notice.ok ? "ok" : "error"}>{notice.text}</p>}
        <p class="muted">
          {labels.waiting} {minutesSince(handoff.openedAt)} {labels.minutes} · {labels.takenBy}:{" "}
          {handoff.staff ?? labels.nobody}
        </p>
        <Transcript desk={desk} id={id} labels={labels} />
        {!handoff.staff && (
          <form method="post" action={`${path}/take`}>
            <CsrfField session={session} />
            <button class="primary" type="submit">
              {labels.take}
            </button>
          </form>
        )}
        {mine && (
          <>
            <form method="post" action={`${path}/reply`}>
              <CsrfField session={session} />
              <label for="message">{labels.reply}</label>
              <textarea id="message" name="message" rows={4} maxlength={2000} />
              <button class="primary" type="submit">
                {labels.reply}
              </button>
            </form>
            <form method="post" action={`${path}/return`}>
              <CsrfField session={session} />
              <button type="submit">{labels.handBack}</button>
            </form>
          </>
        )}
      </Layout>,
      notice && !notice.ok ? 409 : 200,
    );
  };

  app.get("/console/chats/:id", (c) => chatPage(c));
  app.get("/console/chats/:id/messages", async (c) =>
    c.html(<Transcript desk={desk} id={c.req.param("id")} labels={labelsFor(c.get("session").locale)} />),
  );
  app.post("/console/chats/:id/take", async (c) => {
    const labels = labelsFor(c.get("session").locale);
    const taken = await desk.take(c.req.param("id"), c.get("session").principal, Date.now());
    if (!taken) return chatPage(c, { ok: false, text: labels.notYours });
    await countTaken(deps.desk, taken, Date.now(), deps.today());
    await notifier.notify(taken.ref, text(t("common:handoff.taken_citizen"))).catch(() => {});
    return chatPage(c);
  });
  app.post("/console/chats/:id/reply", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const id = c.req.param("id");
    const handoff = (await desk.list()).find((h) => h.id === id && h.staff === session.principal);
    const form = Reply.safeParse(await c.req.parseBody());
    if (!handoff || !form.success) return chatPage(c, { ok: false, text: labels.notYours });
    const message = clip(form.data.message, 2000);
    const sent = await notifier.notify(handoff.ref, text(t("common:handoff.from_staff", { message }))).then(
      () => true,
      () => false,
    );
    if (!sent) return chatPage(c, { ok: false, text: labels.notDelivered });
    await desk.touch(id, Date.now());
    await desk.note(id, { from: "staff", text: message, at: Date.now() });
    return chatPage(c, { ok: true, text: labels.sent });
  });
  app.post("/console/chats/:id/return", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const id = c.req.param("id");
    const handoff = (await desk.list()).find((h) => h.id === id && h.staff === session.principal);
    if (!handoff) return chatPage(c, { ok: false, text: labels.notYours });
    await desk.close(id);
    await notifier.notify(handoff.ref, text(t("common:handoff.back_to_bot"))).catch(() => {});
    return c.html(
      <Layout labels={labels} session={session} heading={labels.chats}>
        <p class="ok">{labels.handedBack}</p>
        <p>
          <a href="/console/chats">{labels.chats}</a>
        </p>
      </Layout>,
    );
  });
}
