import type { Hono } from "hono";
import { z } from "zod";
import { type Bot, MAX_MESSAGE_LENGTH } from "../dialogue/create-bot.ts";
import { clientAddress, socketAddress } from "./client-address.ts";
import type { Limiter } from "./limiter.ts";
import { parseJson, readText, TOO_LARGE } from "./read-body.ts";
import { secretMatches } from "./secret-header.ts";

// A chat message is a few hundred bytes: a bigger body is refused before it is read.
const MAX_BODY_BYTES = 16 * 1024;

const MessageRequest = z.strictObject({
  userId: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "1–64 letters, digits, _ . : -"),
  text: z
    .string()
    .min(1)
    .max(MAX_MESSAGE_LENGTH * 2),
  lang: z.enum(["vi", "en"]).optional(),
});

/** What the message API needs: the bot, who may call it, and the limits it shares. */
export interface MessageApiDeps {
  bot: Bot;
  /** Bearer token callers must send; unset, only callers on this machine (loopback) are served. */
  token?: string;
  /** The same bound on work at once as webhooks. */
  limit: Limiter;
  /** Whether a client (its address) may send another message this minute, shared by instances. */
  clientAllowed?(client: string): Promise<boolean>;
  /** Reverse proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustedProxies?: ReadonlySet<string>;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * `POST /api/v1/messages` (for a web widget and tests): `{"userId","text","lang"?}` → the replies. It answers only
 * callers with the bearer token (API_TOKEN), or, with no token set, callers on this machine; each other client
 * address has a per-minute limit, on top of each user's; a body over 16 KB is refused unread.
 */
export function mountMessageApi(app: Hono, deps: MessageApiDeps): void {
  app.post("/api/v1/messages", async (c) => {
    const client = clientAddress(c, deps.trustedProxies);
    // A caller on this machine is its operator (tests, benchmarks, a local widget), unless a proxy on the machine
    // forwarded the request from elsewhere.
    const local =
      LOOPBACK.has(socketAddress(c)) && !c.req.header("x-forwarded-for") && !c.req.header("forwarded");
    const allowed = deps.token
      ? secretMatches(c.req.header("authorization")?.replace(/^Bearer\s+/i, ""), deps.token)
      : local;
    if (!allowed)
      return c.json(
        {
          error: deps.token
            ? "send Authorization: Bearer <API_TOKEN>"
            : "the message API answers this machine only; set API_TOKEN to open it to others",
        },
        401,
      );
    if (!local && deps.clientAllowed && !(await deps.clientAllowed(client)))
      return c.json({ error: "too many messages from this client; try again in a minute" }, 429);
    const raw = await readText(c, MAX_BODY_BYTES);
    if (raw === TOO_LARGE) return c.json({ error: `body larger than ${MAX_BODY_BYTES} bytes` }, 413);
    const body = parseJson(raw);
    if (body === undefined) return c.json({ error: "body is not valid JSON" }, 400);
    const parsed = MessageRequest.safeParse(body);
    if (!parsed.success)
      return c.json(
        {
          error: "invalid request",
          issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
        },
        400,
      );
    const { userId, text, lang } = parsed.data;
    const response = await deps.limit(() =>
      deps.bot.handle({
        ref: { channel: "http", userId },
        text,
        receivedAt: new Date(),
        ...(lang ? { forcedLocale: lang } : {}),
      }),
    );
    return c.json({
      replies: response.replies,
      intent: response.understood?.intent ?? null,
      confidence: response.understood?.confidence ?? null,
    });
  });
}
