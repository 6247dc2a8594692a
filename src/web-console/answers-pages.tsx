import type { Hono, MiddlewareHandler } from "hono";
import { AnswerForm, answerChange, EditPage, ExampleForm, Locale, Preview } from "./answer-editor.tsx";
import { previewAnswer } from "./answer-preview.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { labelsFor } from "./labels.ts";
import { Layout } from "./layout.tsx";
import { missingPage, missingWords } from "./missing-notice.tsx";
import { plainNotice } from "./plain-issues.ts";
import { searchTopics } from "./topic-search.ts";
import { mountTryBot, topicAsSent } from "./try-bot.tsx";
import { mountVersionPages } from "./version-pages.tsx";

/**
 * Answers: every intent with its texts, examples, legal basis and dates; an editor with a live preview as Telegram
 * and Zalo show it; save as a new version; history with a diff and going back to any version.
 */
export function mountAnswerPages(
  app: Hono<ConsoleEnv>,
  deps: ConsoleDeps,
  adminOnly: MiddlewareHandler<ConsoleEnv>,
): void {
  app.use("/console/answers", adminOnly);
  app.use("/console/answers/*", adminOnly);

  app.get("/console/answers", (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const query = c.req.query("q") ?? "";
    const content = deps.current();
    const rows = searchTopics(
      query,
      [...content.intents.values()].map((intent) => ({
        intent,
        id: intent.id,
        title: content.answers[session.locale].get(intent.id)?.title ?? "",
        examples: intent.examples[session.locale],
      })),
    ).map(({ intent }) => intent);
    return c.html(
      <Layout labels={labels} session={session} heading={labels.answers}>
        <form method="get" action="/console/answers">
          <input
            type="search"
            name="q"
            value={query}
            autofocus
            placeholder={labels.search}
            aria-label={labels.search}
            hx-get="/console/answers"
            hx-trigger="input changed delay:300ms, search"
            hx-target="#topics"
            hx-select="#topics"
            hx-swap="outerHTML"
          />
        </form>
        <p>
          <a href="/console/answers/history">{labels.history}</a>
        </p>
        <table id="topics">
          <thead>
            <tr>
              <th>{labels.topicColumn}</th>
              <th>{labels.idColumn}</th>
              <th>{labels.validFrom}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colspan={3}>{labels.noTopics}</td>
              </tr>
            )}
            {rows.map((intent) => (
              <tr>
                <td>
                  <a href={`/console/answers/${encodeURIComponent(intent.id)}`}>
                    {content.answers[session.locale].get(intent.id)?.title ?? intent.id}
                  </a>
                </td>
                <td class="muted">{intent.id}</td>
                <td class="muted">{intent.meta.valid_from}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  mountVersionPages(app, deps);
  mountTryBot(app, deps);

  app.get("/console/answers/:intent", async (c) => {
    const session = c.get("session");
    const id = c.req.param("intent");
    const content = deps.current();
    if (!content.intents.has(id)) return missingPage(c, "topic");
    const locale = Locale.catch(session.locale).parse(c.req.query("locale"));
    const answer = content.answers[locale].get(id);
    const values = { locale, title: answer?.title ?? "", body: answer?.body ?? "", more: answer?.more ?? "" };
    return c.html(
      <EditPage
        deps={deps}
        session={session}
        id={id}
        values={values}
        result={await previewAnswer(content, id, locale, deps.today())}
      />,
    );
  });

  app.post("/console/answers/:intent/preview", async (c) => {
    const labels = labelsFor(c.get("session").locale);
    const id = c.req.param("intent");
    const form = AnswerForm.safeParse(await c.req.parseBody());
    if (!form.success)
      return c.html(<Preview labels={labels} result={{ issues: [missingWords(c, "form")] }} />);
    const tried = await deps.editor.preview(answerChange(id, form.data));
    const result =
      "issues" in tried ? tried : await previewAnswer(tried.content, id, form.data.locale, deps.today());
    return c.html(<Preview labels={labels} result={result} />);
  });

  app.post("/console/answers/:intent", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const id = c.req.param("intent");
    const form = AnswerForm.safeParse(await c.req.parseBody());
    if (!form.success) return missingPage(c, "form");
    const result = await deps.editor.change(answerChange(id, form.data), session.principal);
    // Refused: the form comes back with what was typed and the reasons, nothing lost.
    if ("issues" in result)
      return c.html(
        <EditPage deps={deps} session={session} id={id} values={form.data} result={result} />,
        422,
      );
    const content = deps.current();
    // What a citizen gets now, shown at the top next to "saved": the proof the bot uses the new text.
    const sent = await topicAsSent(deps, id, form.data.locale, session.principal);
    return c.html(
      <EditPage
        deps={deps}
        session={session}
        id={id}
        values={form.data}
        result={await previewAnswer(content, id, form.data.locale, deps.today())}
        notice={{ ok: true, text: `${labels.saved} ${result.version}` }}
        sent={sent}
      />,
    );
  });

  app.post("/console/answers/:intent/examples", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const id = c.req.param("intent");
    const form = ExampleForm.safeParse(await c.req.parseBody());
    if (!form.success) return missingPage(c, "form");
    const { locale, text } = form.data;
    const result = await deps.editor.change({ type: "example", intent: id, locale, text }, session.principal);
    const answer = deps.current().answers[locale].get(id);
    const values = { locale, title: answer?.title ?? "", body: answer?.body ?? "", more: answer?.more ?? "" };
    const preview = await previewAnswer(deps.current(), id, locale, deps.today());
    const notice =
      "issues" in result
        ? { ok: false, text: plainNotice(result.issues, labels) }
        : { ok: true, text: `${labels.saved} ${result.version}` };
    return c.html(
      <EditPage deps={deps} session={session} id={id} values={values} result={preview} notice={notice} />,
      "issues" in result ? 422 : 200,
    );
  });
}
