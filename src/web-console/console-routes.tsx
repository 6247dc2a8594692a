import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { refOfPrincipal } from "../features/staff/handoff.ts";
import { createFailureThrottle } from "../infra/failure-throttle.ts";
import { CONSOLE_SESSION_SECONDS } from "../infra/redis-console-sessions.ts";
import { clientAddress } from "../server/client-address.ts";
import { secretMatches } from "../server/secret-header.ts";
import { mountAnswerPages } from "./answers-pages.tsx";
import { mountChatPages } from "./chats-pages.tsx";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { labelsFor } from "./labels.ts";
import { Layout } from "./layout.tsx";
import { mountStaffPage } from "./staff-page.tsx";
import { mountStatsPages } from "./stats-pages.tsx";
import { mountUnansweredPage } from "./unanswered-page.tsx";

const COOKIE = "bhyt_console";
/** Wrong or used sign-in links one address may try in a minute. */
export const WRONG_LINKS_PER_MINUTE = 10;
// Strict: only this server's own script and stylesheet; no inline code, no frames, forms post here only.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const require = createRequire(import.meta.url);
// The build copies htmx beside the bundle, so the image needs no node_modules; from source it comes from its package.
const HTMX_BESIDE = [new URL("./assets/htmx.min.js", import.meta.url)].find((file) => existsSync(file));
const ASSETS: Record<string, { type: string; body: string }> = {
  "console.css": {
    type: "text/css; charset=utf-8",
    body: readFileSync(new URL("./assets/console.css", import.meta.url), "utf8"),
  },
  "htmx.min.js": {
    type: "text/javascript; charset=utf-8",
    body: readFileSync(HTMX_BESIDE ?? require.resolve("htmx.org/dist/htmx.min.js"), "utf8"),
  },
};

/** True for a request another site's page sent (its Origin names another host): refused on every change. */
const crossSite = (c: Context) => {
  const origin = c.req.header("origin");
  return origin !== undefined && URL.parse(origin)?.host !== new URL(c.req.url).host;
};

/** True when the page was reached over HTTPS (directly or through a proxy that says so). */
const overHttps = (c: Context) =>
  new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

/**
 * The web console under /console: sign-in with a one-time link, a session cookie (HttpOnly, SameSite=Strict,
 * Secure over HTTPS), a CSRF token on every change, a strict Content-Security-Policy; admins edit content, staff
 * see chats and numbers.
 */
export function mountConsole(app: Hono, deps: ConsoleDeps): void {
  const throttle = (deps.throttles ?? createFailureThrottle)("console-sign-in", WRONG_LINKS_PER_MINUTE);
  const web = new Hono<ConsoleEnv>();

  web.use("/console/*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CSP);
    c.header("X-Frame-Options", "DENY");
    c.header("X-Content-Type-Options", "nosniff");
    // The sign-in link is in the address: it must not leak to other sites (this site's own pages may see it).
    c.header("Referrer-Policy", "same-origin");
    if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-store");
  });

  web.get("/console/assets/:file", (c) => {
    const asset = ASSETS[c.req.param("file")];
    if (!asset) return c.text("not found", 404);
    return c.body(asset.body, 200, { "content-type": asset.type, "cache-control": "public, max-age=3600" });
  });

  // The link opens a page with a button: link previews (Telegram fetches links it shows) do not use it up.
  web.get("/console/sign-in", (c) => {
    const labels = labelsFor("vi");
    const token = c.req.query("token") ?? "";
    return c.html(
      <Layout labels={labels} heading={labels.signIn}>
        {token ? (
          <form method="post" action="/console/sign-in">
            <input type="hidden" name="token" value={token} />
            <button class="primary" type="submit">
              {labels.signInButton}
            </button>
          </form>
        ) : (
          <p>{labels.signInHelp}</p>
        )}
      </Layout>,
    );
  });
  web.post("/console/sign-in", async (c) => {
    const labels = labelsFor("vi");
    const client = clientAddress(c, deps.trustedProxies);
    if (await throttle.blocked(client)) {
      c.header("Retry-After", "60");
      return c.html(
        <Layout labels={labels} heading={labels.signIn}>
          <p class="error">{labels.tooManySignIns}</p>
        </Layout>,
        429,
      );
    }
    // Another site cannot sign a visitor in to a session of its choosing.
    if (crossSite(c)) return c.json({ error: "cross-site request refused" }, 403);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const opened = await deps.sessions.redeem(String(form.token ?? ""));
    if (!opened) {
      await throttle.failed(client);
      return c.html(
        <Layout labels={labels} heading={labels.signIn}>
          <p class="error">{labels.linkUsed}</p>
          <p>{labels.signInHelp}</p>
        </Layout>,
        401,
      );
    }
    setCookie(c, COOKIE, opened.id, {
      path: "/console",
      httpOnly: true,
      sameSite: "Strict",
      secure: overHttps(c),
      maxAge: CONSOLE_SESSION_SECONDS,
    });
    // Admins come to change answers: straight to them, search box ready; staff to the home page.
    return c.redirect(opened.session.role === "admin" ? "/console/answers" : "/console", 303);
  });

  // Everything else needs a session; every change also needs the session's CSRF token.
  web.use("/console/*", async (c, next) => {
    const id = getCookie(c, COOKIE);
    const signedIn = await deps.sessions.get(id);
    // The role is the one held now, not at sign-in: staff an admin removed are out at their next request.
    const role = signedIn && (await deps.desk.roleOf(refOfPrincipal(signedIn.principal)));
    if (!signedIn || !id || !role || role === "citizen") {
      if (signedIn && id) await deps.sessions.end(id);
      if (c.req.method === "GET") return c.redirect("/console/sign-in", 303);
      return c.json({ error: "sign in first" }, 401);
    }
    const session = { ...signedIn, role };
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      if (crossSite(c)) return c.json({ error: "cross-site request refused" }, 403);
      const type = c.req.header("content-type") ?? "";
      const form = /form/.test(type) ? await c.req.parseBody().catch(() => ({})) : {};
      const token = c.req.header("x-csrf-token") ?? String((form as Record<string, unknown>)._csrf ?? "");
      if (!secretMatches(token, session.csrf)) return c.json({ error: "missing or wrong CSRF token" }, 403);
    }
    c.set("session", session);
    c.set("sessionId", id);
    await next();
  });
  web.get("/console", (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    return c.html(
      <Layout labels={labels} session={session} heading={labels.title}>
        <p>
          {labels.welcome} {session.principal} ({labels.role[session.role]})
        </p>
        <p>{session.role === "admin" ? labels.homeHint : labels.homeHintStaff}</p>
        {session.role === "admin" && (
          <form method="get" action="/console/answers">
            <input type="search" name="q" placeholder={labels.search} aria-label={labels.search} />
            <button type="submit">{labels.answers}</button>
          </form>
        )}
      </Layout>,
    );
  });
  web.post("/console/sign-out", async (c) => {
    await deps.sessions.end(c.get("sessionId"));
    deleteCookie(c, COOKIE, { path: "/console" });
    return c.redirect("/console/sign-in", 303);
  });
  web.post("/console/language", async (c) => {
    const session = c.get("session");
    await deps.sessions.setLocale(c.get("sessionId"), session, session.locale === "vi" ? "en" : "vi");
    // Back to the page the switch was pressed on (a console page of this site, nothing else).
    const from = URL.parse(c.req.header("referer") ?? "");
    const back =
      from && from.host === new URL(c.req.url).host && from.pathname.startsWith("/console/")
        ? from
        : undefined;
    return c.redirect(back ? `${back.pathname}${back.search}` : "/console", 303);
  });

  mountAnswerPages(web, deps, adminOnly);
  mountUnansweredPage(web, deps, adminOnly);
  mountStatsPages(web, deps);
  mountChatPages(web, deps);
  mountStaffPage(web, deps, adminOnly);
  app.route("/", web);
}

/** Refuses staff on admin pages (403, with a page saying why). */
const adminOnly: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
  const session = c.get("session");
  if (session.role !== "admin") {
    const labels = labelsFor(session.locale);
    return c.html(
      <Layout labels={labels} session={session} heading={labels.title}>
        <p class="error">{labels.notAllowed}</p>
      </Layout>,
      403,
    );
  }
  await next();
};
