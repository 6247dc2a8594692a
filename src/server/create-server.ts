import { Hono } from "hono";
import type { Logger } from "pino";
import type { ContentEditor } from "../content/content-editor.ts";
import type { Bot } from "../dialogue/create-bot.ts";
import type { StaffDesk } from "../features/staff/staff-desk.ts";
import { createFailureThrottle, type ThrottleMaker } from "../infra/failure-throttle.ts";
import type { Metrics } from "../infra/metrics.ts";
import type { ContentVersions } from "../infra/redis-content-versions.ts";
import { mountAdminContentRoutes } from "./admin-content-routes.ts";
import { mountAdminRoutes, WRONG_TOKENS_PER_MINUTE } from "./admin-routes.ts";
import { isInternalAddress, socketAddress } from "./client-address.ts";
import { createLimiter, type Limiter, QueueFullError, StoppingError } from "./limiter.ts";
import { mountMessageApi } from "./message-api.ts";
import { parseJson, readText, TOO_LARGE } from "./read-body.ts";
import { isRetryable } from "./retryable.ts";
import { secretMatches } from "./secret-header.ts";

/** A channel's webhook: the path, how it checks the request, and what handles a verified body. */
export interface WebhookRoute {
  path: string;
  /** Header and secret to check; unset means the channel verifies the body itself. */
  secret?: { header: string; value: string };
  /** Checks a signature over the exact bytes received (false → 401), for channels that sign their bodies. */
  verify?(raw: string, header: (name: string) => string | undefined): boolean;
  /**
   * `handle` only stores the event in a durable queue (Zalo wants an answer within 2 seconds): it runs at once, not
   * behind the event limit, and 200 means stored.
   */
  stores?: boolean;
  /** Why the route cannot take events now (→ 503, so the channel sends them again later), or undefined. */
  unavailable?(): string | undefined;
  /** Why a parsed body is not an event this route takes (→ 400), or undefined when it is. */
  problem?(body: unknown): string | undefined;
  handle(body: unknown): Promise<void>;
}

/** What the HTTP server serves. */
export interface ServerDeps {
  /** Bounds webhook handling; passed in when the caller waits for it at shutdown. */
  events?: Limiter;
  bot: Bot;
  webhooks: WebhookRoute[];
  /** Readiness: Redis reachable and content loaded. */
  ready(): Promise<boolean>;
  logger: Logger;
  /** Prometheus metrics, served at GET /metrics. */
  metrics?: Metrics;
  /** Bearer token for the message API (API_TOKEN); unset, it answers this machine only. */
  apiToken?: string;
  /** Per-client (address) limit on the message API, shared by instances. */
  clientAllowed?(client: string): Promise<boolean>;
  /** The admin API, when ADMIN_TOKEN is set (with content editing when an editor is given). */
  admin?: { token: string; desk: StaffDesk; editor?: ContentEditor; versions?: ContentVersions };
  /** Reverse proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustedProxies?: ReadonlySet<string>;
  /** Where wrong secrets are counted (Redis, shared by instances); in the process when not given. */
  throttles?: ThrottleMaker;
}

/** At most this many webhook events are handled at once per instance; the rest queue. */
export const MAX_CONCURRENT_EVENTS = 64;

// Webhook bodies are small JSON documents; anything bigger is refused before it is read.
const MAX_BODY_BYTES = 1024 * 1024;

/** One HTTP server: channel webhooks, the message API, health and readiness; every error is a clear JSON body. */
export function createServer(deps: ServerDeps): Hono {
  const app = new Hono();
  const limit = deps.events ?? createLimiter(MAX_CONCURRENT_EVENTS);

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/metrics", async (c) => {
    // Counts and timings are for the operator's monitoring on this machine or its private network, not the internet.
    if (!deps.metrics || !isInternalAddress(socketAddress(c))) return c.json({ error: "not found" }, 404);
    return c.text(await deps.metrics.registry.metrics(), 200, {
      "content-type": deps.metrics.registry.contentType,
    });
  });
  app.get("/readyz", async (c) =>
    (await deps.ready().catch(() => false))
      ? c.json({ status: "ready" })
      : c.json({ status: "not ready" }, 503),
  );

  for (const webhook of deps.webhooks) {
    app.post(webhook.path, async (c) => {
      if (webhook.secret && !secretMatches(c.req.header(webhook.secret.header), webhook.secret.value))
        return c.json({ error: "unauthorized" }, 401);
      const unavailable = webhook.unavailable?.();
      if (unavailable) return c.json({ error: unavailable }, 503);
      const raw = await readText(c, MAX_BODY_BYTES);
      if (raw === TOO_LARGE) return c.json({ error: `body larger than ${MAX_BODY_BYTES} bytes` }, 413);
      if (webhook.verify && !webhook.verify(raw, (name) => c.req.header(name)))
        return c.json({ error: "unauthorized" }, 401);
      const body = parseJson(raw);
      if (body === undefined) return c.json({ error: "body is not valid JSON" }, 400);
      const problem = webhook.problem?.(body);
      if (problem) return c.json({ error: problem }, 400);
      // Refused before it is acknowledged, so the channel sends it again later instead of losing it.
      if (limit.full()) return c.json({ error: "busy, try again" }, 503);
      // Handling is bounded: past the limit, events wait their turn instead of piling up work in memory. A failure
      // for a passing reason (Redis or the network out of reach, the server stopping) answers 503, so the channel
      // sends the event again (its claim was given back); any other failure is logged and acknowledged, since a
      // re-send would fail the same way.
      let retry = false;
      const handling = webhook.stores
        ? webhook.handle(body)
        : limit(() => webhook.handle(body), { refusable: true });
      await handling.catch((error: Error) => {
        retry = error instanceof StoppingError || error instanceof QueueFullError || isRetryable(error);
        // "/zalo/oa/webhook" → "zalo_oa"
        deps.metrics?.channelErrors.inc({ channel: webhook.path.split("/").slice(1, -1).join("_") });
        deps.logger.error({ err: error.message, path: webhook.path, retry }, "webhook handling failed");
      });
      return retry ? c.json({ error: "could not handle it now; send it again" }, 503) : c.json({ ok: true });
    });
  }

  mountMessageApi(app, {
    bot: deps.bot,
    limit,
    ...(deps.apiToken ? { token: deps.apiToken } : {}),
    ...(deps.clientAllowed ? { clientAllowed: deps.clientAllowed } : {}),
    ...(deps.trustedProxies ? { trustedProxies: deps.trustedProxies } : {}),
  });

  if (deps.admin) {
    mountAdminRoutes(app, deps.admin, {
      throttle: (deps.throttles ?? createFailureThrottle)("admin-token", WRONG_TOKENS_PER_MINUTE),
      ...(deps.trustedProxies ? { trustedProxies: deps.trustedProxies } : {}),
    });
    const { editor, versions } = deps.admin;
    if (editor && versions) mountAdminContentRoutes(app, { editor, versions, desk: deps.admin.desk });
  }

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    deps.logger.error({ err: error.message, path: c.req.path }, "request failed");
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}

/**
 * The body as text, or TOO_LARGE past the limit: a declared length is checked before reading, and reading stops as
 * soon as the limit is passed (for bodies sent without a length).
 */
