import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { ConsoleSession } from "../infra/redis-console-sessions.ts";
import type { ConsoleLabels } from "./labels.ts";

/** The pages in the menu, with the role each needs. */
const PAGES = [
  { path: "/console/answers", label: "answers", admin: true },
  { path: "/console/unanswered", label: "unanswered", admin: true },
  { path: "/console/chats", label: "chats", admin: false },
  { path: "/console/stats", label: "stats", admin: false },
  { path: "/console/staff", label: "staffPage", admin: true },
] as const;

/**
 * A console page: the menu for the session's role, sign-out and language forms carrying the CSRF token, htmx
 * requests sending it as a header. No inline script or style (the Content-Security-Policy forbids them).
 */
export function Layout(props: {
  labels: ConsoleLabels;
  session?: ConsoleSession;
  heading: string;
  children?: Child;
}) {
  const { labels, session } = props;
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={session?.locale ?? "vi"}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}' />
          <title>{`${props.heading} · ${labels.title}`}</title>
          <link rel="stylesheet" href="/console/assets/console.css" />
          <script src="/console/assets/htmx.min.js" defer />
        </head>
        <body hx-headers={session ? JSON.stringify({ "X-CSRF-Token": session.csrf }) : undefined}>
          <header>
            <a class="brand" href="/console">
              {labels.title}
            </a>
            {session && (
              <nav>
                {PAGES.filter((page) => !page.admin || session.role === "admin").map((page) => (
                  <a href={page.path}>{labels[page.label]}</a>
                ))}
                <form method="post" action="/console/language">
                  <input type="hidden" name="_csrf" value={session.csrf} />
                  <button type="submit">{labels.language}</button>
                </form>
                <form method="post" action="/console/sign-out">
                  <input type="hidden" name="_csrf" value={session.csrf} />
                  <button type="submit">{labels.signOut}</button>
                </form>
              </nav>
            )}
          </header>
          <main>
            <h1>{props.heading}</h1>
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

/** The hidden field every console form carries. */
export const CsrfField = (props: { session: ConsoleSession }) => (
  <input type="hidden" name="_csrf" value={props.session.csrf} />
);

/** A time (ISO or milliseconds) as the office reads it: day/month/year hour:minute in Vietnam. */
export function localTime(when: string | number): string {
  const at = new Date(when);
  if (Number.isNaN(at.getTime())) return String(when);
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  })
    .format(at)
    .replace(",", "");
}
