import type { Hono } from "hono";
import { z } from "zod";
import { TELEGRAM_CAPABILITIES } from "../channels/telegram/send-replies.ts";
import type { Locale } from "../content/content.ts";
import { formatForChannel, NUMBERED_HINT } from "../core/format-for-channel.ts";
import type { Bot, BotResponse } from "../dialogue/create-bot.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { type ConsoleLabels, labelsFor } from "./labels.ts";
import { CsrfField } from "./layout.tsx";
import { Phone } from "./phone.tsx";

/** What the "try the bot" form posts. */
const TryForm = z.object({ locale: z.enum(["vi", "en"]), question: z.string().trim().min(1).max(2000) });

/** The console's way to ask the bot: a trial turn (read alone, nothing stored or counted) for the signed-in person. */
export function botTrial(bot: Bot): ConsoleDeps["tryBot"] {
  return (text, locale, principal) =>
    bot.handle({
      ref: { channel: "console", userId: `try:${principal}` },
      text,
      forcedLocale: locale,
      trial: true,
      receivedAt: new Date(),
    });
}

/** The bot's reply to a tried question as Telegram shows it, with the topic it understood. */
const TryResult = (props: {
  labels: ConsoleLabels;
  topic: string | undefined;
  response: BotResponse | undefined;
  locale: Locale;
}) => (
  <div id="try-result">
    {props.response && (
      <>
        <p class="muted">
          {props.labels.understoodAs}: {props.topic ?? props.labels.notUnderstood}
        </p>
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
      <input type="text" id="question" name="question" maxlength={2000} required />
      <button type="submit">{props.labels.tryAsk}</button>
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
    const response = await deps.tryBot(question, locale, session.principal);
    const intent = response.understood?.band === "answer" ? response.understood.intent : undefined;
    const topic = intent && (deps.current().answers[locale].get(intent)?.title ?? intent);
    return c.html(<TryResult labels={labels} topic={topic} response={response} locale={locale} />);
  });
}
