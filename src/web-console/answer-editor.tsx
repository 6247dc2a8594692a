import { z } from "zod";
import type { BotResponse } from "../dialogue/create-bot.ts";
import { ALWAYS_AVAILABLE } from "../policy/answer-vars.ts";
import type { AnswerPreview } from "./answer-preview.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { type ConsoleLabels, labelsFor } from "./labels.ts";
import { CsrfField, Layout } from "./layout.tsx";
import { Phone } from "./phone.tsx";
import { plainIssue } from "./plain-issues.ts";
import { TryBox, TryResult } from "./try-bot.tsx";

// Browsers send a textarea's line breaks as CR LF; the content keeps plain LF.
const FormText = z.string().transform((text) => text.replace(/\r\n?/g, "\n"));

/** The languages an answer is edited in. */
export const Locale = z.enum(["vi", "en"]);
/** What the example form posts. */
export const ExampleForm = z.object({ locale: Locale, text: z.string().trim().min(1).max(300) });

/** What the answer form posts. */
export const AnswerForm = z.object({
  locale: Locale,
  title: FormText,
  body: FormText,
  more: FormText.optional(),
});

/** What an answer form asks to change: the answer in one language (an empty "more" removes it). */
export function answerChange(intent: string, form: z.infer<typeof AnswerForm>) {
  const more = form.more?.trim();
  return {
    type: "answer" as const,
    intent,
    locale: form.locale,
    text: { title: form.title, body: form.body, ...(more ? { more } : {}) },
  };
}

type Field = "title" | "body" | "more";

/**
 * Refusal reasons in plain words by the field they are about ("… answers.x.vi.title: too long" → title), the rest
 * apart.
 */
function issuesByField(issues: readonly string[], labels: ConsoleLabels): Record<Field | "other", string[]> {
  const sorted: Record<Field | "other", string[]> = { title: [], body: [], more: [], other: [] };
  for (const issue of issues) {
    const field = /\.(title|body|more)\b[^:]*: (.*)$/.exec(issue);
    if (field) sorted[field[1] as Field].push(plainIssue(field[2]!, labels));
    else sorted.other.push(plainIssue(issue, labels));
  }
  return sorted;
}

/** The reasons a field was refused, shown under it. */
const FieldIssues = (props: { id: string; issues: string[] }) =>
  props.issues.length > 0 ? (
    <p class="error" id={`${props.id}-error`}>
      {props.issues.join(" ")}
    </p>
  ) : null;

/** The live preview, or the reasons the text would be refused, in plain words next to the form. */
export const Preview = (props: { labels: ConsoleLabels; result: AnswerPreview | { issues: string[] } }) =>
  "issues" in props.result ? (
    <div id="preview">
      <p class="error">{props.labels.rejected}</p>
      <ul>
        {props.result.issues.map((issue) => (
          <li class="error">{plainIssue(issue.replace(/^.*?: /, ""), props.labels)}</li>
        ))}
      </ul>
    </div>
  ) : (
    <div id="preview" class="grid">
      <Phone name={props.labels.telegramPreview} messages={props.result.telegram} />
      <Phone name={props.labels.zaloPreview} messages={props.result.zalo} />
    </div>
  );

/** An answer's editor: its basis and dates, the form with what is typed, the preview or the reasons, examples. */
export function EditPage(props: {
  deps: ConsoleDeps;
  session: ConsoleEnv["Variables"]["session"];
  id: string;
  values: z.infer<typeof AnswerForm>;
  result: AnswerPreview | { issues: string[] };
  notice?: { ok: boolean; text: string };
  /** The topic's answer as the bot now sends it (after a save). */
  sent?: BotResponse;
}) {
  const { session, id, values } = props;
  const labels = labelsFor(session.locale);
  const intent = props.deps.current().intents.get(id);
  const path = `/console/answers/${encodeURIComponent(id)}`;
  const refused = "issues" in props.result ? issuesByField(props.result.issues, labels) : undefined;
  const title = props.deps.current().answers[session.locale].get(id)?.title ?? id;
  return (
    <Layout labels={labels} session={session} heading={`${labels.intent}: ${title}`}>
      {props.notice && <p class={props.notice.ok ? "ok" : "error"}>{props.notice.text}</p>}
      {props.sent && (
        <section class="try">
          <h2>{labels.sentNow}</h2>
          <TryResult labels={labels} topic={title} response={props.sent} locale={values.locale} />
        </section>
      )}
      {refused && (
        <p class="error">
          {refused.other.length > 0 ? [labels.rejected, ...refused.other].join(" ") : labels.rejectedBelow}
        </p>
      )}
      <p>
        <a href={`${path}?locale=vi`}>Tiếng Việt</a> · <a href={`${path}?locale=en`}>English</a> ·{" "}
        <a href={`/console/answers/history?intent=${encodeURIComponent(id)}`}>{labels.topicHistory}</a>
      </p>
      <div class="grid">
        <form
          method="post"
          action={path}
          hx-post={`${path}/preview`}
          hx-trigger="input changed delay:400ms"
          hx-target="#preview"
          hx-swap="outerHTML"
        >
          <CsrfField session={session} />
          <input type="hidden" name="locale" value={values.locale} />
          <label for="title">{labels.titleField}</label>
          <input type="text" id="title" name="title" value={values.title} maxlength={120} />
          <FieldIssues id="title" issues={refused?.title ?? []} />
          <label for="body">{labels.bodyField}</label>
          <textarea id="body" name="body" rows={14}>
            {values.body}
          </textarea>
          <FieldIssues id="body" issues={refused?.body ?? []} />
          <label for="more">{labels.moreField}</label>
          <textarea id="more" name="more" rows={6}>
            {values.more ?? ""}
          </textarea>
          <FieldIssues id="more" issues={refused?.more ?? []} />
          <button class="primary" type="submit">
            {labels.save}
          </button>
        </form>
        <div>
          <h2>{labels.preview}</h2>
          <Preview labels={labels} result={props.result} />
        </div>
      </div>
      <p class="muted">
        {labels.legalBasis}: {intent?.meta.legal_basis} · {labels.validity}: {intent?.meta.valid_from}
        {intent?.meta.valid_to ? ` – ${intent.meta.valid_to}` : ""}
      </p>
      <p class="muted">
        {labels.variables}:{" "}
        {[...new Set([...ALWAYS_AVAILABLE, ...(intent?.uses ?? [])])].map((name) => `{{${name}}}`).join(", ")}
        . {labels.variablesHelp}
      </p>
      <TryBox labels={labels} session={session} path={path} locale={values.locale} />
      <h2>{labels.examples}</h2>
      <ul>
        {(intent?.examples[values.locale] ?? []).map((example) => (
          <li>{example}</li>
        ))}
      </ul>
      <form method="post" action={`${path}/examples`}>
        <CsrfField session={session} />
        <input type="hidden" name="locale" value={values.locale} />
        <label for="example">{labels.addExample}</label>
        <input type="text" id="example" name="text" maxlength={300} required />
        <button type="submit">{labels.addAsExample}</button>
      </form>
    </Layout>
  );
}
