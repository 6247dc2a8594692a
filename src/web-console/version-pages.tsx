import type { Hono } from "hono";
import type { Content } from "../content/content.ts";
import { type ContentEdits, ContentEditsSchema } from "../content/content-edits.ts";
import type { ContentVersion } from "../infra/redis-content-versions.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { type ConsoleLabels, labelsFor } from "./labels.ts";
import { CsrfField, Layout, localTime } from "./layout.tsx";
import { lineDiff } from "./line-diff.ts";
import { missingPage } from "./missing-notice.tsx";
import { plainNotice } from "./plain-issues.ts";

type Session = ConsoleEnv["Variables"]["session"];
const FIELDS = ["title", "body", "more"] as const;
const NOTE = /^(answer|example) (\S+) \((vi|en)\)$/;

/** Version history: every save and rollback with who and when, the texts that changed, and going back. */
export function mountVersionPages(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/console/answers/history", async (c) =>
    c.html(await historyPage(deps, c.get("session"), c.req.query("intent"))),
  );

  app.get("/console/answers/history/:version", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const version = Number(c.req.param("version"));
    const after = Number.isInteger(version) ? await deps.versions.get(version) : undefined;
    if (!after) return missingPage(c, "version");
    const before = await deps.versions.get(version - 1);
    const changes = textChanges(deps, editsOf(before), editsOf(after), session.locale);
    const madeBy = labels.madeBy
      .replace("{author}", after.author)
      .replace("{at}", localTime(after.at))
      .replace("{before}", String(version - 1));
    return c.html(
      <Layout
        labels={labels}
        session={session}
        heading={`${labels.version} ${version}: ${noteOf(after, deps, labels, session)}`}
      >
        <p>
          <a href="/console/answers/history">{labels.backToHistory}</a>
        </p>
        <p class="muted">{madeBy}</p>
        {changes.length === 0 && <p>{labels.noChange}</p>}
        {changes.map((change) => (
          <section>
            <h2>{change.heading}</h2>
            <pre class="diff">
              {change.lines.map((line) =>
                line.kind === "same" ? (
                  `  ${line.text}\n`
                ) : line.kind === "removed" ? (
                  <del>{`- ${line.text}\n`}</del>
                ) : (
                  <ins>{`+ ${line.text}\n`}</ins>
                ),
              )}
            </pre>
          </section>
        ))}
      </Layout>,
    );
  });

  app.post("/console/answers/rollback", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const form = await c.req.parseBody();
    const version = Number(form.version);
    // From a topic's own history only that topic goes back; from the whole history, everything does.
    const intent =
      typeof form.intent === "string" && deps.current().intents.has(form.intent) ? form.intent : undefined;
    const result = Number.isInteger(version)
      ? await deps.editor.rollback(version, session.principal, intent)
      : { issues: ["not a version number"] };
    const notice =
      "issues" in result
        ? { ok: false, text: plainNotice(result.issues, labels) }
        : {
            ok: true,
            text: labels.rolledBack
              .replace("{restored}", String(result.restored))
              .replace("{version}", String(result.version)),
          };
    return c.html(await historyPage(deps, session, intent, notice), "issues" in result ? 422 : 200);
  });
}

async function historyPage(
  deps: ConsoleDeps,
  session: Session,
  intent?: string,
  notice?: { ok: boolean; text: string },
) {
  const labels = labelsFor(session.locale);
  const [current, versions] = await Promise.all([deps.versions.current(), deps.versions.list()]);
  const files = { version: 0, note: labels.files, author: "", at: "", edits: {} };
  const rows = [...versions, files]
    .filter((v) => !intent || v.version === 0 || v.version === current || touches(v.note, intent))
    .sort((a, b) => b.version - a.version);
  return (
    <Layout labels={labels} session={session} heading={labels.history}>
      {notice && <p class={notice.ok ? "ok" : "error"}>{notice.text}</p>}
      {intent && (
        <p>
          {topicTitle(deps.current(), intent, session.locale)} ·{" "}
          <a href="/console/answers/history">{labels.allHistory}</a>
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{labels.version}</th>
            <th>{labels.note}</th>
            <th>{labels.author}</th>
            <th>{`${labels.at} (${labels.timeZone})`}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr>
              <td>
                {v.version}
                {v.version === current ? ` (${labels.current})` : ""}
              </td>
              <td>
                {v.version > 0 ? (
                  <a href={`/console/answers/history/${v.version}`}>{noteOf(v, deps, labels, session)}</a>
                ) : (
                  v.note
                )}
              </td>
              <td>{v.author}</td>
              <td>{v.at && localTime(v.at)}</td>
              <td>
                {v.version !== current && (
                  <form
                    method="post"
                    action="/console/answers/rollback"
                    hx-post="/console/answers/rollback"
                    hx-confirm={intent ? labels.confirmRollbackTopic : labels.confirmRollback}
                    hx-target="body"
                  >
                    <CsrfField session={session} />
                    <input type="hidden" name="version" value={String(v.version)} />
                    {intent && <input type="hidden" name="intent" value={intent} />}
                    <button type="submit">{labels.rollback}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

const ROLLBACK = /^rollback (\d+)(?: (\S+))?$/;

// Whether a version may have changed a topic: its own edits, its own rollback, or a rollback of every topic.
function touches(note: string, intent: string): boolean {
  const rollback = ROLLBACK.exec(note);
  if (rollback) return rollback[2] === undefined || rollback[2] === intent;
  return NOTE.exec(note)?.[2] === intent;
}

/** A version's note in the clerk's words: which topic, which language, or which version was put back. */
function noteOf(
  version: Pick<ContentVersion, "note">,
  deps: ConsoleDeps,
  labels: ConsoleLabels,
  session: Session,
) {
  const restored = ROLLBACK.exec(version.note);
  if (restored?.[2]) {
    const topic = topicTitle(deps.current(), restored[2], session.locale);
    return `${labels.restoredTopic.replace("{topic}", topic)} ${restored[1]}`;
  }
  if (restored) return `${labels.restored} ${restored[1]}`;
  const change = NOTE.exec(version.note);
  if (!change) return version.note;
  const [, kind, intent, locale] = change;
  const title = topicTitle(deps.current(), intent!, session.locale);
  const what = kind === "answer" ? labels.changedAnswer : labels.addedExample;
  return `${what} «${title}» (${labels.inLocale[locale as "vi" | "en"]})`;
}

function topicTitle(content: Content, intent: string, locale: "vi" | "en"): string {
  return content.answers[locale].get(intent)?.title ?? intent;
}

function editsOf(version: Pick<ContentVersion, "edits"> | undefined): ContentEdits {
  return ContentEditsSchema.catch({ answers: {}, examples: {} }).parse(version?.edits ?? {});
}

/** Each text a version changed (topic, language, field), line by line against the version before. */
function textChanges(deps: ConsoleDeps, before: ContentEdits, after: ContentEdits, locale: "vi" | "en") {
  const labels = labelsFor(locale);
  const base = deps.editor.base;
  // Topics are named as they are called today.
  const titled = deps.current();
  const changes: { heading: string; lines: ReturnType<typeof lineDiff> }[] = [];
  const intents = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
  for (const intent of intents)
    for (const language of ["vi", "en"] as const) {
      const files = base.answers[language].get(intent);
      for (const field of FIELDS) {
        const was = before.answers[intent]?.[language]?.[field] ?? files?.[field] ?? "";
        const now = after.answers[intent]?.[language]?.[field] ?? files?.[field] ?? "";
        if (was === now) continue;
        const name = { title: labels.titleField, body: labels.bodyField, more: labels.moreField }[field];
        changes.push({
          heading: `«${topicTitle(titled, intent, locale)}» · ${labels.inLocale[language]} · ${name}`,
          lines: lineDiff(was, now),
        });
      }
    }
  for (const [intent, byLocale] of Object.entries(after.examples))
    for (const language of ["vi", "en"] as const) {
      const had = new Set(before.examples[intent]?.[language] ?? []);
      const added = (byLocale[language] ?? []).filter((example) => !had.has(example));
      if (added.length > 0)
        changes.push({
          heading: `${labels.examplesAdded}: «${topicTitle(titled, intent, locale)}» · ${labels.inLocale[language]}`,
          lines: added.map((text) => ({ kind: "added" as const, text })),
        });
    }
  return changes;
}
