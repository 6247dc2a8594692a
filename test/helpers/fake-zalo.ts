import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** One message the fake OA received. */
export interface OaSend {
  path: string;
  userId: string;
  text?: string;
  buttons: { title: string; type: string; payload: unknown }[];
  templateId?: string;
}

/**
 * A local Zalo OA API and OAuth server in one: `/v3.0/oa/message/cs` and `/message/template` (checking the
 * `access_token` header, answering errors with HTTP 200 and a non-zero `error`), and `/v4/oa/access_token`, which
 * rotates the single-use refresh token.
 */
export async function startFakeZaloOa(options: {
  appSecret: string;
  accessToken: string;
  refreshToken: string;
}) {
  const sends: OaSend[] = [];
  const refreshes: string[] = [];
  let validAccess = new Set([options.accessToken]);
  let validRefresh = options.refreshToken;
  let generation = 1;
  const failures: number[] = [];
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const reply = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url === "/v4/oa/access_token") {
      const form = new URLSearchParams(raw);
      refreshes.push(form.get("refresh_token") ?? "");
      if (req.headers.secret_key !== options.appSecret || form.get("refresh_token") !== validRefresh)
        return reply({
          error: -14014,
          error_name: "invalid_grant",
          error_description: "Invalid refresh token",
        });
      generation++;
      validAccess = new Set([`AT${generation}`]);
      validRefresh = `RT${generation}`;
      return reply({
        access_token: `AT${generation}`,
        refresh_token: `RT${generation}`,
        expires_in: "90000",
      });
    }
    const body = JSON.parse(raw || "{}") as {
      recipient?: { user_id: string };
      user_id?: string;
      template_id?: string;
      message?: { text?: string; attachment?: { payload: { buttons: OaSend["buttons"] } } };
    };
    if (!validAccess.has(String(req.headers.access_token)))
      return reply({ error: -216, message: "Access token is invalid" });
    const failure = failures.shift();
    // An HTTP status (500…) answers with that status; a negative number is a Zalo error code.
    if (failure && failure >= 500) {
      res.writeHead(failure, { "content-type": "application/json" });
      return res.end("{}");
    }
    if (failure) return reply({ error: failure, message: `Zalo error ${failure}` });
    sends.push({
      path: req.url ?? "",
      userId: body.recipient?.user_id ?? body.user_id ?? "",
      ...(body.message?.text !== undefined ? { text: body.message.text } : {}),
      buttons: body.message?.attachment?.payload.buttons ?? [],
      ...(body.template_id ? { templateId: body.template_id } : {}),
    });
    return reply({ error: 0, message: "Success", data: { message_id: `m${sends.length}` } });
  });
  const base = await listen(server);
  return {
    base,
    sends,
    refreshes,
    /** The next sends fail with these Zalo error codes (negative) or HTTP statuses (500 and up). */
    failNext: (...codes: number[]) => failures.push(...codes),
    /** Makes the current access token expired (Zalo answers -216 to it). */
    expireAccessToken: () => {
      validAccess = new Set();
    },
    async until(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (sends.length < count) {
        if (Date.now() > deadline)
          throw new Error(`fake Zalo OA: ${sends.length} of ${count} messages arrived`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local Zalo Bot Platform (`/bot<token>/<method>`): sendMessage, deleteWebhook, and getUpdates one at a time. */
export async function startFakeZaloBot(token: string) {
  const sent: { chat_id: string; text: string }[] = [];
  const queue: unknown[] = [];
  let failures = 0;
  const server = createServer(async (req, res) => {
    const body = JSON.parse((await readBody(req)) || "{}") as { chat_id: string; text: string };
    const reply = (payload: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const method = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    if (!method || method[1] !== token)
      return reply({ ok: false, error_code: 401, description: "Unauthorized" });
    if (method[2] === "sendMessage") {
      if (failures > 0) {
        failures--;
        res.writeHead(502, { "content-type": "application/json" });
        return res.end(JSON.stringify({ ok: false, error_code: 502, description: "Bad Gateway" }));
      }
      sent.push(body);
      return reply({ ok: true, result: { message_id: String(sent.length) } });
    }
    if (method[2] === "getUpdates") {
      for (let i = 0; i < 20 && queue.length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 25));
      const next = queue.shift();
      return next
        ? reply({ ok: true, result: next })
        : reply({ ok: false, error_code: 408, description: "Request timeout" });
    }
    return reply({ ok: true, result: true });
  });
  const base = await listen(server);
  return {
    base,
    sent,
    push: (update: unknown) => queue.push(update),
    /** The next `count` sendMessage calls fail with 502. */
    failSends: (count: number) => {
      failures += count;
    },
    /** Updates not yet handed out by getUpdates. */
    waiting: () => queue.length,
    async until(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count) {
        if (Date.now() > deadline)
          throw new Error(`fake Zalo bot: ${sent.length} of ${count} messages arrived`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
