import type { Hono, MiddlewareHandler } from "hono";
import { AnswerForm, answerChange, EditPage, ExampleForm, Locale, Preview } from "./answer-editor.tsx";
import { previewAnswer } from "./answer-preview.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { labelsFor } from "./labels.ts";
import { CsrfField, Layout } from "./layout.tsx";
import { lineDiff } from "./line-diff.ts";

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
    const query = (c.req.query("q") ?? "").toLowerCase();
    const content = deps.current();
    const rows = [...content.intents.values()].filter((intent) => {
      const title = content.answers[session.locale].get(intent.id)?.title ?? "";
      return !query || intent.id.includes(query) || title.toLowerCase().includes(query);
    });
    return c.html(
      <Layout labels={labels} session={session} heading={labels.answers}>
        <form method="get" action="/console/answers">
          <input
            type="search"
            name="q"
            value={query}
            placeholder={labels.search}
            aria-label={labels.search}
          />
        </form>
        <p>
          <a href="/console/answers/history">{labels.history}</a>
        </p>
        <table>
          <tbody>
            {rows.map((intent) => (
              <tr>
                <td>
                  <a href={`/console/answers/${encodeURIComponent(intent.id)}`}>{intent.id}</a>
                </td>
                <td>{content.answers[session.locale].get(intent.id)?.title}</td>
                <td class="muted">{intent.meta.valid_from}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  app.get("/console/answers/history", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const [current, versions] = await Promise.all([deps.versions.current(), deps.versions.list()]);
    const rows = [...versions].reverse();
    return c.html(
      <Layout labels={labels} session={session} heading={labels.history}>
        <table>
          <thead>
            <tr>
              <th>{labels.version}</th>
              <th>{labels.note}</th>
              <th>{labels.author}</th>
              <th>{labels.at}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {[...rows, { version: 0, note: labels.files, author: "", at: "" }].map((v) => (
              <tr>
                <td>
                  {v.version}
                  {v.version === current ? ` (${labels.current})` : ""}
                </td>
                <td>
                  {v.version > 0 ? <a href={`/console/answers/history/${v.version}`}>{v.note}</a> : v.note}
                </td>
                <td>{v.author}</td>
                <td>{v.at.slice(0, 16).replace("T", " ")}</td>
                <td>
                  {v.version !== current && (
                    <form method="post" action="/console/answers/rollback">
                      <CsrfField session={session} />
                      <input type="hidden" name="version" value={String(v.version)} />
                      <button type="submit">{labels.rollback}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  app.get("/console/answers/history/:version", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const version = Number(c.req.param("version"));
    const [after, before] = await Promise.all([deps.versions.get(version), deps.versions.get(version - 1)]);
    if (!after) return c.text("no such version", 404);
    const show = (edits: unknown) => JSON.stringify(edits ?? {}, null, 2);
    return c.html(
      <Layout labels={labels} session={session} heading={`${labels.version} ${version}: ${after.note}`}>
        <p class="muted">
          {labels.diff} ({after.author}, {after.at})
        </p>
        <pre>
          {lineDiff(show(before?.edits), show(after.edits)).map((line) =>
            line.kind === "same" ? (
              `${line.text}\n`
            ) : line.kind === "added" ? (
              <ins>{`+ ${line.text}\n`}</ins>
            ) : (
              <del>{`- ${line.text}\n`}</del>
            ),
          )}
        </pre>
      </Layout>,
    );
  });

  app.post("/console/answers/rollback", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const version = Number((await c.req.parseBody()).version);
    const result = Number.isInteger(version)
      ? await deps.editor.rollback(version)
      : { issues: ["not a version number"] };
    return c.html(
      <Layout labels={labels} session={session} heading={labels.history}>
        {"issues" in result ? (
          <p class="error">
            {labels.rejected} {result.issues.join("; ")}
          </p>
        ) : (
          <p class="ok">
            {labels.rolledBack} {result.version}
          </p>
        )}
        <p>
          <a href="/console/answers/history">{labels.history}</a>
        </p>
      </Layout>,
      "issues" in result ? 422 : 200,
    );
  });

  app.get("/console/answers/:intent", async (c) => {
    const session = c.get("session");
    const id = c.req.param("intent");
    const content = deps.current();
    if (!content.intents.has(id)) return c.text("no such topic", 404);
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
    if (!form.success) return c.html(<Preview labels={labels} result={{ issues: ["incomplete form"] }} />);
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
    if (!form.success) return c.text("incomplete form", 400);
    const result = await deps.editor.change(answerChange(id, form.data), session.principal);
    // Refused: the form comes back with what was typed and the reasons, nothing lost.
    if ("issues" in result)
      return c.html(
        <EditPage deps={deps} session={session} id={id} values={form.data} result={result} />,
        422,
      );
    const content = deps.current();
    return c.html(
      <EditPage
        deps={deps}
        session={session}
        id={id}
        values={form.data}
        result={await previewAnswer(content, id, form.data.locale, deps.today())}
        notice={{ ok: true, text: `${labels.saved} ${result.version}` }}
      />,
    );
  });

  app.post("/console/answers/:intent/examples", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const id = c.req.param("intent");
    const form = ExampleForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.text("incomplete form", 400);
    const { locale, text } = form.data;
    const result = await deps.editor.change({ type: "example", intent: id, locale, text }, session.principal);
    const answer = deps.current().answers[locale].get(id);
    const values = { locale, title: answer?.title ?? "", body: answer?.body ?? "", more: answer?.more ?? "" };
    const preview = await previewAnswer(deps.current(), id, locale, deps.today());
    const notice =
      "issues" in result
        ? { ok: false, text: `${labels.rejected} ${result.issues.join("; ")}` }
        : { ok: true, text: `${labels.saved} ${result.version}` };
    return c.html(
      <EditPage deps={deps} session={session} id={id} values={values} result={preview} notice={notice} />,
      "issues" in result ? 422 : 200,
    );
  });
}
