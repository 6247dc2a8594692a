import type { Context, Hono, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { foldWords } from "../core/fold.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { labelsFor } from "./labels.ts";
import { CsrfField, Layout } from "./layout.tsx";
import { missingWords } from "./missing-notice.tsx";
import { plainNotice } from "./plain-issues.ts";

// The groups shown on one page: the most frequent first.
const SHOWN = 50;
const Promote = z.object({
  group: z.string().min(1),
  intent: z.string().default(""),
  /** A topic typed or picked from the list of all, instead of one of the guesses. */
  other: z.string().trim().default(""),
  locale: z.enum(["vi", "en"]),
});
const OUT_OF_SCOPE = "out_of_scope";
const Page = z.coerce.number().int().min(1).max(10_000).catch(1);
const NewTopic = z.object({ group: z.string().min(1), topic: z.string().trim().min(2).max(80) });

/**
 * What the bot missed: unanswered and "did you mean" questions grouped by wording, most frequent first, with the
 * bot's best guesses; one click adds a question as an example of the chosen topic (or of out_of_scope), the model
 * retrains, and the page shows the new guess.
 */
export function mountUnansweredPage(
  app: Hono<ConsoleEnv>,
  deps: ConsoleDeps,
  adminOnly: MiddlewareHandler<ConsoleEnv>,
): void {
  app.use("/console/unanswered", adminOnly);
  app.use("/console/unanswered/*", adminOnly);

  const page = async (c: Context<ConsoleEnv>, notice?: string, status: ContentfulStatusCode = 200) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const pageNumber = Page.parse(c.req.query("page"));
    const [groups, total, newTopics] = await Promise.all([
      deps.desk.topUnanswered(SHOWN, (pageNumber - 1) * SHOWN),
      deps.desk.unansweredGroups(),
      deps.desk.newTopics(),
    ]);
    const answers = deps.current().answers[session.locale];
    const name = (id: string) => answers.get(id)?.title ?? id;
    const intents = [...deps.current().intents.keys()].sort((a, b) => name(a).localeCompare(name(b), "vi"));
    const pages = Math.max(1, Math.ceil(total / SHOWN));
    return c.html(
      <Layout labels={labels} session={session} heading={labels.unanswered}>
        {notice && <p class={status === 200 ? "ok" : "error"}>{notice}</p>}
        {groups.length === 0 && <p>{labels.none}</p>}
        {total > 0 && (
          <p class="muted">
            {labels.groupsTotal(total, pageNumber, pages)}{" "}
            {pageNumber > 1 && (
              <a href={`/console/unanswered?page=${pageNumber - 1}`}>{labels.previousPage}</a>
            )}{" "}
            {pageNumber < pages && (
              <a href={`/console/unanswered?page=${pageNumber + 1}`}>{labels.nextPage}</a>
            )}
          </p>
        )}
        {/* One list of every topic for all rows: a full list in each row made the page slow to load. */}
        <datalist id="topics">
          {intents.map((id) => (
            <option value={name(id)} />
          ))}
        </datalist>
        <table>
          <tbody>
            {groups.map((group) => {
              const guess = deps.understand(group.example);
              const guesses = [guess, ...guess.alternatives].slice(0, 3);
              return (
                <tr>
                  <td>{group.count}×</td>
                  <td>
                    {group.example}
                    <div class="muted">
                      {labels.guess}:{" "}
                      {guesses
                        .map((g) => `${name(g.intent)} (${Math.round(g.confidence * 100)}%)`)
                        .join(", ")}
                    </div>
                  </td>
                  <td>
                    <form method="post" action={`/console/unanswered/promote?page=${pageNumber}`}>
                      <CsrfField session={session} />
                      <input type="hidden" name="group" value={group.key} />
                      <input type="hidden" name="locale" value={guess.language ?? "vi"} />
                      <select name="intent" aria-label={labels.intent}>
                        {[...new Set([...guesses.map((g) => g.intent), OUT_OF_SCOPE])].map((id) => (
                          <option value={id}>{name(id)}</option>
                        ))}
                      </select>{" "}
                      <input
                        type="text"
                        name="other"
                        list="topics"
                        aria-label={labels.otherTopic}
                        placeholder={labels.otherTopic}
                      />
                      <button type="submit">{labels.addAsExample}</button>
                    </form>
                    <form method="post" action="/console/unanswered/new-topic">
                      <CsrfField session={session} />
                      <input type="hidden" name="group" value={group.key} />
                      <input
                        type="text"
                        name="topic"
                        maxlength={80}
                        aria-label={labels.newTopic}
                        placeholder={labels.newTopic}
                        required
                      />
                      <button type="submit">{labels.countAsNewTopic}</button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h2>{labels.newTopics}</h2>
        {newTopics.length === 0 && <p>{labels.none}</p>}
        <table>
          <tbody>
            {newTopics.map((t) => (
              <tr>
                <td>{t.topic}</td>
                <td>{t.count}×</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
      status,
    );
  };

  app.get("/console/unanswered", (c) => page(c));
  app.post("/console/unanswered/promote", async (c) => {
    const form = Promote.safeParse(await c.req.parseBody());
    if (!form.success) return page(c, missingWords(c, "form"), 400);
    const group = (await deps.desk.topUnanswered(5000)).find((g) => g.key === form.data.group);
    if (!group) return page(c, missingWords(c, "question"), 404);
    const { locale } = form.data;
    const intent = form.data.other ? topicNamed(deps, form.data.other) : form.data.intent;
    if (!intent || !deps.current().intents.has(intent))
      return page(c, labelsFor(c.get("session").locale).unknownTopic, 400);
    const result = await deps.editor.change(
      { type: "example", intent, locale, text: group.example },
      c.get("session").principal,
    );
    const labels = labelsFor(c.get("session").locale);
    if ("issues" in result) return page(c, plainNotice(result.issues, labels), 422);
    // Handled: it leaves the list (the bot answers it now).
    await deps.desk.dismissUnanswered(group.key);
    const now = deps.understand(group.example);
    return page(
      c,
      `${labels.added} ${deps.current().answers[c.get("session").locale].get(now.intent)?.title ?? now.intent} (${Math.round(now.confidence * 100)}%) — «${group.example}»`,
    );
  });
  app.post("/console/unanswered/new-topic", async (c) => {
    const labels = labelsFor(c.get("session").locale);
    const form = NewTopic.safeParse(await c.req.parseBody());
    if (!form.success) return page(c, labels.topicNeeded, 400);
    await deps.desk.countNewTopic(form.data.group, form.data.topic);
    return page(c, `${labels.counted} «${form.data.topic}»`);
  });
}

// The topic a typed name means: its code, or its title in either language, with or without diacritics.
function topicNamed(deps: ConsoleDeps, typed: string): string | undefined {
  const content = deps.current();
  if (content.intents.has(typed)) return typed;
  const wanted = foldWords(typed);
  return [...content.intents.keys()].find((id) =>
    (["vi", "en"] as const).some((locale) => {
      const title = content.answers[locale].get(id)?.title;
      return title !== undefined && foldWords(title) === wanted;
    }),
  );
}
