import type { Hono } from "hono";
import { z } from "zod";
import { TELEGRAM_CAPABILITIES } from "../channels/telegram/send-replies.ts";
import type { Locale } from "../content/content.ts";
import { encodeAction } from "../core/actions.ts";
import { formatForChannel, NUMBERED_HINT } from "../core/format-for-channel.ts";
import type { Bot, BotResponse } from "../dialogue/create-bot.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { type ConsoleLabels, labelsFor } from "./labels.ts";
import { CsrfField } from "./layout.tsx";
import { Phone } from "./phone.tsx";

/** What the "try the bot" form posts. */
const TryForm = z
  .object({
    locale: z.enum(["vi", "en"]),
    question: z.string().trim().max(2000).default(""),
    topic: z.literal("1").optional(),
  })
  .refine((form) => form.topic !== undefined || form.question.length > 0);

/** The console's way to ask the bot: a trial turn (read alone, nothing stored or counted) for the signed-in person. */
export function botTrial(bot: Bot): ConsoleDeps["tryBot"] {
  return (text, locale, principal, topic) =>
    bot.handle({
      ref: { channel: "console", userId: `try:${principal}` },
      text,
      ...(topic ? { action: encodeAction({ type: "intent", intent: topic }) } : {}),
      forcedLocale: locale,
      trial: true,
      receivedAt: new Date(),
    });
}

/**
 * The answer a citizen now gets for a topic, as Telegram shows it: shown right after a save, so the clerk sees the bot
 * use the new text without finding a question that leads to it.
 */
export async function topicAsSent(
  deps: ConsoleDeps,
  id: string,
  locale: Locale,
  principal: string,
): Promise<BotResponse> {
  const title = deps.current().answers[locale].get(id)?.title ?? id;
  return deps.tryBot(title, locale, principal, id);
}

/** The bot's reply to a tried question as Telegram shows it, with the topic it understood. */
export const TryResult = (props: {
  labels: ConsoleLabels;
  topic: string | undefined;
  response: BotResponse | undefined;
  locale: Locale;
  /** Set when the reply does not show the topic's edited text (another topic, or a calculation). */
  otherThanText?: boolean;
}) => (
  <div id="try-result">
    {props.response && (
      <>
        <p class="muted">
          {props.labels.understoodAs}: {props.topic ?? props.labels.notUnderstood}
        </p>
        {props.otherThanText && <p class="muted">{props.labels.tryNotThisText}</p>}
        <Phone
          name={props.labels.telegramPreview}
          messages={formatForChannel(
            props.response.replies,
            TELEGRAM_CAPABILITIES,
            NUMBERED_HINT[props.locale],
          )}
        />
      </>
    )}
  </div>
);

/** The "try the bot" box of a topic's page: a question in, the bot's reply with the content in force out. */
export const TryBox = (props: {
  labels: ConsoleLabels;
  session: ConsoleEnv["Variables"]["session"];
  path: string;
  locale: Locale;
}) => (
  <section class="try">
    <h2>{props.labels.tryBot}</h2>
    <p class="muted">{props.labels.tryBotHelp}</p>
    <form
      method="post"
      action={`${props.path}/try`}
      hx-post={`${props.path}/try`}
      hx-target="#try-result"
      hx-swap="outerHTML"
    >
      <CsrfField session={props.session} />
      <input type="hidden" name="locale" value={props.locale} />
      <label for="question">{props.labels.tryQuestion}</label>
      <input type="text" id="question" name="question" maxlength={2000} />
      <button type="submit">{props.labels.tryAsk}</button>{" "}
      <button type="submit" name="topic" value="1">
        {props.labels.tryTopic}
      </button>
    </form>
    <TryResult labels={props.labels} topic={undefined} response={undefined} locale={props.locale} />
  </section>
);

/** POST /console/answers/:intent/try: the bot's reply to the question, as the box's result. */
export function mountTryBot(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.post("/console/answers/:intent/try", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const form = TryForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.text(labels.tryEmpty, 400);
    const { question, locale } = form.data;
    const id = c.req.param("intent");
    const response = form.data.topic
      ? await topicAsSent(deps, id, locale, session.principal)
      : await deps.tryBot(question, locale, session.principal);
    const intent = response.understood?.band === "answer" ? response.understood.intent : undefined;
    const topic = intent && (deps.current().answers[locale].get(intent)?.title ?? intent);
    // The edited text's opening words, before any figure: the reply shows them when it is this text.
    const body = deps.current().answers[locale].get(id)?.body ?? "";
    const opening = (body.split("\n")[0] ?? "").split("{{")[0]!.trim().slice(0, 20);
    const shown = opening === "" || response.replies.some((reply) => JSON.stringify(reply).includes(opening));
    return c.html(
      <TryResult labels={labels} topic={topic} response={response} locale={locale} otherThanText={!shown} />,
    );
  });
}
