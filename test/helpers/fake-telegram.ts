import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One Bot API call the fake received. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
}

type Update = Record<string, unknown> & { update_id: number };

/**
 * A local Bot API server that speaks Telegram's HTTP protocol (POST /bot<token>/<method>, JSON in and out):
 * getMe, sendMessage, answerCallbackQuery, setMyCommands, sendChatAction, deleteWebhook and long-polling
 * getUpdates. Failures can be injected per method, e.g. a 429 with retry_after, or a cut connection.
 */
export async function startFakeTelegram(token: string) {
  const calls: ApiCall[] = [];
  const queue: Update[] = [];
  const failures = new Map<string, { status: number; description: string; retryAfter?: number }[]>();
  const drops = new Map<string, number>();
  const delays = new Map<string, number>();
  const waiters: (() => void)[] = [];
  let messageId = 0;
  const notify = () => {
    for (const wake of waiters.splice(0)) wake();
  };

  const server: Server = createServer(async (req, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!match || match[1] !== token)
      return send(404, { ok: false, error_code: 404, description: "Not Found" });
    const method = match[2]!;
    const params = await readBody(req);
    calls.push({ method, params });
    notify();
    const delay = delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const dropping = drops.get(method) ?? 0;
    if (dropping > 0) {
      // The connection breaks with no answer, as when Telegram cannot be reached.
      drops.set(method, dropping - 1);
      return req.socket.destroy();
    }
    const failure = failures.get(method)?.shift();
    if (failure) {
      return send(failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
    }
    switch (method) {
      case "getMe":
        return send(200, {
          ok: true,
          result: {
            id: 777,
            is_bot: true,
            first_name: "Trợ lý BHYT",
            username: "tro_ly_bhyt_test_bot",
            can_join_groups: false,
            can_read_all_group_messages: false,
            supports_inline_queries: false,
          },
        });
      case "sendMessage":
        return send(200, {
          ok: true,
          result: {
            message_id: ++messageId,
            date: 1_700_000_000,
            chat: { id: params.chat_id, type: "private" },
            text: params.text,
          },
        });
      case "getUpdates": {
        const offset = Number(params.offset ?? 0);
        const pending = () => queue.filter((u) => u.update_id >= offset);
        if (pending().length === 0) {
          // Long polling, shortened: wait up to a second for an update to arrive.
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(Number(params.timeout ?? 0), 1) * 1000);
            waiters.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        return send(200, { ok: true, result: pending() });
      }
      default:
        return send(200, { ok: true, result: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiRoot: root,
    calls,
    /** Calls of one method, in order. */
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    /** The next `times` calls of `method` fail with this status (and retry_after, for 429). */
    failNext(method: string, status: number, description: string, times = 1, retryAfter?: number) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < times; i++)
        list.push({ status, description, ...(retryAfter ? { retryAfter } : {}) });
      failures.set(method, list);
    },
    /** Every call of `method` is answered after `ms` milliseconds (0: at once again). */
    slow(method: string, ms: number) {
      delays.set(method, ms);
    },
    /** The next `times` calls of `method` get no answer: the connection is cut (a network error). */
    dropNext(method: string, times = 1) {
      drops.set(method, (drops.get(method) ?? 0) + times);
    },
    /** Queues an update for getUpdates (polling mode). */
    push(update: Update) {
      queue.push(update);
      notify();
    },
    /** Resolves when `predicate` holds for the calls received, or rejects after `timeoutMs`. */
    async until(predicate: (calls: ApiCall[]) => boolean, timeoutMs = 5000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline)
          throw new Error(
            `fake Telegram: condition not met; calls: ${calls.map((c) => c.method).join(", ")}`,
          );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 50);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    reset() {
      calls.length = 0;
      failures.clear();
      drops.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        notify();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return Object.fromEntries(new URLSearchParams(text));
  }
}

/** A private-chat text message update. */
export function textUpdate(
  updateId: number,
  chatId: number,
  text: string,
  extra: Record<string, unknown> = {},
) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1_700_000_000,
      chat: { id: chatId, type: "private", first_name: "Dân" },
      from: { id: chatId, is_bot: false, first_name: "Dân", language_code: "vi" },
      text,
      ...extra,
    },
  };
}

/** A button press update. */
export function callbackUpdate(updateId: number, chatId: number, data: string) {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb${updateId}`,
      chat_instance: "ci",
      data,
      from: { id: chatId, is_bot: false, first_name: "Dân", language_code: "vi" },
      message: { message_id: 1, date: 1_700_000_000, chat: { id: chatId, type: "private" }, text: "…" },
    },
  };
}
