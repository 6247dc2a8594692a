import type { Logger } from "pino";
import type { ZaloTokenStore, ZaloTokens } from "../../infra/zalo-token-store.ts";
import { ZaloApiError } from "./zalo-errors.ts";
import { withZaloRetries } from "./zalo-retry.ts";

/** Settings of the OA API client; hosts are configurable so tests can point at local fakes. */
export interface ZaloOaClientOptions {
  apiBase: string;
  oauthBase: string;
  appId: string;
  appSecret?: string;
  /** The pair from the environment, used until Redis holds a newer one. */
  initialTokens: { accessToken: string; refreshToken?: string };
  store: ZaloTokenStore;
  logger: Logger;
  timeoutMs?: number;
}

/** An OA button: a hidden query that comes back to us as the user's message, or a link. */
export type ZaloButton = { title: string; payload: string } | { title: string; url: string };

// OA access tokens live 25 hours; refresh when less than 5 hours remain, well before they run out.
const REFRESH_BEFORE_MS = 5 * 3600 * 1000;
const ASSUMED_LIFETIME_MS = 25 * 3600 * 1000;

/** A small typed client for the OA v3 API on fetch: `access_token` header, every reply checked on `error`. */
export function createZaloOaClient(options: ZaloOaClientOptions) {
  const timeout = options.timeoutMs ?? 10_000;

  async function currentTokens(): Promise<ZaloTokens> {
    const stored = await options.store.load();
    if (stored) return stored;
    const initial: ZaloTokens = {
      accessToken: options.initialTokens.accessToken,
      refreshToken: options.initialTokens.refreshToken ?? "",
      expiresAt: Date.now() + ASSUMED_LIFETIME_MS,
    };
    await options.store.save(initial);
    return initial;
  }

  /** Exchanges the refresh token for a new pair under the shared lock, saving the pair before it is used. */
  async function refresh(stale: ZaloTokens): Promise<ZaloTokens> {
    const ran = await options.store.withRefreshLock(async () => {
      const latest = (await options.store.load()) ?? stale;
      if (latest.accessToken !== stale.accessToken) return; // another process already refreshed
      if (!options.appSecret || !latest.refreshToken)
        throw new ZaloApiError(
          -216,
          "the access token expired and no refresh token or app secret is configured",
        );
      const response = await fetch(`${options.oauthBase}/v4/oa/access_token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", secret_key: options.appSecret },
        body: new URLSearchParams({
          refresh_token: latest.refreshToken,
          app_id: options.appId,
          grant_type: "refresh_token",
        }),
        signal: AbortSignal.timeout(timeout),
      });
      const body = (await response.json()) as {
        access_token?: string;
        refresh_token?: string;
        expires_in?: string | number;
        error?: number;
        error_name?: string;
        error_description?: string;
      };
      if (!body.access_token || !body.refresh_token)
        throw new ZaloApiError(
          body.error ?? -1,
          body.error_description ?? body.error_name ?? "token refresh failed",
        );
      // The old refresh token is now dead: the new pair is stored before anything uses it.
      await options.store.save({
        accessToken: body.access_token,
        refreshToken: body.refresh_token,
        expiresAt: Date.now() + Number(body.expires_in ?? 90_000) * 1000,
      });
      options.logger.info("zalo: access token refreshed");
    });
    if (!ran) await waitForOtherRefresh(stale);
    return currentTokens();
  }

  async function waitForOtherRefresh(stale: ZaloTokens): Promise<void> {
    for (let i = 0; i < 50; i++) {
      const latest = await options.store.load();
      if (latest && latest.accessToken !== stale.accessToken) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /**
   * POSTs to the OA API; refreshes the token once (before expiry, or on -216/-220) and retries once; a passing
   * failure (rate limit, 5xx, network, time-out) is tried again up to three times in all.
   */
  async function call<T>(path: string, payload: unknown): Promise<T> {
    let tokens = await currentTokens();
    if (tokens.expiresAt - Date.now() < REFRESH_BEFORE_MS && tokens.refreshToken && options.appSecret)
      tokens = await refresh(tokens);
    for (let attempt = 0; ; attempt++) {
      const accessToken = tokens.accessToken;
      const response = await withZaloRetries((attemptTimeout) =>
        fetch(`${options.apiBase}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", access_token: accessToken },
          body: JSON.stringify(payload),
          signal: AbortSignal.timeout(Math.min(timeout, attemptTimeout)),
        }).then(async (reply) => {
          // A 5xx or Zalo's rate limit is worth another try; anything else is read below.
          const peek = (await reply
            .clone()
            .json()
            .catch(() => ({}))) as { error?: number; message?: string };
          if (reply.status >= 500 || peek.error === -32)
            throw new ZaloApiError(peek.error ?? -1, peek.message ?? reply.statusText, reply.status);
          return reply;
        }),
      );
      const body = (await response.json().catch(() => ({}))) as {
        error?: number;
        message?: string;
        data?: T;
      };
      const code = body.error ?? (response.ok ? 0 : -1);
      if (code === 0 && response.ok) return body.data as T;
      const error = new ZaloApiError(code, body.message ?? response.statusText, response.status);
      if (error.kind !== "refresh" || attempt > 0) throw error;
      tokens = await refresh(tokens);
    }
  }

  return {
    /** A customer-service text message (≤ 2,000 characters), optionally with up to 5 buttons. */
    async sendText(userId: string, text: string, buttons: ZaloButton[] = []): Promise<string | undefined> {
      const message =
        buttons.length === 0
          ? { text }
          : {
              text,
              attachment: {
                type: "template",
                payload: {
                  buttons: buttons.map((b) =>
                    "url" in b
                      ? { title: b.title, type: "oa.open.url", payload: { url: b.url } }
                      : { title: b.title, type: "oa.query.hide", payload: b.payload },
                  ),
                },
              },
            };
      const data = await call<{ message_id?: string }>("/v3.0/oa/message/cs", {
        recipient: { user_id: userId },
        message,
      });
      return data?.message_id;
    },
    /** A pre-approved template message by user id: allowed outside the 7-day window, billed per message. */
    async sendTemplate(userId: string, templateId: string, data: Record<string, string>): Promise<void> {
      await call("/v3.0/oa/message/template", {
        user_id: userId,
        template_id: templateId,
        template_data: data,
      });
    },
  };
}

/** The OA API client. */
export type ZaloOaClient = ReturnType<typeof createZaloOaClient>;
